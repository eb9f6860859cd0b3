package dev.hotlist.service;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public "Leads.csv" lead-scoring data set (X Education: 9,240 leads, 37 columns, a Converted 1/0 outcome),
 * when it is on this machine: it is not committed (its licence is unclear). Looked for at {@code $HOTLIST_REAL_LEADS},
 * then {@code ../shared/data/Leads.csv} beside the checkout, then {@code /work/data/Leads.csv}.
 */
public final class RealLeads {
    private RealLeads() {
    }

    public static Optional<Path> locate() {
        String env = System.getenv("HOTLIST_REAL_LEADS");
        for (String candidate : new String[] {env, "../shared/data/Leads.csv", "/work/data/Leads.csv"}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    /** Imports the file, as its own export, into a new database at {@code db}: its outcome column closes the leads. */
    public static LocalHotlist importWithOutcomes(Path csv, Path db) throws Exception {
        LocalHotlist hotlist = LocalHotlist.open(db);
        hotlist.importFile(csv, SheetOptions.defaults(), LocalDate.of(2026, 11, 24), Progress.NONE, Locale.ENGLISH);
        return hotlist;
    }

    public static List<Lead> leads(LocalHotlist hotlist) {
        return hotlist.rank(LeadFilter.all().withClosedAndSnoozed(true, true), LocalDate.of(2026, 11, 24)).stream()
                .map(RankedLead::lead).toList();
    }
}
