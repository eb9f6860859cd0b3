package dev.hotlist.scoring;

import dev.hotlist.domain.Lead;

/**
 * Where a lead's need comes from: the hand rules ({@link NeedScorer}) or a need learned from this user's won and
 * lost leads ({@code dev.hotlist.scoring.learning.NeedModel}). Implementations are immutable and thread-safe, and
 * their reasons add up exactly to the score less {@link NeedScorer#BASELINE}.
 */
public interface NeedSource {
    NeedAssessment assess(Lead lead);
}
