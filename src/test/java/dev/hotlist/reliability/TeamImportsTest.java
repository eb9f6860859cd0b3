package dev.hotlist.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.Main;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.service.DatabaseLocation;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.team.LeadSheetFiles;
import dev.hotlist.team.TeamServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team mode, as a team works: two processes ({@code hotlist import} run as people would) import different sheets into
 * one PostgreSQL database at once while a third ranks in a loop. Nothing is lost, nobody sees an error, and the
 * ranking process only ever sees whole imports (each is one transaction).
 */
class TeamImportsTest {
    static final int ROWS_A = 6_000;
    static final int ROWS_B = 4_000;
    static final int BEFORE = 25;
    @TempDir
    Path dir;

    @Test
    void twoImportsAtOnceWhileAThirdRanksLoseNothingAndShowNoError() throws Exception {
        String url = TeamServer.url(dir, "team");
        Path a = LeadSheetFiles.csv(dir.resolve("north.csv"), ROWS_A, "North");
        Path b = LeadSheetFiles.csv(dir.resolve("south.csv"), ROWS_B, "South");
        try (LocalHotlist setup = LocalHotlist.open(DatabaseLocation.of(url))) {
            setup.importFile(LeadSheetFiles.csv(dir.resolve("kept.csv"), BEFORE, "Kept"),
                    dev.hotlist.domain.SheetOptions.defaults(), LocalDate.of(2026, 11, 24),
                    dev.hotlist.domain.Progress.NONE, java.util.Locale.ENGLISH);
        }
        Path stop = dir.resolve("stop");
        Process ranker = ChildJvm.start(dir.resolve("rank.out"), RankLoop.class, url, stop.toString());
        Process north = ChildJvm.start(dir.resolve("north.out"), Main.class, "import", a.toString(), "--db", url,
                "--as-of", "2026-11-24");
        Process south = ChildJvm.start(dir.resolve("south.out"), Main.class, "import", b.toString(), "--db", url,
                "--as-of", "2026-11-24");
        assertThat(north.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(south.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Files.createFile(stop);
        assertThat(ranker.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String northOut = Files.readString(dir.resolve("north.out"), StandardCharsets.UTF_8);
        String southOut = Files.readString(dir.resolve("south.out"), StandardCharsets.UTF_8);
        String rankOut = Files.readString(dir.resolve("rank.out"), StandardCharsets.UTF_8);
        assertThat(north.exitValue()).as(northOut).isZero();
        assertThat(south.exitValue()).as(southOut).isZero();
        assertThat(ranker.exitValue()).as(rankOut).isZero();
        assertThat(northOut).contains("imported " + ROWS_A + " new, 0 updated, 0 skipped");
        assertThat(southOut).contains("imported " + ROWS_B + " new, 0 updated, 0 skipped");
        assertThat(rankOut).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("error")
                .containsPattern("ranked [1-9][0-9]* times");
        Set<Integer> seen = rankOut.lines().filter(l -> l.startsWith("seen "))
                .map(l -> Integer.parseInt(l.substring(5))).collect(Collectors.toSet());
        assertThat(Set.of(BEFORE, BEFORE + ROWS_A, BEFORE + ROWS_B, BEFORE + ROWS_A + ROWS_B))
                .as("only whole imports are ever seen").containsAll(seen);
        assertThat(seen).contains(BEFORE + ROWS_A + ROWS_B);

        try (LocalHotlist check = LocalHotlist.open(DatabaseLocation.of(url))) {
            List<RankedLead> all = check.rank(LeadFilter.all().withClosedAndSnoozed(true, true),
                    LocalDate.of(2026, 11, 24));
            assertThat(all).hasSize(BEFORE + ROWS_A + ROWS_B);
            assertThat(all.stream().map(r -> r.lead().email()).distinct().count()).as("nobody twice")
                    .isEqualTo(BEFORE + ROWS_A + ROWS_B);
            assertThat(check.imports()).hasSize(3);
        }
    }
}
