package dev.hotlist.sheets.export;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadScore;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes .csv: UTF-8 with a byte order mark (so Excel reads Chinese right), RFC 4180 quoting, ISO dates, and
 * every text cell that would start a formula prefixed with a single quote (OWASP CSV injection).
 */
public final class CsvExporter implements SheetExporter {
    /** Rows between progress reports and cancel checks. */
    static final int REPORT_EVERY = 256;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    @Override
    public int write(ExportRequest request, OutputStream out, Progress progress) throws IOException {
        ExportTexts texts = ExportTexts.of(request.locale());
        ExportLayout layout = ExportLayout.of(request.rows(), texts);
        List<RankedLead> rows = request.rows();
        int total = rows.size();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        for (String header : layout.headers()) {
            // Extra headers come from the imported sheet, so they get the same care as lead text.
            printer.print(LeadText.neutralised(header));
        }
        printer.println();
        for (int i = 0; i < total; i++) {
            if (i % REPORT_EVERY == 0) {
                progress.checkCancelled();
                progress.update(i, total);
            }
            printRow(printer, rows.get(i), layout, request, texts);
        }
        printer.flush();
        progress.update(total, total);
        return total;
    }

    private static void printRow(CSVPrinter printer, RankedLead row, ExportLayout layout, ExportRequest request,
                                 ExportTexts texts) throws IOException {
        LastCall last = request.lastCall().apply(row.lead().id()).orElse(null);
        for (Column c : ExportLayout.FIXED) {
            print(printer, c, row, last, request, texts);
        }
        Map<String, String> extra = row.lead().extra();
        for (String key : layout.extraKeys()) {
            printer.print(LeadText.neutralised(extra.getOrDefault(key, "")));
        }
        printer.println();
    }

    private static void print(CSVPrinter printer, Column c, RankedLead row, LastCall last, ExportRequest request,
                              ExportTexts texts) throws IOException {
        Lead lead = row.lead();
        LeadScore score = row.score();
        switch (c) {
            case RANK -> printer.print(row.rank());
            case TIER -> printer.print(score.tier().name());
            case PRIORITY -> printer.print(score.priorityPoints());
            case NEED_SCORE -> printer.print(score.needPoints());
            case TIMING_SCORE -> printer.print(score.timingPoints());
            // Reasons begin with a word ("timing +35: …"); the guard stays for a reason worded otherwise.
            case WHY -> printer.print(LeadText.neutralised(LeadText.why(score, request.reasonText(), "; ")));
            case BUYING_TIME -> printer.print(lead.buyingDate() != null
                    ? lead.buyingDate().toString() : LeadText.neutralised(lead.buyingStated()));
            case STAGE -> printer.print(texts.stage(lead.stage()));
            case LAST_CALL -> printer.print(last == null ? "" : texts.outcome(last.outcome()));
            case LAST_CALL_AT -> printer.print(last == null ? "" : LeadText.MINUTES.format(last.at()));
            case NEXT_ACTION -> printer.print(lead.nextActionDate() == null ? "" : lead.nextActionDate().toString());
            default -> printer.print(LeadText.neutralised(LeadText.of(c, lead)));
        }
    }
}
