package dev.hotlist.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.Main;
import dev.hotlist.domain.Lead;
import dev.hotlist.store.Database;
import dev.hotlist.store.LeadStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's stress test: two app-like processes ({@link AppLikeWriter}, 200 rounds each, browsing the database
 * files as a file dialog would before a third of their writes), a plain SQLite connection opening and closing the
 * file in a loop, and the command line ranking and importing, all on one database; each writer is SIGKILLed at a
 * random round. Every call a writer reported as logged must be in the file, with the import's leads, and the file
 * must pass its integrity check. Run with the lock guard, and without it (the journal check alone, as on systems
 * without open-file-description locks). Without the guard the writers leave the {@code -shm} alone: code that
 * opens it drops the process's lock on its "dead man switch" byte, the next process to open the database then
 * resets the shared memory as if it were the first, and the writer dies of SIGBUS on its truncated mapping (its
 * commits stay in the WAL). Holding that byte is the second half of what the guard does.
 */
class InterleavingStressTest {
    static final int ROUNDS = 200;
    static final int LEADS = 20;
    @TempDir
    Path dir;

    @ParameterizedTest(name = "lock guard {0}")
    @ValueSource(booleans = {true, false})
    void noCommittedWriteIsLostWhateverTouchesTheFileInBetween(boolean guard) throws Exception {
        Path db = dir.resolve("hotlist.db");
        try (Database d = Database.open(db)) {
            d.write(c -> {
                for (int i = 1; i <= LEADS; i++) {
                    LeadStore.insert(c, Lead.builder().name("Lead " + i).email("lead" + i + "@example.com").build(),
                            Instant.now());
                }
                return null;
            });
        }
        Path sheet = dir.resolve("more.csv");
        Files.writeString(sheet, "Name,Email,Need\n" + "Ada,ada@example.org,urgent\n" + "Bo,bo@example.org,high\n"
                + "Cy,cy@example.org,low\n", StandardCharsets.UTF_8);
        List<String> options = guard ? List.of() : List.of("-Dhotlist.lockGuard=false");
        Random random = new Random(guard ? 12 : 21);

        Process opener = ChildJvm.start(dir.resolve("opener.out"), PlainSqliteOpener.class, db.toString(),
                "1000000", "30");
        List<ChildLines> writers = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (String tag : List.of("w1", "w2")) {
            Path out = dir.resolve(tag + ".out");
            outputs.add(out);
            writers.add(new ChildLines(ChildJvm.start(out, options, AppLikeWriter.class, db.toString(), tag,
                    Integer.toString(ROUNDS), Integer.toString(LEADS), Long.toString(random.nextLong()),
                    guard ? ",-wal,-shm" : ",-wal"), out));
        }
        try {
            // The command line meanwhile: a few ranks and one import, each a process of its own.
            for (int i = 0; i < 3; i++) {
                assertThat(cli(options, "rank", "--db", db.toString(), "--limit", "5")).contains("Lead");
            }
            assertThat(cli(options, "import", sheet.toString(), "--db", db.toString()))
                    .contains("imported 3 new, 0 updated, 0 skipped");
            for (int w = 0; w < writers.size(); w++) {
                int killAt = ROUNDS / 2 + random.nextInt(ROUNDS / 2 + 1);
                writers.get(w).await("round w" + (w + 1) + " " + killAt);
                writers.get(w).kill();
            }
        } finally {
            for (ChildLines writer : writers) {
                writer.kill();
            }
            opener.destroyForcibly();
            opener.waitFor();
        }

        assertThat(CrashSafetyTest.integrityOf(db)).isEqualTo("ok");
        Set<String> logged = new HashSet<>();
        for (Path out : outputs) {
            logged.addAll(CrashSafetyTest.printedLines(out, "w"));
        }
        assertThat(logged).as("the writers logged calls before being killed").hasSizeGreaterThan(ROUNDS / 2);
        Set<String> lost = new HashSet<>(logged);
        lost.removeAll(ForeignFileCloseTest.calls(db));
        assertThat(lost).as("calls reported as logged but not in the file").isEmpty();
        try (Database d = Database.openExisting(db)) {
            assertThat(d.read(LeadStore::all)).extracting(Lead::email)
                    .contains("ada@example.org", "bo@example.org", "cy@example.org");
        }
    }

    private String cli(List<String> options, String... args) throws Exception {
        Path out = Files.createTempFile(dir, "cli-", ".out");
        Process p = ChildJvm.start(out, options, Main.class, args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }
}
