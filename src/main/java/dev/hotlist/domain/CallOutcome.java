package dev.hotlist.domain;

import java.util.Optional;

/** What happened on a call, logged in a keystroke or two. */
public enum CallOutcome {
    REACHED(Stage.CONTACTED),
    NO_ANSWER(null),
    CALL_BACK(Stage.CONTACTED),
    NOT_INTERESTED(Stage.LOST),
    WON(Stage.WON),
    LOST(Stage.LOST);

    private final Stage movesTo;

    CallOutcome(Stage movesTo) {
        this.movesTo = movesTo;
    }

    /** The stage a lead moves to after this outcome, if the outcome implies one. */
    public Optional<Stage> stageAfter(Stage current) {
        if (movesTo == null) {
            return Optional.empty();
        }
        // Reaching someone already further along does not move them back to CONTACTED.
        if (movesTo == Stage.CONTACTED && current.ordinal() > Stage.CONTACTED.ordinal()) {
            return Optional.empty();
        }
        return Optional.of(movesTo);
    }
}
