package dev.hotlist.cli;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.Tier;
import dev.hotlist.service.Hotlist;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hotlist rank}: the call list for a day, best first, as a table or as CSV. */
@Command(name = "rank", mixinStandardHelpOptions = true, description = "Print the ranked call list.")
final class RankCommand implements Callable<Integer> {
    static final String[] CSV_HEADER = {"rank", "id", "name", "company", "email", "phone", "need", "timing",
        "priority", "tier"};

    enum Format { table, csv }

    @ParentCommand
    HotlistCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DB", description = "Database file.")
    Path db;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Day the timing is scored for (default: today).")
    LocalDate asOf;
    @Option(names = "--tier", paramLabel = "T", description = "Only this tier: HOT, SCHEDULE, QUALIFY or NURTURE.")
    Tier tier;
    @Option(names = "--limit", paramLabel = "N", description = "At most N leads.")
    Integer limit;
    @Option(names = "--format", paramLabel = "table|csv", description = "Output format (default: table).")
    Format format = Format.table;

    @Override
    public Integer call() throws IOException {
        if (limit != null && limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Hotlist hotlist = parent.open(db)) {
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

    private static void printTable(List<RankedLead> ranked, Hotlist hotlist, PrintWriter out) {
        Locale locale = Locale.getDefault();
        out.printf("%4s  %-8s %4s %4s %4s  %-24s %-28s %s%n", "#", "tier", "need", "time", "prio", "name",
                "company", "why");
        for (RankedLead r : ranked) {
            String why = r.score().reasons().stream()
                    .sorted(Comparator.comparingInt((Reason x) -> -Math.abs(x.points())))
                    .limit(2).map(x -> hotlist.describe(x, locale)).reduce((a, b) -> a + "; " + b).orElse("");
            out.printf("%4d  %-8s %4d %4d %4d  %-24s %-28s %s%n", r.rank(), r.score().tier(),
                    r.score().needPoints(), r.score().timingPoints(), r.score().priorityPoints(),
                    clip(r.lead().displayName(), 24), clip(r.lead().company(), 28), why);
        }
        out.flush();
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
