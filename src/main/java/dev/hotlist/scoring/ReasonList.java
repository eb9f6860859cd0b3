package dev.hotlist.scoring;

import dev.hotlist.domain.Reason;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list of reasons that a {@link NeedAssessment} keeps as it is instead of copying: for a need whose
 * reasons are worked out only when read (a learned need over dozens of columns: ranking a million leads needs their
 * scores, and only the leads shown or exported need their words). Subclasses never change what they hold.
 */
public abstract class ReasonList extends AbstractList<Reason> implements RandomAccess {
}
