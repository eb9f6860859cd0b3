package dev.hotlist.domain;

/**
 * What an undo took back: a call (retracted in the log, the lead's stage and snooze as before it), a stage change
 * or a snooze.
 *
 * @param kind   the kind of action
 * @param leadId the lead it was done to
 * @param lead   the lead's name to show
 */
public record UndoneAction(Kind kind, long leadId, String lead) {
    /** The actions that can be undone. */
    public enum Kind { CALL, STAGE, SNOOZE }
}
