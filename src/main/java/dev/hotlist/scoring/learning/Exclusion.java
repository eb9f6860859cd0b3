package dev.hotlist.scoring.learning;

import java.util.List;
import java.util.Objects;

/**
 * A column the learned need does not read, and why: the report names each one.
 *
 * @param column   the column
 * @param why      the reason
 * @param examples for {@link Why#OUTCOME}, the values that gave it away (at most two); else empty
 */
public record Exclusion(LeadColumn column, Why why, List<Example> examples) {
    public enum Why {
        /** Its values are the outcome in other words ("Closed by …", "Lost to …"): they split won from lost almost
         * perfectly and are not found on open leads. Learning from them would only learn to read the outcome. */
        OUTCOME,
        /** A different value on nearly every lead: a record id or a name, which says nothing about the next lead. */
        IDENTIFIER,
        /** The same value on every lead: nothing to learn. */
        CONSTANT
    }

    /** One value of the column with how often it won. */
    public record Example(String value, int won, int seen) {
    }

    public Exclusion {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(why, "why");
        examples = List.copyOf(examples);
    }
}
