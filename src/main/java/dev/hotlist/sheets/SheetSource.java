package dev.hotlist.sheets;

import dev.hotlist.domain.Progress;
import dev.hotlist.domain.UnusableFileException;
import java.util.List;

/**
 * One opened file of any format, streaming the non-blank rows of one of its sheets. Implementations: {@link
 * XlsxSource} (streaming SAX), {@link XlsSource} (HSSF usermodel), {@link CsvSource} (Commons CSV).
 */
interface SheetSource extends AutoCloseable {
    /** A sheet of the workbook. */
    record SheetInfo(String name, boolean visible) {
    }

    /** Receives rows; the buffer is reused, so copy what must outlive the call. Returns false to stop early. */
    @FunctionalInterface
    interface RowVisitor {
        boolean row(RowBuffer row);
    }

    List<SheetInfo> sheets();

    /**
     * Streams the non-blank rows of sheet {@code index} in order with merged cells applied as {@code mode} says.
     * Calls {@link Progress#checkCancelled()} every few hundred rows (blank ones included) and reports progress.
     */
    void rows(int index, MergedRegions.Mode mode, RowVisitor visitor, Progress progress) throws UnusableFileException;

    @Override
    void close();
}
