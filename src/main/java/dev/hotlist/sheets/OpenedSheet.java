package dev.hotlist.sheets;

import dev.hotlist.domain.ColumnMapping;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.UnusableFileException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** A sheet whose header is found: streams its data rows through a {@link LeadAssembler}. */
final class OpenedSheet implements LeadSheet {
    private final SheetSource source;
    private final int index;
    private final List<String> names;
    private final int headerRow;
    private final ColumnMapping mapping;
    private final SharedValues shared;
    /** Whether closing this sheet closes the file too (false when a {@link LeadWorkbook} owns the file). */
    private final boolean ownsSource;

    OpenedSheet(SheetSource source, int index, List<String> names, LeadSheets.HeaderRow header,
                SheetOptions options, boolean ownsSource) {
        this.source = source;
        this.ownsSource = ownsSource;
        this.index = index;
        this.names = List.copyOf(names);
        this.headerRow = header.rowNumber();
        this.mapping = ColumnMapper.map(header.cells(), header.below(), options.mappingOverrides());
        this.shared = SharedValues.of(mapping, header.below());
    }

    @Override
    public String sheetName() {
        return names.get(index);
    }

    @Override
    public List<String> sheetNames() {
        return names;
    }

    @Override
    public int headerRowNumber() {
        return headerRow;
    }

    @Override
    public ColumnMapping mapping() {
        return mapping;
    }

    @Override
    public SharedValues sharedValues() {
        return shared;
    }

    @Override
    public SheetSummary read(LocalDate asOf, Consumer<ParsedRow> sink, Progress progress)
            throws UnusableFileException {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(sink, "sink");
        Progress p = progress == null ? Progress.NONE : progress;
        LeadAssembler assembler = new LeadAssembler(mapping, asOf);
        int[] rows = {0};
        source.rows(index, MergedRegions.Mode.VERTICAL, row -> {
            if (row.rowNumber() > headerRow) {
                rows[0]++;
                sink.accept(assembler.toRow(row));
            }
            return true;
        }, p);
        p.checkCancelled();
        return new SheetSummary(rows[0], assembler.needScale());
    }

    @Override
    public List<ParsedRow> preview(LocalDate asOf, int rows) throws UnusableFileException {
        Objects.requireNonNull(asOf, "asOf");
        List<ParsedRow> out = new ArrayList<>();
        if (rows <= 0) {
            return out;
        }
        LeadAssembler assembler = new LeadAssembler(mapping, asOf);
        source.rows(index, MergedRegions.Mode.VERTICAL, row -> {
            if (row.rowNumber() > headerRow) {
                out.add(assembler.toRow(row));
            }
            return out.size() < rows;
        }, Progress.NONE);
        return out;
    }

    @Override
    public void close() {
        if (ownsSource) {
            source.close();
        }
    }
}
