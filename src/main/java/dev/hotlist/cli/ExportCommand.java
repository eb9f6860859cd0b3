package dev.hotlist.cli;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.Tier;
import dev.hotlist.service.Hotlist;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hotlist export OUT.xlsx|OUT.csv}: the ranked list, in rank order, for a manager or a team. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the ranked list to .xlsx or .csv.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    HotlistCommand parent;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT", description = "Target file, .xlsx or .csv.")
    Path out;
    @Option(names = "--db", paramLabel = "DB", description = "Database file, or a team server: postgresql://user@host[:port]/dbname.")
    String db;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Day the timing is scored for (default: today).")
    LocalDate asOf;
    @Option(names = "--tier", paramLabel = "T", description = "Only this tier.")
    Tier tier;
    @Mixin
    Language language = new Language();

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "OUT must end in .xlsx or .csv: " + out);
        }
        try (Hotlist hotlist = parent.openExisting(db, spec)) {
            LeadFilter filter = tier == null ? LeadFilter.all() : LeadFilter.all().withTiers(Set.of(tier));
            int rows = hotlist.export(out, filter, asOf != null ? asOf : LocalDate.now(), Progress.NONE,
                    language.locale());
            spec.commandLine().getOut().println("exported " + rows + " leads to " + out);
        }
        return 0;
    }
}
