package dev.hotlist.sheets;

import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens any lead sheet: finds its format from its content (not its name), picks the sheet, finds the header row
 * and maps the columns. Reading the rows is then {@link LeadSheet#read}'s job.
 */
public final class LeadSheets {
    /** How many non-blank rows from the top may hold the header (title rows and notes often come first). */
    static final int HEADER_SCAN_ROWS = 30;
    /** A header must name at least this many known columns. */
    static final int MIN_RECOGNISED = 2;
    private static final int TEXT_SNIFF = 8192;
    /** Cells kept per sample row beyond the header candidates. */
    static final int SAMPLE_WIDTH = 512;
    /** Sheet names listed in a message. */
    private static final int LISTED_SHEETS = 20;

    private LeadSheets() {
    }

    /**
     * Opens {@code file} for reading with {@code options}.
     *
     * @throws UnusableFileException when the file is empty, damaged, encrypted, not a spreadsheet, has no such
     *                               sheet, or no header row
     */
    public static LeadSheet open(Path file, SheetOptions options) throws UnusableFileException {
        Objects.requireNonNull(file, "file");
        SheetOptions opts = options == null ? SheetOptions.defaults() : options;
        SheetSource source = openSource(file);
        try {
            return select(source, opts, true);
        } catch (UnusableFileException | RuntimeException | Error e) {
            source.close();
            throw e;
        }
    }

    /** The sheet {@code options} ask for in an opened file; closing it closes the file when {@code owns}. */
    static LeadSheet select(SheetSource source, SheetOptions options, boolean owns) throws UnusableFileException {
        boolean csv = source instanceof CsvSource;
        List<SheetSource.SheetInfo> sheets = source.sheets();
        List<String> names = sheets.stream().map(SheetSource.SheetInfo::name).toList();
        if (sheets.isEmpty()) {
            throw new UnusableFileException("sheet.noData");
        }
        // A CSV has one sheet, so a sheet name (a habit from workbooks) is not held against it.
        if (options.sheetName() != null && !csv) {
            int index = indexOf(names, options.sheetName());
            if (index < 0) {
                throw new UnusableFileException("sheet.notFound", options.sheetName(), listed(names));
            }
            HeaderRow header = findHeader(source, index, options);
            if (header == null) {
                throw new UnusableFileException("sheet.noHeader", names.get(index));
            }
            return new OpenedSheet(source, index, names, header, options, owns);
        }
        String firstWithData = null;
        for (int i = 0; i < sheets.size(); i++) {
            if (!sheets.get(i).visible() && sheets.size() > 1) {
                continue;
            }
            HeaderRow header = findHeader(source, i, options);
            if (header != null) {
                return new OpenedSheet(source, i, names, header, options, owns);
            }
            if (firstWithData == null && hasData(source, i)) {
                firstWithData = names.get(i);
            }
        }
        if (firstWithData == null) {
            throw new UnusableFileException("sheet.noData");
        }
        throw new UnusableFileException("sheet.noHeader", firstWithData);
    }

    /** The sheet names for a message: the first {@link #LISTED_SHEETS}, then how many more. */
    private static String listed(List<String> names) {
        if (names.size() <= LISTED_SHEETS) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, LISTED_SHEETS)) + " … (+" + (names.size() - LISTED_SHEETS) + ")";
    }

    private static int indexOf(List<String> names, String wanted) {
        int index = names.indexOf(wanted);
        if (index >= 0) {
            return index;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).strip().equalsIgnoreCase(wanted.strip())) {
                return i;
            }
        }
        return -1;
    }

    /** The header row found in a sheet's first rows, with the rows read below it (for value-based mapping). */
    record HeaderRow(int rowNumber, List<String> cells, List<List<String>> below) {
        HeaderRow(int rowNumber, List<String> cells) {
            this(rowNumber, cells, List.of());
        }
    }

    /**
     * The row among the first {@link #HEADER_SCAN_ROWS} non-blank ones naming most known columns (at least 2), with
     * up to {@link ColumnChecks#SAMPLE_VALUES} rows below it, read in the same pass, for the mapping's value checks.
     * Rows past the header candidates keep only their first {@link #SAMPLE_WIDTH} cells: memory stays bounded
     * whatever width a file claims.
     */
    static HeaderRow findHeader(SheetSource source, int index, SheetOptions options) throws UnusableFileException {
        List<HeaderRow> candidates = new ArrayList<>();
        List<List<String>> later = new ArrayList<>();
        source.rows(index, MergedRegions.Mode.WHOLE_RANGE, row -> {
            boolean candidate = candidates.size() < HEADER_SCAN_ROWS;
            int width = candidate ? row.width() : Math.min(row.width(), SAMPLE_WIDTH);
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(row.text(c));
            }
            if (candidate) {
                candidates.add(new HeaderRow(row.rowNumber(), cells));
            } else {
                later.add(cells);
            }
            return later.size() < ColumnChecks.SAMPLE_VALUES;
        }, dev.hotlist.domain.Progress.NONE);
        int best = -1;
        int bestScore = MIN_RECOGNISED - 1;
        for (int i = 0; i < candidates.size(); i++) {
            int score = ColumnMapper.recognised(candidates.get(i).cells(), options.mappingOverrides());
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            return null;
        }
        List<List<String>> below = new ArrayList<>(candidates.subList(best + 1, candidates.size()).stream()
                .map(HeaderRow::cells).toList());
        below.addAll(later.subList(0, Math.min(later.size(), ColumnChecks.SAMPLE_VALUES - below.size())));
        return new HeaderRow(candidates.get(best).rowNumber(), candidates.get(best).cells(), below);
    }

    private static boolean hasData(SheetSource source, int index) throws UnusableFileException {
        boolean[] any = {false};
        source.rows(index, MergedRegions.Mode.VERTICAL, row -> {
            any[0] = true;
            return false;
        }, dev.hotlist.domain.Progress.NONE);
        return any[0];
    }

    /** Opens the reader that fits the file's content. */
    static SheetSource openSource(Path file) throws UnusableFileException {
        String fileName = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnusableFileException("file.notFound", fileName);
        }
        FileMagic magic;
        byte[] head;
        try {
            if (Files.size(file) == 0) {
                throw new UnusableFileException("file.empty", fileName);
            }
            try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
                magic = FileMagic.valueOf(in);
                head = in.readNBytes(TEXT_SNIFF);
            }
        } catch (IOException e) {
            throw new UnusableFileException(e, "file.unreadable", fileName);
        }
        return switch (magic) {
            case OOXML -> XlsxSource.open(file);
            case OLE2 -> openOle2(file);
            case BIFF2, BIFF3, BIFF4 -> throw new UnusableFileException("file.oldExcel");
            case UNKNOWN -> {
                if (hasWorkbookExtension(fileName) || !looksLikeText(head)) {
                    throw new UnusableFileException("file.notSpreadsheet");
                }
                yield CsvSource.open(file);
            }
            default -> throw new UnusableFileException("file.notSpreadsheet");
        };
    }

    private static SheetSource openOle2(Path file) throws UnusableFileException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new UnusableFileException(e, "file.corrupt");
        }
        DirectoryNode root = fs.getRoot();
        if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
            closeQuietly(fs);
            throw new UnusableFileException("file.encrypted");
        }
        for (String name : List.of("Workbook", "WORKBOOK", "workbook", "Book", "BOOK")) {
            if (root.hasEntry(name)) {
                return XlsSource.open(fs);
            }
        }
        closeQuietly(fs);
        throw new UnusableFileException("file.notSpreadsheet");
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // read-only
        }
    }

    private static boolean hasWorkbookExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")
                || lower.endsWith(".xltx") || lower.endsWith(".xlsb") || lower.endsWith(".ods");
    }

    /**
     * Text has few control bytes (a stray NUL or ESC in a CSV is junk to drop, not a reason to refuse it); UTF-16
     * with its byte order mark is text too.
     */
    private static boolean looksLikeText(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return true;
        }
        int controls = 0;
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                controls++;
            }
        }
        return controls <= Math.max(16, head.length / 20);
    }
}
