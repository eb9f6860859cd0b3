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
 * then saves.
 */
class LostConnectionTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    @TempDir
    Path dir;

    @Test
    void aLostConnectionIsReportedRetriedAndRecoveredWithNothingLost() throws Exception {
        String direct = TeamServer.url(dir, "team");
        try (LocalHotlist setup = LocalHotlist.open(DatabaseLocation.of(direct))) {
            setup.importFile(LeadSheetFiles.csv(dir.resolve("a.csv"), 10, "A"), SheetOptions.defaults(), AS_OF,
                    Progress.NONE, Locale.ENGLISH);
        }
        try (CuttableProxy proxy = new CuttableProxy(TeamServer.port())) {
            String viaProxy = direct.replace(":" + TeamServer.port() + "/", ":" + proxy.port() + "/");
            BlockingQueue<DatabaseEvent> events = new LinkedBlockingQueue<>();
            try (LocalHotlist ann = LocalHotlist.open(DatabaseLocation.of(viaProxy), Clock.systemDefaultZone(), "ann");
                 AutoCloseable watching = ann.watch(events::add)) {
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
            }
        }
        try (LocalHotlist check = LocalHotlist.open(DatabaseLocation.of(direct))) {
            assertThat(check.rank(LeadFilter.all(), AS_OF)).anySatisfy(r ->
                    assertThat(r.lead().userNotes()).isEqualTo("typed while offline"));
        }
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
