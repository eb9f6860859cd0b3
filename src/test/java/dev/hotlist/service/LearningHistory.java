package dev.hotlist.service;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.Stage;
import dev.hotlist.scoring.learning.PlantedLeads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A database with a won and lost history, as a salesperson makes one: a sheet imported, then outcomes logged. */
public final class LearningHistory {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    public static final LeadFilter EVERYONE = LeadFilter.all().withClosedAndSnoozed(true, true);

    private LearningHistory() {
    }

    /**
     * Imports {@link PlantedLeads#planted planted} leads as a sheet (without their outcome and tag columns) into
     * {@code dir/h.db} and logs each closed one's outcome as a won or lost call.
     */
    public static LocalHotlist withHistory(Path dir, int closed, int open) throws Exception {
        List<Lead> planted = PlantedLeads.planted(closed, open, 21);
        StringBuilder csv = new StringBuilder("Name,Email,Channel,Visits,Colour,Shoe size,Referral partner\n");
        for (Lead l : planted) {
            Map<String, String> x = l.extra();
            csv.append(String.join(",", l.name(), l.email(), x.get("Channel"), x.get("Visits"), x.get("Colour"),
                    x.get("Shoe size"), x.get("Referral partner"))).append('\n');
        }
        Path file = dir.resolve("leads.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        LocalHotlist hotlist = LocalHotlist.open(dir.resolve("h.db"));
        hotlist.importFile(file, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
        Map<String, Long> ids = new HashMap<>();
        hotlist.rank(EVERYONE, AS_OF).forEach(r -> ids.put(r.lead().email(), r.lead().id()));
        for (Lead l : planted) {
            if (l.stage().isClosed()) {
                hotlist.logCall(ids.get(l.email()), l.stage() == Stage.WON ? CallOutcome.WON : CallOutcome.LOST, null, "");
            }
        }
        return hotlist;
    }
}
