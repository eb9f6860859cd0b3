package dev.hotlist.cli;

import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import dev.hotlist.service.DatabaseLocation;
import dev.hotlist.service.Hotlist;
import dev.hotlist.service.ImportReport;
import dev.hotlist.service.LocalHotlist;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hotlist import FILE}: one transaction; ends with "imported N new, M updated, K skipped". */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import leads from .xlsx, .xls or .csv; re-importing updates leads, never duplicates them.")
final class ImportCommand implements Callable<Integer> {
    /** Skipped rows listed one by one before the summary; the rest are counted. */
    static final int LISTED_SKIPS = 50;

    @ParentCommand
    HotlistCommand parent;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The workbook or CSV file.")
    Path file;
    @Option(names = "--db", paramLabel = "DB", description = "Database file, or a team server: postgresql://user@host[:port]/dbname.")
    String db;
    @Option(names = "--sheet", paramLabel = "NAME", description = "Sheet to read (default: first visible sheet with data).")
    String sheet;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Day words like 'tomorrow' or 明天 are read against (default: today).")
    LocalDate asOf;
    @Option(names = "--map", paramLabel = "HEADER=FIELD", description = "Correct the column mapping: the column "
            + "headed HEADER feeds FIELD (one of ${COMPLETION-CANDIDATES}). Remembered for sheets with the same header row.")
    Map<String, LeadField> mapping = new LinkedHashMap<>();
    @Option(names = "--dry-run", description = "Show the mapping (with every rejected proposal and why), the merges "
            + "and the first rows the import would make, and write nothing (not even a new database file).")
    boolean dryRun;
    @Mixin
    Language language = new Language();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseLocation database = parent.database(db);
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        if (dryRun) {
            DryRunText.print(LocalHotlist.dryRun(database, file, new SheetOptions(sheet, mapping), day,
                    language.locale()), language.locale(), out);
            return 0;
        }
        NewPath created = NewPath.of(database);
        ImportReport report;
        try (Hotlist hotlist = parent.open(db)) {
            report = hotlist.importFile(file, new SheetOptions(sheet, mapping), day, dev.hotlist.domain.Progress.NONE,
                    language.locale());
        } catch (UnusableFileException e) {
            // a refused file leaves no trace: not even the empty database, or the folders, opened for it
            created.undo();
            spec.commandLine().getErr().println("hotlist: " + TerminalText.safe(refusal(e)));
            return HotlistCommand.EXIT_UNUSABLE_INPUT;
        } catch (Exception | Error e) {
            created.undo();
            throw e;
        }
        printReport(report, out);
        out.println(report.summaryLine());
        return 0;
    }

    /** Everything but the closing line: skipped rows, what the mapping and merging decided, merged and unchanged rows. */
    static void printReport(ImportReport report, PrintWriter out) {
        int listed = 0;
        for (ImportReport.Skipped s : report.skipped()) {
            if (listed++ == LISTED_SKIPS) {
                break;
            }
            out.println("row " + s.rowNumber() + " skipped: " + TerminalText.safe(s.reason()));
        }
        if (report.skippedCount() > LISTED_SKIPS) {
            out.println("... and " + (report.skippedCount() - LISTED_SKIPS) + " more skipped rows");
            for (ImportReport.SkipReason r : report.skipReasons()) {
                out.println(r.count() + (r.count() == 1 ? " row" : " rows") + " skipped in all: "
                        + TerminalText.safe(r.reason()));
            }
        }
        for (String note : report.notes()) {
            out.println("note: " + TerminalText.safe(note));
        }
        if (report.duplicateCount() > 0) {
            int n = report.duplicateCount();
            out.println(n == 1 ? "1 row repeated a lead of this sheet and was merged into it"
                    : n + " rows repeated a lead of this sheet and were merged into them");
        }
        if (report.unchangedCount() > 0) {
            int n = report.unchangedCount();
            out.println(n == 1 ? "1 row found its lead unchanged" : n + " rows found their leads unchanged");
        }
    }

    /** The sentence, after the file's name unless it names the file already. */
    private String refusal(UnusableFileException e) {
        String sentence = e.message(language.locale());
        String name = String.valueOf(file.getFileName());
        return e.mentions(name) ? sentence : name + ": " + sentence;
    }
}
