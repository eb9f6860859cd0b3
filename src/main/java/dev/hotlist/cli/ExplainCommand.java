package dev.hotlist.cli;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.service.Hotlist;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hotlist explain ID}: one lead's place in the list and every reason behind its scores. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show why one lead ranks where it does: its scores and every reason, with points.")
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    HotlistCommand parent;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The lead's id (the id column of `rank --format csv`).")
    long id;
    @Option(names = "--db", paramLabel = "DB", description = "Database file, or a team server: postgresql://user@host[:port]/dbname.")
    String db;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Day the timing is scored for (default: today).")
    LocalDate asOf;
    @Mixin
    Language language = new Language();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = language.locale();
        try (Hotlist hotlist = parent.openExisting(db, spec)) {
            // Snoozed and closed leads too: one asks about a lead by its id, wherever it is.
            RankedLead r = hotlist.rank(LeadFilter.all().withClosedAndSnoozed(true, true),
                            asOf != null ? asOf : LocalDate.now()).stream()
                    .filter(x -> x.lead().id() == id).findFirst()
                    .orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "There is no lead with id " + id));
            Lead l = r.lead();
            // cell text goes to a terminal: escape sequences and bidi overrides in it are shown, not obeyed
            out.println(TerminalText.safe("#" + r.rank() + "  " + l.displayName()
                    + (l.company().isEmpty() ? "" : " · " + l.company())));
            String contact = String.join("  ", l.phone(), l.email()).strip();
            if (!contact.isEmpty()) {
                out.println(TerminalText.safe(contact));
            }
            out.println(r.score().tier() + "  need " + r.score().needPoints() + "  timing " + r.score().timingPoints()
                    + "  priority " + r.score().priorityPoints());
            for (Reason reason : r.score().reasons()) {
                out.println("  " + TerminalText.safe(hotlist.describe(reason, locale)));
            }
            out.flush();
        }
        return 0;
    }
}
