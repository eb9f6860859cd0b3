package dev.hotlist.service;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.UndoneAction;
import dev.hotlist.store.CallLog;
import dev.hotlist.store.LeadEdits;
import dev.hotlist.store.LeadStore;
import dev.hotlist.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The calls, stage changes and snoozes made through this service, newest last, so Ctrl+Z can take them back.
 * An undo restores the lead's work fields as they were before the action (a snapshot), and a call is retracted in
 * the log rather than deleted, so nothing committed disappears. When the lead was changed since (another window,
 * another process), the undo refuses instead of overwriting the newer change.
 */
final class WorkUndo {
    private static final int KEPT = 100;
    private final Deque<Step> steps = new ArrayDeque<>();

    /** A lead's work fields at one moment. */
    record Work(Stage stage, LocalDate snoozedUntil, LocalDate nextAction) {
        static Work of(Lead lead) {
            return new Work(lead.stage(), lead.snoozedUntil(), lead.nextActionDate());
        }
    }

    /** One action: the lead's work before and after it, and the call it logged (0 when none). */
    record Step(UndoneAction.Kind kind, long leadId, String lead, Work before, Work after, long callId) {
    }

    synchronized void record(Step step) {
        steps.addLast(step);
        while (steps.size() > KEPT) {
            steps.removeFirst();
        }
    }

    synchronized boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Takes back the newest action; empty when there is none. */
    synchronized Optional<UndoneAction> undoLast(Store db, String user, Instant now) {
        Step step = steps.pollLast();
        if (step == null) {
            return Optional.empty();
        }
        try {
            undo(db, user, now, step);
        } catch (InvalidEditException refused) {
            throw refused; // the lead moved on: this step can never be undone
        } catch (RuntimeException unreachable) {
            steps.addLast(step); // nothing was undone (a team server out of reach): it can be tried again
            throw unreachable;
        }
        return Optional.of(new UndoneAction(step.kind(), step.leadId(), step.lead()));
    }

    private static void undo(Store db, String user, Instant now, Step step) {
        db.write(c -> {
            Lead lead = LeadStore.find(c, step.leadId())
                    .orElseThrow(() -> new InvalidEditException("edit.noLead"));
            if (!Objects.equals(Work.of(lead), step.after())) {
                throw new InvalidEditException("undo.changedMeanwhile", step.lead());
            }
            // by the version-checked edit every change takes: a teammate saving the lead meanwhile is never overwritten
            Lead restored = lead.toBuilder().stage(step.before().stage()).snoozedUntil(step.before().snoozedUntil())
                    .nextActionDate(step.before().nextAction()).build();
            if (!LeadEdits.save(c, restored, user, now)) {
                throw new java.sql.SQLTransactionRollbackException("lead " + lead.id() + " changed meanwhile", "40001");
            }
            if (step.callId() > 0) {
                CallLog.retract(c, step.callId(), now);
            }
            return null;
        });
    }
}
