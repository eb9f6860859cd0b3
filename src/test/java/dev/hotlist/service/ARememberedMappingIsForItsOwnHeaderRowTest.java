package dev.hotlist.service;

import static dev.hotlist.service.FixedDay.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's corrections to a mapping are remembered for the next sheet with the same header row, also one whose
 * header only the corrections make recognisable, and for no other header row.
 */
class ARememberedMappingIsForItsOwnHeaderRowTest {
    @TempDir
    Path dir;
    private LocalHotlist hotlist;

    @BeforeEach
    void open() {
        hotlist = FixedDay.service(dir);
    }

    @AfterEach
    void close() {
        hotlist.close();
    }

    private void importFile(Path file, SheetOptions options) throws UnusableFileException {
        hotlist.importFile(file, options, TODAY, Progress.NONE, Locale.ENGLISH);
    }

    private Lead byEmail(String email) {
        return hotlist.rank(LeadFilter.all().withClosedAndSnoozed(true, true), TODAY).stream().map(RankedLead::lead)
                .filter(l -> l.email().equals(email)).findFirst().orElseThrow();
    }

    @Test
    void aSheetWithAnotherHeaderRowIsMappedAsIfNothingWasRemembered() throws Exception {
        Path plain = FixedDay.csv(dir, "plain.csv", "Name,Email,Mood\nCy,cy@x.com,urgent\n");
        importFile(plain, SheetOptions.defaults());
        assertThat(byEmail("cy@x.com").needStated()).as("automatic mapping: Mood feeds no field").isEmpty();

        importFile(FixedDay.csv(dir, "odd.csv", "Who,Email,Mood\nAnn,ann@x.com,urgent\n"),
                new SheetOptions(null, Map.of("Who", LeadField.NAME, "Mood", LeadField.NEED)));
        assertThat(byEmail("ann@x.com").needStated()).isEqualTo("urgent");

        importFile(FixedDay.csv(dir, "other.csv", "Name,Email,Mood\nDee,dee@x.com,high\n"),
                SheetOptions.defaults());
        assertThat(byEmail("dee@x.com").needStated()).as("another header row: the corrections are not its own")
                .isEmpty();
        assertThat(hotlist.previewFile(dir.resolve("other.csv"), SheetOptions.defaults(), TODAY, 5).fields())
                .doesNotContain(LeadField.NEED);

        importFile(FixedDay.csv(dir, "odd2.csv", "Who,Email,Mood\nBen,ben@x.com,low\n"),
                SheetOptions.defaults());
        assertThat(byEmail("ben@x.com").name()).isEqualTo("Ben");
        assertThat(byEmail("ben@x.com").needStated()).isEqualTo("low");
    }

    @Test
    void aHeaderRowOnlyTheCorrectionsMakeRecognisableIsFoundAgainByThem() throws Exception {
        String header = "Who,Mood,Reach\n";
        Path first = FixedDay.csv(dir, "first.csv", header + "Ann Lee,urgent,ann@x.com\n");
        assertThatThrownBy(() -> importFile(first, SheetOptions.defaults())).as("no header without the corrections")
                .isInstanceOf(UnusableFileException.class);
        importFile(first, new SheetOptions(null,
                Map.of("Who", LeadField.NAME, "Mood", LeadField.NEED, "Reach", LeadField.EMAIL)));
        assertThat(byEmail("ann@x.com").needStated()).isEqualTo("urgent");

        importFile(FixedDay.csv(dir, "second.csv", header + "Ben Ho,low,ben@x.com\n"), SheetOptions.defaults());
        Lead ben = byEmail("ben@x.com");
        assertThat(ben.name()).isEqualTo("Ben Ho");
        assertThat(ben.needStated()).isEqualTo("low");

        assertThatThrownBy(() -> importFile(
                FixedDay.csv(dir, "third.csv", "Whom,Feeling,Where\nCy,low,cy@x.com\n"),
                SheetOptions.defaults())).as("a header row no saved mapping makes recognisable")
                .isInstanceOf(UnusableFileException.class)
                .satisfies(e -> assertThat(((UnusableFileException) e).key()).isEqualTo("sheet.noHeader"));
    }
}
