package dev.hotlist.domain;

/** What became of claiming a lead: now the user's, or already someone else's (who). */
public sealed interface ClaimOutcome {
    record Claimed(Lead lead) implements ClaimOutcome {
    }

    record TakenBy(String owner, Lead lead) implements ClaimOutcome {
    }
}
