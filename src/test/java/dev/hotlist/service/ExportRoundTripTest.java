package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An exported list imports back into an empty database with the same leads in the same order. */
class ExportRoundTripTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ranked.xlsx", "ranked.csv", "排名.xlsx"})
    void anExportedListImportsBackWithTheSameRanking(String fileName) throws Exception {
        Locale locale = fileName.startsWith("排") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        List<RankedLead> original;
        Path out = dir.resolve(fileName);
        try (LocalHotlist source = LocalHotlist.open(dir.resolve("source.db"))) {
            source.importSample(AS_OF, Progress.NONE, locale);
            original = source.rank(LeadFilter.all(), AS_OF);
            assertThat(source.export(out, LeadFilter.all(), AS_OF, Progress.NONE, locale)).isEqualTo(original.size());
        }
        try (LocalHotlist copy = LocalHotlist.open(dir.resolve("copy-" + fileName + ".db"))) {
            ImportReport report = copy.importFile(out, SheetOptions.defaults(), AS_OF, Progress.NONE, locale);
            assertThat(report.newCount()).isEqualTo(original.size());
            assertThat(report.skippedCount()).isZero();
            List<RankedLead> again = copy.rank(LeadFilter.all(), AS_OF);
            assertThat(summary(again)).isEqualTo(summary(original));
        }
    }

    @Test
    void theSameHoldsForAnotherDay() throws Exception {
        Path out = dir.resolve("ranked.xlsx");
        List<String> original;
        LocalDate later = AS_OF.plusDays(20);
        try (LocalHotlist source = LocalHotlist.open(dir.resolve("source.db"))) {
            source.importSample(AS_OF, Progress.NONE, Locale.ENGLISH);
            original = summary(source.rank(LeadFilter.all(), later));
            source.export(out, LeadFilter.all(), AS_OF, Progress.NONE, Locale.ENGLISH);
        }
        try (LocalHotlist copy = LocalHotlist.open(dir.resolve("copy.db"))) {
            copy.importFile(out, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
            assertThat(summary(copy.rank(LeadFilter.all(), later))).isEqualTo(original);
        }
    }

    @Test
    void csvReasonsBeginWithAWordSoTheyNeedNoFormulaGuard() throws Exception {
        Path out = dir.resolve("ranked.csv");
        try (LocalHotlist source = LocalHotlist.open(dir.resolve("source.db"))) {
            source.importSample(AS_OF, Progress.NONE, Locale.ENGLISH);
            source.export(out, LeadFilter.all(), AS_OF, Progress.NONE, Locale.ENGLISH);
        }
        String text = java.nio.file.Files.readString(out).substring(1);
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(new java.io.StringReader(text))) {
            List<String> whys = parser.stream().map(r -> r.get("Why")).toList();
            assertThat(whys).isNotEmpty().allSatisfy(w -> assertThat(w).matches("(need|timing) [+\u2212\u00B1]\\d+: .*"));
        }
    }

    /** Rank, name, company, email, phone and the three scores with the tier, one line per lead. */
    private static List<String> summary(List<RankedLead> ranked) {
        return ranked.stream().map(r -> r.rank() + "|" + r.lead().name() + "|" + r.lead().company() + "|"
                + r.lead().email() + "|" + r.lead().phone() + "|" + r.score().needPoints() + "|"
                + r.score().timingPoints() + "|" + r.score().priorityPoints() + "|" + r.score().tier()).toList();
    }
}
