package dev.hotlist.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.store.Database;
import dev.hotlist.store.LeadStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Child JVMs write to a database and are killed with SIGKILL at random moments. After every kill the database
 * opens, passes {@code PRAGMA integrity_check} and holds every write the child saw committed.
 */
class CrashSafetyTest {
    static final int KILLS = 50;
    @TempDir
    Path dir;

    @Test
    void killingACallLogBurstNeverLosesACommittedCallNorCorruptsTheFile() throws Exception {
        Path db = dir.resolve("hotlist.db");
        long leadId;
        try (Database d = Database.open(db)) {
            leadId = d.write(c -> LeadStore.insert(c, Lead.builder().name("Crash dummy").build(), Instant.now()));
        }
        Random random = new Random(7);
        Set<String> committed = new HashSet<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Path out = dir.resolve("burst-" + kill + ".out");
            Process child = ChildJvm.start(out, CallLogBurst.class, db.toString(), Long.toString(leadId),
                    Long.toString(Long.MAX_VALUE), "k" + kill);
            Thread.sleep(300 + random.nextInt(900));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            committed.addAll(printedLines(out, "k" + kill + "-"));

            try (Database d = Database.open(db)) {
                assertThat(integrity(d)).as("integrity after kill %d", kill).isEqualTo("ok");
                Set<String> lost = new HashSet<>(committed);
                lost.removeAll(notes(d)); // plain set difference: AssertJ's containsAll is quadratic here
                assertThat(lost).as("after kill %d, committed calls missing", kill).isEmpty();
            }
        }
        assertThat(committed).as("the children really wrote before being killed").hasSizeGreaterThan(KILLS);
    }

    @Test
    void twoProcessesWritingAtOnceLoseNoWrite() throws Exception {
        Path db = dir.resolve("shared.db");
        long leadId;
        try (Database d = Database.open(db)) {
            leadId = d.write(c -> LeadStore.insert(c, Lead.builder().name("Shared").build(), Instant.now()));
        }
        int calls = 300;
        Process a = ChildJvm.start(dir.resolve("a.out"), CallLogBurst.class, db.toString(), Long.toString(leadId),
                Integer.toString(calls), "a");
        Process b = ChildJvm.start(dir.resolve("b.out"), CallLogBurst.class, db.toString(), Long.toString(leadId),
                Integer.toString(calls), "b");
        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(a.exitValue()).as(Files.readString(dir.resolve("a.out"))).isZero();
        assertThat(b.exitValue()).as(Files.readString(dir.resolve("b.out"))).isZero();
        assertThat(Files.readString(dir.resolve("a.out") ) + Files.readString(dir.resolve("b.out")))
                .doesNotContainIgnoringCase("locked").doesNotContainIgnoringCase("busy");
        try (Database d = Database.open(db)) {
            assertThat(integrity(d)).isEqualTo("ok");
            assertThat(notes(d)).hasSize(2 * calls);
        }
    }

    static List<String> printedLines(Path out, String prefix) throws IOException {
        // The last line may be cut mid-write by the kill; only whole lines were printed after a commit.
        String text = Files.readString(out, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return List.of();
        }
        return text.substring(0, end).lines().filter(l -> l.startsWith(prefix)).toList();
    }

    /** The integrity check of the database file, opened afresh. */
    static String integrityOf(Path db) {
        try (Database d = Database.openExisting(db)) {
            return integrity(d);
        }
    }

    static String integrity(Database d) {
        String result = d.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        });
        return result;
    }

    private static Set<String> notes(Database d) {
        Set<String> notes = d.read(c -> {
            Set<String> out = new HashSet<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT note FROM call_log")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        return notes;
    }
}
