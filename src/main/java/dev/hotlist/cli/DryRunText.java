package dev.hotlist.cli;

import dev.hotlist.domain.ColumnMapping;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.service.DryRun;
import dev.hotlist.service.ImportReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints {@code import FILE --dry-run}: the mapping with each rejected proposal and why, the merges, the first rows. */
final class DryRunText {
    private DryRunText() {
    }

    static void print(DryRun run, Locale locale, PrintWriter out) {
        ColumnMapping m = run.mapping();
        out.println("dry run of sheet \"" + run.sheetName() + "\", header row " + run.headerRowNumber()
                + ": nothing is written");
        out.println("mapping:");
        for (int c = 0; c < m.headers().size(); c++) {
            String header = m.headers().get(c);
            if (header.isBlank() && m.rejectionOf(c).isEmpty()) {
                continue;
            }
            String line = "  " + TextColumns.fit(columnLetters(c), 4) + TextColumns.fit(quoted(header), 34) + "-> "
                    + m.fieldOf(c).name().toLowerCase(Locale.ROOT);
            line += m.rejectionOf(c).map(r -> "   (rejected " + r.proposed().name().toLowerCase(Locale.ROOT) + ": "
                    + r.reason(locale) + ")").orElse("");
            out.println(line.stripTrailing());
        }
        out.println("merges: " + (run.mergeCount() == 0 ? "none" : run.mergeCount() + " rows"));
        for (DryRun.Merge merge : run.merges()) {
            String into = merge.intoRow() > 0 ? "the lead of row " + merge.intoRow() : "a lead already in the database";
            out.println("  row " + merge.rowNumber() + " (" + quoted(merge.name()) + ") joins " + into + ": same "
                    + keyName(merge.key()));
        }
        if (run.mergeCount() > run.merges().size()) {
            out.println("  ... and " + (run.mergeCount() - run.merges().size()) + " more");
        }
        out.println("first rows:");
        for (ParsedRow row : run.firstRows()) {
            if (row instanceof ParsedRow.LeadRow lr) {
                out.println("  row " + row.rowNumber() + ": " + describe(lr.lead()));
            } else if (row instanceof ParsedRow.SkippedRow sr) {
                out.println("  row " + row.rowNumber() + " skipped: " + sr.reason(locale));
            }
        }
        ImportReport report = run.report();
        ImportCommand.printReport(report, out);
        out.println("dry run: would import " + report.newCount() + " new, " + report.updatedCount() + " updated, "
                + report.skippedCount() + " skipped");
        out.flush();
    }

    /** The fields a row sets, as parsed. */
    static String describe(Lead l) {
        List<String> parts = new ArrayList<>();
        add(parts, "id", l.externalId());
        add(parts, "name", l.name());
        add(parts, "company", l.company());
        add(parts, "email", l.email());
        add(parts, "phone", l.phone());
        add(parts, "need", l.needStated());
        add(parts, "buying", l.buyingDate() != null ? l.buyingDate().toString() : l.buyingStated());
        if (l.outcome() != null) {
            parts.add("outcome " + l.outcome().name().toLowerCase(Locale.ROOT));
        }
        if (l.closedOn() != null) {
            parts.add("closed " + l.closedOn());
        }
        if (l.doNotCall()) {
            parts.add("DO NOT CALL");
        }
        if (!l.extra().isEmpty()) {
            parts.add(l.extra().size() + " extra fields");
        }
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (!value.isEmpty()) {
            parts.add(label + " " + quoted(value));
        }
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    private static String keyName(char key) {
        return switch (key) {
            case 'x' -> "record id";
            case 'e' -> "email";
            case 'p' -> "phone";
            default -> "name and company";
        };
    }

    private static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
