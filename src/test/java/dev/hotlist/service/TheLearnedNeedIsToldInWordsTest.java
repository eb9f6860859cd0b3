package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.Stage;
import dev.hotlist.scoring.learning.PlantedLeads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LearningState}, the learned need as {@code learn} and the app tell it (the brief, workflow 6 and the command
 * line): the summary line of the contract, how the AUCs were measured, the strongest learned points up and down, the
 * columns left out and why (an outcome in other words, a record id), and the line {@code learn --off} ends with.
 */
class TheLearnedNeedIsToldInWordsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final Instant NOW = AS_OF.atTime(10, 0).toInstant(ZoneOffset.UTC);
    @TempDir
    Path dir;

    /** A sheet of planted leads with the outcome's tag and a record number left in, outcomes logged as calls. */
    private LocalHotlist withTellingColumns() throws Exception {
        List<Lead> planted = PlantedLeads.planted(400, 100, 21);
        StringBuilder csv = new StringBuilder("Name,Email,Channel,Visits,Referral partner,Status tag,Ref\n");
        for (Lead l : planted) {
            Map<String, String> x = l.extra();
            String tag = l.stage() == Stage.WON ? "Closed by Ann" : l.stage() == Stage.LOST ? "Lost to Rival" : "";
            csv.append(String.join(",", l.name(), l.email(), x.get("Channel"), x.get("Visits"),
                    x.get("Referral partner"), tag, "R-" + (100_000 + l.id()))).append('\n');
        }
        Path file = Files.writeString(dir.resolve("leads.csv"), csv, StandardCharsets.UTF_8);
        LocalHotlist h = LocalHotlist.open(dir.resolve("h.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        h.importFile(file, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
        Map<String, Long> ids = new HashMap<>();
        h.rank(LearningHistory.EVERYONE, AS_OF).forEach(r -> ids.put(r.lead().email(), r.lead().id()));
        for (Lead l : planted) {
            if (l.stage().isClosed()) {
                h.logCall(ids.get(l.email()), l.stage() == Stage.WON ? CallOutcome.WON : CallOutcome.LOST, null, "");
            }
        }
        return h;
    }

    @Test
    void theStateSaysWhatWasLearnedFromWhatWhenAndWhatWasLeftOut() throws Exception {
        try (LocalHotlist h = withTellingColumns()) {
            LearningState state = h.learn();
            assertThat(state.inUse()).isTrue();
            assertThat(state.fittedAt()).isEqualTo(NOW);
            assertThat(state.leads()).isEqualTo(400);
            assertThat(state.summary(Locale.ENGLISH)).matches(
                    "learned from 400 leads \\(\\d+ won, \\d+ lost\\): held-out AUC \\d\\.\\d\\d"
                            + " \\(rules \\d\\.\\d\\d\\); using the learned need");
            assertThat(state.summary(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(state.summary(Locale.ENGLISH));
            assertThat(state.validation(Locale.ENGLISH)).startsWith("held out: ");

            List<Reason> up = state.strongest(3, true);
            List<Reason> down = state.strongest(3, false);
            assertThat(up).isNotEmpty().hasSizeLessThanOrEqualTo(3).allMatch(r -> r.points() > 0);
            assertThat(down).isNotEmpty().hasSizeLessThanOrEqualTo(3).allMatch(r -> r.points() < 0);
            assertThat(up.stream().map(r -> h.describe(r, Locale.ENGLISH)))
                    .anyMatch(d -> d.contains("Trade show") || d.contains("Acme") || d.contains("Visits"));

            List<String> leftOut = state.exclusions(Locale.ENGLISH);
            assertThat(leftOut).anyMatch(e -> e.startsWith("Status tag: its values are the outcome in other words"))
                    .anyMatch(e -> e.startsWith("Ref: a different value on nearly every lead"));

            List<String> lines = state.headingsAndLines(3, Locale.ENGLISH, r -> h.describe(r, Locale.ENGLISH));
            assertThat(lines).startsWith("raise the need most:").contains("lower the need most:", "left out:");
            assertThat(lines).contains("  " + h.describe(up.get(0), Locale.ENGLISH),
                    "  " + h.describe(down.get(0), Locale.ENGLISH), "  " + leftOut.get(0));

            h.useRules();
            LearningState off = h.learning().orElseThrow();
            assertThat(off.inUse()).isFalse();
            assertThat(off.summary(Locale.ENGLISH)).contains("keeping the rules: switched off by the user");
            assertThat(LearningState.switchedOff(Locale.ENGLISH))
                    .isEqualTo("learning switched off: using the rules (learn again to use the learned need)");
        }
    }
}
