package dev.hotlist.reliability;

import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.store.CallLog;
import dev.hotlist.store.Store;
import dev.hotlist.store.Stores;
import java.time.Instant;

/**
 * Child process for the crash and two-writer tests: logs calls against lead {@code args[1]} of database
 * {@code args[0]} (a file, or a team server's URL), one transaction each, and prints each committed call's note only after its commit returned.
 * Runs {@code args[2]} calls, or until killed when absent.
 */
public final class CallLogBurst {
    private CallLogBurst() {
    }

    public static void main(String[] args) {
        long leadId = Long.parseLong(args[1]);
        long limit = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        String tag = args.length > 3 ? args[3] : "burst";
        try (Store db = Stores.open(args[0], true)) {
            for (long i = 0; i < limit; i++) {
                String note = tag + "-" + i;
                db.write(c -> CallLog.add(c, new CallLogEntry(0, leadId, Instant.now(), CallOutcome.NO_ANSWER, null,
                        note)));
                System.out.println(note);
                System.out.flush();
            }
        }
    }
}
