package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.DatabaseEvent;
import dev.hotlist.domain.EditOutcome;
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
 * The team server goes out of reach (the network between is cut) and comes back: the app is told at once, an edit
 * made meanwhile fails with one sentence and changes nothing, the notices resume by themselves, and the same edit
 * then saves; an undo tried meanwhile waits to be tried again.
 */
class LostConnectionTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    @TempDir
    Path dir;

    /** What a test does with Ann's service on the server through a proxy it can cut, her notices in {@code events}. */
    @FunctionalInterface
    private interface ThroughProxy {
        void run(LocalHotlist ann, CuttableProxy proxy, BlockingQueue<DatabaseEvent> events) throws Exception;
    }

    /** A database {@code name} of {@code leads} imported leads, worked on by Ann through a proxy; its direct URL. */
    private String throughProxy(String name, int leads, ThroughProxy test) throws Exception {
        String direct = TeamServer.url(dir, name);
        try (LocalHotlist setup = LocalHotlist.open(DatabaseLocation.of(direct))) {
            setup.importFile(LeadSheetFiles.csv(dir.resolve(name + ".csv"), leads, "A"), SheetOptions.defaults(),
                    AS_OF, Progress.NONE, Locale.ENGLISH);
        }
        try (CuttableProxy proxy = new CuttableProxy(TeamServer.port())) {
            String viaProxy = direct.replace(":" + TeamServer.port() + "/", ":" + proxy.port() + "/");
            BlockingQueue<DatabaseEvent> events = new LinkedBlockingQueue<>();
            try (LocalHotlist ann = LocalHotlist.open(DatabaseLocation.of(viaProxy), Clock.systemDefaultZone(), "ann");
                 AutoCloseable watching = ann.watch(events::add)) {
                test.run(ann, proxy, events);
            }
        }
        return direct;
    }

    @Test
    void aLostConnectionIsReportedRetriedAndRecoveredWithNothingLost() throws Exception {
        String direct = throughProxy("team", 10, (ann, proxy, events) -> {
            Lead lead = ann.rank(LeadFilter.all(), AS_OF).get(0).lead();
            Thread.sleep(500); // the listener is connected

            proxy.cut();
            DatabaseEvent offline = next(events, DatabaseEvent.Offline.class, 20);
            assertThat(((DatabaseEvent.Offline) offline).retryInSeconds()).isPositive();
            assertThat(ann.rank(LeadFilter.all().withText("A Person"), AS_OF)).as("the last list stays workable")
                    .hasSize(10);
            Lead edited = lead.toBuilder().userNotes("typed while offline").build();
            assertThatThrownBy(() -> ann.save(edited)).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("db.offline"))
                    .satisfies(e -> assertThat(e.getLocalizedMessage()).doesNotContain("\n"));

            proxy.restore();
            next(events, DatabaseEvent.Online.class, 60);
            assertThat(ann.lead(lead.id()).orElseThrow().userNotes()).as("the failed save changed nothing")
                    .isEmpty();
            assertThat(ann.save(edited)).as("the kept text saves once the server is back")
                    .isInstanceOf(EditOutcome.Saved.class);
        });
        try (LocalHotlist check = LocalHotlist.open(DatabaseLocation.of(direct))) {
            assertThat(check.rank(LeadFilter.all(), AS_OF)).anySatisfy(r ->
                    assertThat(r.lead().userNotes()).isEqualTo("typed while offline"));
        }
    }

    /**
     * An undo tried while the server is out of reach undoes nothing and fails with the reason; the action stays the
     * newest to undo, so once the server is back the same Ctrl+Z takes it back.
     */
    @Test
    void anUndoTriedWhileOfflineUndoesNothingAndStaysToBeTriedAgain() throws Exception {
        throughProxy("undo", 3, (ann, proxy, events) -> {
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
        });
    }

    private static DatabaseEvent next(BlockingQueue<DatabaseEvent> events, Class<?> kind, int seconds)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            DatabaseEvent e = events.poll(200, TimeUnit.MILLISECONDS);
            if (kind.isInstance(e)) {
                return e;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName() + " within " + seconds + " s; saw " + events);
    }
}
