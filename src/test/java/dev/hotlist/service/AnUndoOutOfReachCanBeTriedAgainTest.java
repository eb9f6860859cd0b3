package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.DatabaseEvent;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.StoreException;
import dev.hotlist.domain.UndoneAction;
import dev.hotlist.team.CuttableProxy;
import dev.hotlist.team.LeadSheetFiles;
import dev.hotlist.team.TeamServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An undo (Ctrl+Z) tried while the team server is out of reach undoes nothing and fails with the reason; the action
 * stays the newest to undo, so once the server is back the same Ctrl+Z takes it back.
 */
class AnUndoOutOfReachCanBeTriedAgainTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    @TempDir
    Path dir;

    @Test
    void theUndoFailsWhileOfflineAndTakesTheActionBackOnceTheServerIsThere() throws Exception {
        String direct = TeamServer.url(dir, "undo");
        try (LocalHotlist setup = LocalHotlist.open(DatabaseLocation.of(direct))) {
            setup.importFile(LeadSheetFiles.csv(dir.resolve("a.csv"), 3, "A"), SheetOptions.defaults(), AS_OF,
                    Progress.NONE, Locale.ENGLISH);
        }
        try (CuttableProxy proxy = new CuttableProxy(TeamServer.port())) {
            String viaProxy = direct.replace(":" + TeamServer.port() + "/", ":" + proxy.port() + "/");
            BlockingQueue<DatabaseEvent> events = new LinkedBlockingQueue<>();
            try (LocalHotlist ann = LocalHotlist.open(DatabaseLocation.of(viaProxy), Clock.systemDefaultZone(), "ann");
                 AutoCloseable watching = ann.watch(events::add)) {
                Lead lead = ann.rank(LeadFilter.all(), AS_OF).get(0).lead();
                ann.snooze(lead.id(), AS_OF.plusDays(5));
                Thread.sleep(500); // the listener is connected

                proxy.cut();
                next(events, DatabaseEvent.Offline.class, 20);
                assertThatThrownBy(ann::undoLastAction).isInstanceOf(StoreException.class)
                        .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.offline"));

                proxy.restore();
                next(events, DatabaseEvent.Online.class, 60);
                assertThat(ann.lead(lead.id()).orElseThrow().snoozedUntil()).as("nothing was undone")
                        .isEqualTo(AS_OF.plusDays(5));
                assertThat(ann.undoLastAction()).as("the same action, tried again")
                        .contains(new UndoneAction(UndoneAction.Kind.SNOOZE, lead.id(), lead.displayName()));
                assertThat(ann.lead(lead.id()).orElseThrow().snoozedUntil()).isNull();
                assertThat(ann.undoLastAction()).isEmpty();
            }
        }
    }

    private static void next(BlockingQueue<DatabaseEvent> events, Class<?> kind, int seconds)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            if (kind.isInstance(events.poll(200, TimeUnit.MILLISECONDS))) {
                return;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName() + " within " + seconds + " s; saw " + events);
    }
}
