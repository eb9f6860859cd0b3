package dev.hotlist.sheets;

import dev.hotlist.domain.ColumnMapping;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.UnusableFileException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** An opened sheet whose header has been found and whose columns are mapped. Read it once, then close it. */
public interface LeadSheet extends AutoCloseable {
    /** The sheet's name ("Sheet1"; the file name for CSV). */
    String sheetName();

    /** Every sheet in the workbook, in order (one entry for CSV). */
    List<String> sheetNames();

    /** The header row's number as the spreadsheet shows it (1-based). */
    int headerRowNumber();

    ColumnMapping mapping();

    /** The emails and phones the sheet's first rows show on several different people: no match keys for it. */
    SharedValues sharedValues();

    /**
     * Streams every data row below the header to {@code sink}, in order, with words such as "tomorrow"
     * resolved against {@code asOf}. Calls {@link Progress#checkCancelled()} often.
     */
    SheetSummary read(LocalDate asOf, Consumer<ParsedRow> sink, Progress progress) throws UnusableFileException;

    /** The first {@code rows} data rows, parsed, for a mapping preview. */
    List<ParsedRow> preview(LocalDate asOf, int rows) throws UnusableFileException;

    @Override
    void close();
}
