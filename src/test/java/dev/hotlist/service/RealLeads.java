package dev.hotlist.service;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Stage;
import dev.hotlist.sheets.LeadField;
import dev.hotlist.sheets.SheetOptions;
import dev.hotlist.store.Database;
import dev.hotlist.store.LeadStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public "Leads.csv" lead-scoring data set (X Education: 9,240 leads, 37 columns, a Converted 1/0 outcome),
 * when it is on this machine: it is not committed (its licence is unclear). Looked for at {@code $HOTLIST_REAL_LEADS},
 * then {@code ../shared/data/Leads.csv} beside the checkout, then {@code /work/data/Leads.csv}.
 *
 * <p>Until the sheet's outcome column is read by the import (issue 13), the outcome is put on each lead the way a
 * salesperson would record it, as its stage, from that sheet's own outcome column: a stand-in kept in the tests.
 */
public final class RealLeads {
    /** The outcome column of this one data set: named here, in the test's stand-in, never in product code. */
    static final String OUTCOME_COLUMN = "Converted";

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

    /**
     * Imports the file into a new database at {@code db} and records each lead's outcome as its stage. "Do Not Email"
     * is mapped to an extra column: the import of this branch would take its Yes/No for an email and merge the sheet
     * into two leads (issue 13 fixes that by the values).
     */
    public static LocalHotlist importWithOutcomes(Path csv, Path db) throws Exception {
        LocalHotlist hotlist = LocalHotlist.open(db);
        hotlist.importFile(csv, new SheetOptions(null, Map.of("Do Not Email", LeadField.EXTRA)),
                LocalDate.of(2026, 11, 24), dev.hotlist.domain.Progress.NONE, Locale.ENGLISH);
        try (Database d = Database.open(db)) {
            d.write(c -> {
                Instant now = Instant.now();
                for (Lead lead : LeadStore.all(c)) {
                    String outcome = lead.extra().getOrDefault(OUTCOME_COLUMN, "");
                    if (outcome.equals("1") || outcome.equals("0")) {
                        LeadStore.setStage(c, lead.id(), outcome.equals("1") ? Stage.WON : Stage.LOST, now);
                    }
                }
                return null;
            });
        }
        return hotlist;
    }

    public static List<Lead> leads(LocalHotlist hotlist) {
        return hotlist.rank(dev.hotlist.domain.LeadFilter.all().withClosedAndSnoozed(true, true),
                LocalDate.of(2026, 11, 24)).stream().map(dev.hotlist.domain.RankedLead::lead).toList();
    }
}
