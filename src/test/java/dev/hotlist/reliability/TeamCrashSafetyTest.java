package dev.hotlist.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.Main;
import dev.hotlist.domain.Lead;
import dev.hotlist.store.LeadStore;
import dev.hotlist.store.Store;
import dev.hotlist.store.Stores;
import dev.hotlist.team.LeadSheetFiles;
import dev.hotlist.team.TeamServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash tests of {@link CrashSafetyTest} and {@link KilledImportTest}, on a team server: child JVMs writing to
 * one PostgreSQL database are SIGKILLed at random moments; every call a child saw committed is there, a killed
 * import leaves nothing of itself, and two writers at once lose nothing. Fewer kills than on SQLite: what is tested
 * there is SQLite's journal, here the server's transactions, which a dropped connection rolls back.
 */
class TeamCrashSafetyTest {
    static final int KILLS = 6;
    static final int IMPORT_ROWS = 5_000;
    @TempDir
    Path dir;

    @Test
    void killingACallLogBurstNeverLosesACommittedCall() throws Exception {
        String url = TeamServer.url(dir, "burst");
        long leadId = insertLead(url, "Crash dummy");
        Random random = new Random(7);
        Set<String> committed = new HashSet<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Path out = dir.resolve("burst-" + kill + ".out");
            Process child = ChildJvm.start(out, CallLogBurst.class, url, Long.toString(leadId),
                    Long.toString(Long.MAX_VALUE), "k" + kill);
            Thread.sleep(1_200 + random.nextInt(1_200));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            committed.addAll(CrashSafetyTest.printedLines(out, "k" + kill + "-"));
            Set<String> lost = new HashSet<>(committed);
            lost.removeAll(notes(url));
            assertThat(lost).as("after kill %d, committed calls missing", kill).isEmpty();
        }
        assertThat(committed).as("the children really wrote before being killed").hasSizeGreaterThan(KILLS);
    }

    @Test
    void twoProcessesWritingAtOnceLoseNoWrite() throws Exception {
        String url = TeamServer.url(dir, "shared");
        long leadId = insertLead(url, "Shared");
        int calls = 300;
        Process a = ChildJvm.start(dir.resolve("a.out"), CallLogBurst.class, url, Long.toString(leadId),
                Integer.toString(calls), "a");
        Process b = ChildJvm.start(dir.resolve("b.out"), CallLogBurst.class, url, Long.toString(leadId),
                Integer.toString(calls), "b");
        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(a.exitValue()).as(Files.readString(dir.resolve("a.out"))).isZero();
        assertThat(b.exitValue()).as(Files.readString(dir.resolve("b.out"))).isZero();
        assertThat(notes(url)).hasSize(2 * calls);
    }

    @Test
    void aKilledImportLeavesNothingOfItself() throws Exception {
        String url = TeamServer.url(dir, "import");
        insertLead(url, "Kept");
        Path sheet = LeadSheetFiles.csv(dir.resolve("leads.csv"), IMPORT_ROWS, "Killed");
        // One import left to finish shows how long a whole one takes here (JVM start included); the kills then fall at
        // random moments inside that span, so almost every one lands while the import is under way.
        long started = System.nanoTime();
        Process whole = ChildJvm.start(dir.resolve("import-whole.out"), Main.class, "import", sheet.toString(),
                "--db", url, "--as-of", "2026-11-24");
        assertThat(whole.waitFor(180, TimeUnit.SECONDS)).isTrue();
        long span = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(whole.exitValue()).isZero();
        try (Store store = Stores.open(url, false)) {
            assertThat(store.read(LeadStore::count)).isEqualTo(1L + IMPORT_ROWS);
            store.write(c -> dev.hotlist.store.ImportBatches.undoLatest(c, Instant.now()));
        }
        Random random = new Random(11);
        int killedMidway = 0;
        for (int kill = 0; killedMidway < KILLS / 2 && kill < KILLS; kill++) {
            Process child = ChildJvm.start(dir.resolve("import-" + kill + ".out"), Main.class, "import",
                    sheet.toString(), "--db", url, "--as-of", "2026-11-24");
            boolean finished = child.waitFor((long) (span * (0.15 + 0.8 * random.nextDouble())), TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                killedMidway++;
            }
            try (Store store = Stores.open(url, false)) {
                long leads = store.read(LeadStore::count);
                assertThat(leads).as("whole or nothing after kill %d", kill).isIn(1L, 1L + IMPORT_ROWS);
                if (leads > 1) {
                    store.write(c -> dev.hotlist.store.ImportBatches.undoLatest(c, Instant.now()));
                }
            }
        }
        assertThat(killedMidway).as("imports really killed mid-way").isPositive();
    }

    private static long insertLead(String url, String name) {
        try (Store store = Stores.open(url, true)) {
            return store.write(c -> LeadStore.insert(c, Lead.builder().name(name).build(), Instant.now()));
        }
    }

    private static Set<String> notes(String url) {
        try (Store store = Stores.open(url, false)) {
            return store.read(c -> {
                Set<String> out = new HashSet<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT note FROM call_log")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
        }
    }
}
