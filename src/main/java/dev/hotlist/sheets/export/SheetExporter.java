package dev.hotlist.sheets.export;

import dev.hotlist.domain.Progress;
import java.io.IOException;
import java.io.OutputStream;

/** Writes an export to a stream. {@link Exporters} gives it a temporary file and moves it into place. */
public sealed interface SheetExporter permits XlsxExporter, CsvExporter {
    /**
     * Writes every row of {@code request} to {@code out} (left open), reporting progress in rows and stopping with a
     * {@link java.util.concurrent.CancellationException} when {@code progress} is cancelled.
     *
     * @return the number of lead rows written
     */
    int write(ExportRequest request, OutputStream out, Progress progress) throws IOException;
}
