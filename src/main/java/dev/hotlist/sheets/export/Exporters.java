package dev.hotlist.sheets.export;

import dev.hotlist.domain.Progress;
import dev.hotlist.sheets.export.ExportException.Problem;
import java.io.IOException;
import java.nio.file.Path;

/** Saves ranked leads to .xlsx or .csv, chosen by the file name. */
public final class Exporters {
    private Exporters() {
    }

    /**
     * Writes {@code request} to {@code out}, replacing an existing file only once the new one is complete.
     *
     * @param progress reports rows written; may be null
     * @return the number of lead rows written
     * @throws ExportException when the file name is neither .xlsx nor .csv, the leads do not fit in an Excel sheet,
     *                         or the file cannot be written; the message is one sentence naming the file
     * @throws java.util.concurrent.CancellationException when {@code progress} was cancelled; the target is left
     *                         as it was and no temporary file remains
     */
    public static int write(Path out, ExportRequest request, Progress progress) throws IOException {
        Progress p = progress == null ? Progress.NONE : progress;
        ExportFormat format = ExportFormat.of(out)
                .orElseThrow(() -> ExportException.of(Problem.UNSUPPORTED_TYPE, out, request.locale(), null));
        if (format == ExportFormat.XLSX && request.rows().size() > XlsxExporter.MAX_ROWS) {
            throw ExportException.of(Problem.TOO_MANY_ROWS, out, request.locale(), null,
                    request.rows().size(), XlsxExporter.MAX_ROWS);
        }
        SheetExporter exporter = format.exporter();
        return AtomicFile.write(out, request.locale(), stream -> exporter.write(request, stream, p));
    }
}
