package dev.hotlist.cli;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Tier;
import dev.hotlist.service.Hotlist;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hotlist rank}: the call list for a day, best first, as a table or as CSV. The table is for a person at a
 * terminal, so cell text in it is {@link TerminalText#safe made safe}; the CSV is data for programs, printed as stored.
 */
@Command(name = "rank", mixinStandardHelpOptions = true, description = "Print the ranked call list.")
final class RankCommand implements Callable<Integer> {
    static final String[] CSV_HEADER = {"rank", "id", "name", "company", "email", "phone", "need", "timing",
        "priority", "tier"};

    enum Format { table, csv }

    @ParentCommand
    HotlistCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DB", description = "Database file, or a team server: postgresql://user@host[:port]/dbname.")
    String db;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Day the timing is scored for (default: today).")
    LocalDate asOf;
    @Option(names = "--tier", paramLabel = "T", description = "Only this tier: HOT, SCHEDULE, QUALIFY or NURTURE.")
    Tier tier;
    @Option(names = "--limit", paramLabel = "N", description = "At most N leads.")
    Integer limit;
    @Option(names = "--format", paramLabel = "table|csv", description = "Output format (default: table).")
    Format format = Format.table;
    @Mixin
    Language language = new Language();

    @Override
    public Integer call() throws IOException {
        if (limit != null && limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Hotlist hotlist = parent.openExisting(db, spec)) {
            LeadFilter filter = LeadFilter.all();
            if (tier != null) {
                filter = filter.withTiers(Set.of(tier));
            }
            List<RankedLead> ranked = hotlist.rank(filter, asOf != null ? asOf : LocalDate.now());
            if (limit != null && ranked.size() > limit) {
                ranked = ranked.subList(0, limit);
            }
            if (format == Format.csv) {
                printCsv(ranked, out);
            } else {
                printTable(ranked, hotlist, out);
            }
        }
        return 0;
    }

    static void printCsv(List<RankedLead> ranked, Appendable out) throws IOException {
        CSVFormat csv = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        try (CSVPrinter printer = new CSVPrinter(out, csv)) {
            printer.printRecord((Object[]) CSV_HEADER);
            for (RankedLead r : ranked) {
                Lead l = r.lead();
                printer.printRecord(r.rank(), l.id(), l.name(), l.company(), l.email(), l.phone(),
                        r.score().needPoints(), r.score().timingPoints(), r.score().priorityPoints(), r.score().tier());
            }
            printer.flush();
        }
    }

    private void printTable(List<RankedLead> ranked, Hotlist hotlist, PrintWriter out) {
        Locale locale = language.locale();
        out.println(TextColumns.fit("#", 5) + TextColumns.fit("tier", 9) + TextColumns.fit("need", 5)
                + TextColumns.fit("time", 5) + TextColumns.fit("prio", 6) + TextColumns.fit("name", 22)
                + TextColumns.fit("company", 26) + TextColumns.fit("phone", 17) + TextColumns.fit("call", 5) + "why");
        for (RankedLead r : ranked) {
            out.println(TextColumns.fit(Integer.toString(r.rank()), 5) + TextColumns.fit(r.score().tier().name(), 9)
                    + TextColumns.fit(Integer.toString(r.score().needPoints()), 5)
                    + TextColumns.fit(Integer.toString(r.score().timingPoints()), 5)
                    + TextColumns.fit(Integer.toString(r.score().priorityPoints()), 6)
                    + TextColumns.fit(TerminalText.safe(r.lead().displayName()), 22)
                    + TextColumns.fit(TerminalText.safe(r.lead().company()), 26)
                    + TextColumns.fit(TerminalText.safe(r.lead().phone()), 17)
                    + TextColumns.fit(r.lead().doNotCall() ? "DNC" : "", 5)
                    + TerminalText.safe(hotlist.summarize(r.score(), locale)));
        }
        out.flush();
    }
}
