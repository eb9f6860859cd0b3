package dev.hotlist.sheets;

import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An opened lead file (workbook or CSV) from which sheets are picked: the costly part of opening (the zip, the
 * shared strings, the format sniffing) is done once, however many times a sheet is looked for in it, say with
 * each saved column mapping. Sheets taken from it leave it open; close the workbook when done.
 */
public final class LeadWorkbook implements AutoCloseable {
    private final SheetSource source;
    private final String fileName;

    private LeadWorkbook(SheetSource source, String fileName) {
        this.source = source;
        this.fileName = fileName;
    }

    /**
     * Opens {@code file}.
     *
     * @throws UnusableFileException when the file is missing, empty, damaged, encrypted or not a spreadsheet
     */
    public static LeadWorkbook open(Path file) throws UnusableFileException {
        Objects.requireNonNull(file, "file");
        return new LeadWorkbook(LeadSheets.openSource(file), String.valueOf(file.getFileName()));
    }

    /** The file's name, without its folder. */
    public String fileName() {
        return fileName;
    }

    /**
     * The sheet {@code options} name (else the first visible one with a header), its header found and its columns
     * mapped. Closing the sheet leaves this workbook open.
     *
     * @throws UnusableFileException when there is no such sheet, or no header row
     */
    public LeadSheet sheet(SheetOptions options) throws UnusableFileException {
        return LeadSheets.select(source, options == null ? SheetOptions.defaults() : options, false);
    }

    @Override
    public void close() {
        source.close();
    }
}
