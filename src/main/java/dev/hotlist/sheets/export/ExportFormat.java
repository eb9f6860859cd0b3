package dev.hotlist.sheets.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file types an export can write, told apart by the file name's extension (any case). */
public enum ExportFormat {
    XLSX(".xlsx"),
    CSV(".csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The extension with its dot, lower case, e.g. {@code .xlsx}. */
    public String extension() {
        return extension;
    }

    /** The format a file name asks for; empty for any other extension. */
    public static Optional<ExportFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (lower.endsWith(f.extension) && lower.length() > f.extension.length()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    SheetExporter exporter() {
        return switch (this) {
            case XLSX -> new XlsxExporter();
            case CSV -> new CsvExporter();
        };
    }
}
