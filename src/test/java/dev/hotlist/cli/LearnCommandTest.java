package dev.hotlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.service.LearningHistory;
import dev.hotlist.service.LocalHotlist;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code learn [--db DB] [--off]}: the contract's summary line, the strongest factors, and rank/explain using it. */
class LearnCommandTest {
    private static final String SUMMARY = "learned from \\d+ leads \\(\\d+ won, \\d+ lost\\): held-out AUC "
            + "(\\d\\.\\d\\d|n/a) \\(rules (\\d\\.\\d\\d|n/a)\\); ";

    @TempDir
    Path dir;

    @Test
    void learnPrintsTheSummaryThenTheStrongestFactorsAndRankAndExplainUseIt() throws Exception {
        Path db = dir.resolve("h.db");
        LearningHistory.withHistory(dir, 400, 100).close();
        Cli.Run before = Cli.run("explain", "450", "--db", db.toString());
        assertThat(before.out()).doesNotContain("(won ");

        Cli.Run learn = Cli.run("learn", "--db", db.toString());
        assertThat(learn.code()).as(learn.err()).isZero();
        List<String> lines = learn.out().lines().toList();
        assertThat(lines.get(0)).matches("learned from 400 leads \\(\\d+ won, \\d+ lost\\): held-out AUC 0\\.\\d\\d "
                + "\\(rules 0\\.\\d\\d\\); using the learned need");
        assertThat(lines.get(1)).isEqualTo("raise the need most:");
        assertThat(lines).contains("lower the need most:");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("  \\+\\d+ need: Source = Trade show \\(won \\d+% of \\d+\\)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("  \u2212\\d+ need: Source = Cold call \\(won \\d+% of \\d+\\)"));

        Cli.Run explain = Cli.run("explain", "450", "--db", db.toString());
        assertThat(explain.out()).contains("(won ").contains("timing:");
        Cli.Run rank = Cli.run("rank", "--db", db.toString(), "--limit", "3");
        assertThat(rank.out()).contains("(won ");

        Cli.Run off = Cli.run("learn", "--db", db.toString(), "--off");
        assertThat(off.code()).isZero();
        assertThat(off.out().strip()).isEqualTo("learning switched off: using the rules (learn again to use the learned need)");
        assertThat(Cli.run("explain", "450", "--db", db.toString()).out()).doesNotContain("(won ");
    }

    @Test
    void withTooLittleHistoryTheRulesStayAndTheLineSaysWhy() throws Exception {
        Path db = dir.resolve("h.db");
        LearningHistory.withHistory(dir, 30, 20).close();
        Cli.Run learn = Cli.run("learn", "--db", db.toString());
        assertThat(learn.code()).isZero();
        String line = learn.out().lines().findFirst().orElseThrow();
        assertThat(line).matches(SUMMARY + "keeping the rules: \\d+ won, \\d+ lost so far: learning starts at 40 of each");
        assertThat(Cli.run("learn", "--db", dir.resolve("typo.db").toString()).code())
                .as("a mistyped database is refused, not created").isEqualTo(2);
    }

    @Test
    void learnSpeaksChinese() throws Exception {
        Path db = dir.resolve("h.db");
        try (LocalHotlist h = LearningHistory.withHistory(dir, 300, 0)) {
            assertThat(h.leadCount()).isEqualTo(300);
        }
        Cli.Run learn = Cli.run("learn", "--db", db.toString(), "--lang", "zh");
        assertThat(learn.out()).startsWith("从 300 条线索学习").contains("最能提高需求：");
    }
}
