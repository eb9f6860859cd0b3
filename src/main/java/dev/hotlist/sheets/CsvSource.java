package dev.hotlist.sheets;

import dev.hotlist.domain.Progress;
import dev.hotlist.domain.UnusableFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a delimited text file through Commons CSV. The encoding is UTF-8 or UTF-16 by a byte order mark; without
 * one, a pass over the whole file ({@link TextSniff}: a byte loop, no decoding, flat memory) tells UTF-8 from
 * Windows-1252, Big5 and GB18030 (the superset of GBK), so rows far down a file that starts in plain ASCII are read
 * right, and refuses a file with binary data anywhere in it. The delimiter (comma, semicolon, tab or bar) is found
 * from the first 64 KB. Malformed bytes become replacement characters; an unterminated quote never swallows the rows
 * after it ({@link QuoteGuard}); a record longer than {@link BoundedRecordReader#MAX_RECORD} characters is cut, so
 * one 50 MB line costs bounded memory.
 */
final class CsvSource implements SheetSource {
    private static final int SAMPLE = 64 * 1024;

    private final Path file;
    private final String name;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;

    private CsvSource(Path file, Charset charset, int bomLength, char delimiter) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.charset = charset;
        this.bomLength = bomLength;
        this.delimiter = delimiter;
    }

    static CsvSource open(Path file) throws UnusableFileException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        } catch (IOException e) {
            throw new UnusableFileException(e, "file.unreadable", file.getFileName());
        }
        Charset charset = null;
        int bom = 0;
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(sample, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(sample, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        }
        TextSniff sniff;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            skip(in, bom);
            sniff = TextSniff.of(in, charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE);
        } catch (IOException e) {
            throw new UnusableFileException(e, "file.unreadable", file.getFileName());
        }
        if (sniff.binaryAt() >= 0) {
            throw new UnusableFileException("file.binaryTail", file.getFileName(), sniff.binaryAt() / 1024);
        }
        if (bom == 0) {
            charset = sniff.charset();
        }
        String text = new String(sample, bom, sample.length - bom, charset);
        return new CsvSource(file, charset, bom, detectDelimiter(text));
    }

    Charset charset() {
        return charset;
    }

    char delimiter() {
        return delimiter;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The delimiter whose count per line is the most consistent over the first 30 lines: the one with most lines
     * sharing the same non-zero count, then the higher count. Comma when nothing is found.
     */
    static char detectDelimiter(String sample) {
        // Excel's own hint on the first line: "sep=;"
        if (sample.length() >= 5 && sample.regionMatches(true, 0, "sep=", 0, 4)
                && (sample.length() == 5 || sample.charAt(5) == '\r' || sample.charAt(5) == '\n')) {
            return sample.charAt(4);
        }
        char[] candidates = {',', ';', '\t', '|'};
        String[] lines = sample.split("\r\n|\n|\r", 31);
        int lineCount = Math.min(lines.length, 30);
        char best = ',';
        int bestLines = 0;
        int bestCount = 0;
        for (char d : candidates) {
            int[] counts = new int[lineCount];
            for (int l = 0; l < lineCount; l++) {
                counts[l] = countOutsideQuotes(lines[l], d);
            }
            java.util.Map<Integer, Integer> freq = new java.util.HashMap<>();
            for (int c : counts) {
                if (c > 0) {
                    freq.merge(c, 1, Integer::sum);
                }
            }
            for (var e : freq.entrySet()) {
                int linesWith = e.getValue();
                int count = e.getKey();
                if (linesWith > bestLines || (linesWith == bestLines && count > bestCount)) {
                    best = d;
                    bestLines = linesWith;
                    bestCount = count;
                }
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.of(new SheetInfo(name, true));
    }

    @Override
    public void rows(int index, MergedRegions.Mode mode, RowVisitor visitor, Progress progress)
            throws UnusableFileException {
        long total;
        try {
            total = Files.size(file);
        } catch (IOException e) {
            total = -1;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setLenientEof(true)
                .setTrailingData(true)
                .setAllowMissingColumnNames(true)
                .get();
        RowBuffer buffer = new RowBuffer();
        try (CountingStream counting = new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
             Reader reader = new BoundedRecordReader(new QuoteGuard(new InputStreamReader(skip(counting, bomLength),
                     decoder()), delimiter), delimiter);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            int seen = 0;
            for (CSVRecord record : parser) {
                if ((++seen & 511) == 0) {
                    progress.checkCancelled();
                    progress.update(counting.count, total);
                }
                buffer.reset((int) Math.min(Integer.MAX_VALUE, record.getRecordNumber()));
                for (int c = 0, n = Math.min(record.size(), RowBuffer.MAX_COLUMNS); c < n; c++) {
                    buffer.setText(c, CellText.clean(unescapeFormulaGuard(record.get(c))));
                }
                if (buffer.isBlank()) {
                    continue;
                }
                if (!visitor.row(buffer)) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UnusableFileException(e, "file.unreadable", name);
        }
    }

    private CharsetDecoder decoder() {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private static InputStream skip(InputStream in, int n) throws IOException {
        in.skipNBytes(n);
        return in;
    }

    /**
     * Undoes the OWASP CSV-injection guard: a value exported as {@code '+44 20…} or {@code '=SUM…} (a quote
     * before a character a spreadsheet would read as a formula) reads back as the text it was; so do the ways
     * exports keep long numbers as text ({@code '13512345678}, {@code ="13512345678"}).
     */
    static String unescapeFormulaGuard(String value) {
        int n = value.length();
        if (n >= 2 && value.charAt(0) == '\'' && ("=+-@\t\r".indexOf(value.charAt(1)) >= 0
                || Character.isDigit(value.charAt(1)))) {
            // also '13512345678: the apostrophe order exports put before long numbers to keep them text
            return value.substring(1);
        }
        if (n >= 3 && value.startsWith("=\"") && value.charAt(n - 1) == '"' && value.indexOf('"', 2) == n - 1) {
            // ="0571-8888": Excel's way of writing a number as text into a CSV
            return value.substring(2, n - 1);
        }
        return value;
    }

    @Override
    public void close() {
        // each pass opens and closes its own stream
    }

    /**
     * Follows CSV quoting as Commons CSV reads it and cuts any record longer than {@link #MAX_RECORD} characters:
     * the rest of that record is dropped up to the next line break (an open quote is closed first), so a 50 MB
     * line or an unterminated quote never builds a 50 MB string.
     */
    static final class BoundedRecordReader extends Reader {
        static final int MAX_RECORD = 4 * 1024 * 1024;
        private static final int FIELD_START = 0;
        private static final int UNQUOTED = 1;
        private static final int QUOTED = 2;
        private static final int QUOTE_IN_QUOTED = 3;

        private final Reader in;
        private final char delimiter;
        private final char[] buf = new char[1 << 14];
        private int state = FIELD_START;
        private long recordLength;
        private boolean skipping;

        BoundedRecordReader(Reader in, char delimiter) {
            this.in = in;
            this.delimiter = delimiter;
        }

        @Override
        public int read(char[] out, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int written = 0;
            while (written == 0) {
                int want = Math.min(buf.length, len);
                int n = in.read(buf, 0, want);
                if (n < 0) {
                    return -1;
                }
                for (int i = 0; i < n; i++) {
                    char c = buf[i];
                    boolean lineBreak = c == '\n' || c == '\r';
                    if (skipping) {
                        if (lineBreak) {
                            skipping = false;
                            state = FIELD_START;
                            recordLength = 0;
                            out[off + written++] = c;
                        }
                        continue;
                    }
                    advance(c, lineBreak);
                    if (++recordLength > MAX_RECORD) {
                        skipping = true;
                        if (state == QUOTED) {
                            out[off + written++] = '"';
                        }
                        continue;
                    }
                    out[off + written++] = c;
                }
            }
            return written;
        }

        private void advance(char c, boolean lineBreak) {
            switch (state) {
                case FIELD_START, UNQUOTED -> {
                    if (c == '"' && state == FIELD_START) {
                        state = QUOTED;
                    } else if (c == delimiter) {
                        state = FIELD_START;
                    } else if (lineBreak) {
                        state = FIELD_START;
                        recordLength = 0;
                    } else {
                        state = UNQUOTED;
                    }
                }
                case QUOTED -> {
                    if (c == '"') {
                        state = QUOTE_IN_QUOTED;
                    }
                }
                default -> {
                    if (c == '"') {
                        state = QUOTED;
                    } else if (c == delimiter) {
                        state = FIELD_START;
                    } else if (lineBreak) {
                        state = FIELD_START;
                        recordLength = 0;
                    } else {
                        state = UNQUOTED;
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
