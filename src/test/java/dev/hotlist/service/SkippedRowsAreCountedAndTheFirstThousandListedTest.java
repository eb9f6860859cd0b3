package dev.hotlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.ParsedRow;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link ImportReport}'s skipped rows: every one counted, the first {@link ImportReport#LISTED_SKIPS} listed with
 * their row number and reason, and a count per reason in the order the reasons first came up, each worded as for
 * the first of its rows.
 */
class SkippedRowsAreCountedAndTheFirstThousandListedTest {
    private static ParsedRow.SkippedRow noContact(int row) {
        return new ParsedRow.SkippedRow(row, "row.noContact", List.of());
    }

    private static ParsedRow.SkippedRow totals(int row, String text) {
        return new ParsedRow.SkippedRow(row, "row.totals", List.of(text));
    }

    @Test
    void noSkippedRowMeansAnEmptyTally() {
        SkippedRows none = new SkippedRows(Locale.ENGLISH);
        assertThat(none.count()).isZero();
        assertThat(none.listed()).isEmpty();
        assertThat(none.reasons()).isEmpty();
    }

    @Test
    void exactlyTheFirstThousandAreListedAndAllAreCounted() {
        SkippedRows skipped = new SkippedRows(Locale.ENGLISH);
        for (int i = 0; i < ImportReport.LISTED_SKIPS - 1; i++) {
            skipped.add(noContact(i + 2));
        }
        assertThat(skipped.listed()).hasSize(ImportReport.LISTED_SKIPS - 1);
        skipped.add(noContact(ImportReport.LISTED_SKIPS + 1));
        assertThat(skipped.listed()).as("the thousandth is still listed").hasSize(ImportReport.LISTED_SKIPS);
        skipped.add(noContact(ImportReport.LISTED_SKIPS + 2));
        skipped.add(noContact(ImportReport.LISTED_SKIPS + 3));

        assertThat(skipped.count()).isEqualTo(ImportReport.LISTED_SKIPS + 2);
        assertThat(skipped.listed()).hasSize(ImportReport.LISTED_SKIPS);
        assertThat(skipped.listed().get(0).rowNumber()).isEqualTo(2);
        assertThat(skipped.listed().get(ImportReport.LISTED_SKIPS - 1).rowNumber())
                .isEqualTo(ImportReport.LISTED_SKIPS + 1);
        assertThat(skipped.reasons()).singleElement().satisfies(r -> {
            assertThat(r.count()).isEqualTo(ImportReport.LISTED_SKIPS + 2);
            assertThat(r.reason()).contains("no name, company, email, phone or record ID");
        });
    }

    @Test
    void eachReasonIsCountedOnItsOwnInTheOrderItFirstCameUpWordedAsItsFirstRow() {
        SkippedRows skipped = new SkippedRows(Locale.ENGLISH);
        skipped.add(totals(3, "Total"));
        skipped.add(noContact(5));
        skipped.add(totals(9, "Sum"));
        skipped.add(totals(12, "Grand total"));

        assertThat(skipped.count()).isEqualTo(4);
        assertThat(skipped.reasons()).extracting(ImportReport.SkipReason::count).containsExactly(3, 1);
        assertThat(skipped.reasons().get(0).reason()).contains("\"Total\"").doesNotContain("Sum");
        assertThat(skipped.reasons().get(1).reason()).contains("no name");
        assertThat(skipped.listed()).extracting(ImportReport.Skipped::rowNumber).containsExactly(3, 5, 9, 12);
        assertThat(skipped.listed().get(2).reason()).contains("\"Sum\"");
    }

    @Test
    void theReasonsAreWordedInTheReportsLanguage() {
        SkippedRows chinese = new SkippedRows(Locale.SIMPLIFIED_CHINESE);
        chinese.add(noContact(2));
        SkippedRows english = new SkippedRows(Locale.ENGLISH);
        english.add(noContact(2));
        assertThat(chinese.listed().get(0).reason()).isNotEqualTo(english.listed().get(0).reason());
        assertThat(chinese.reasons().get(0).reason()).isEqualTo(chinese.listed().get(0).reason());
    }
}
