package dev.hotlist.sheets;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Watches the bytes of a workbook's XML part on their way to the parser and stops the read as soon as one token grows
 * past {@link #MAX_TOKEN_BYTES}: a text node, an element or attribute name, an attribute value, CDATA, a comment or a
 * processing instruction. Aalto (like most parsers) buffers each token whole before handing it on, so without this a
 * 3 MB file holding one 200 MB attribute exhausts the heap. A document type declaration is refused at once: OOXML
 * forbids it, and it is how XML entity attacks begin.
 *
 * <p>Outside CDATA, comments and processing instructions a raw {@code <} can only start markup (it is not allowed in
 * text or in attribute values), so no token is longer than the distance between two {@code <}; inside those three,
 * the guard counts up to their terminator. Only {@code <!} and {@code <?} start them, so the bulk of a sheet is
 * searched eight bytes at a time for {@code !} and {@code ?}: the guard costs a few percent of the parser's time.
 */
final class XmlTokenGuard extends FilterInputStream {
    /**
     * No legitimate token comes near this: Excel caps a cell at 32,767 characters, which is under 330 KB even with
     * every character written as a character reference.
     */
    static final int MAX_TOKEN_BYTES = 1 << 20;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long BANGS = 0x2121212121212121L;
    private static final long QUESTIONS = 0x3F3F3F3F3F3F3F3FL;

    private enum State { MARKUP, AFTER_LT, BANG, SPECIAL }

    private final String part;
    private final int limit;
    private State state = State.MARKUP;
    /** Bytes since the last {@code <} (in MARKUP), or since the start of the CDATA, comment or PI (in SPECIAL). */
    private long run;
    /** The bytes after {@code <!} seen so far, to tell a comment, CDATA or DOCTYPE apart. */
    private final byte[] bang = new byte[7];
    private int bangLength;
    private byte repeated;
    private int need;
    private int seen;

    XmlTokenGuard(InputStream in, String part) {
        this(in, part, MAX_TOKEN_BYTES);
    }

    XmlTokenGuard(InputStream in, String part, int limit) {
        super(in);
        this.part = part;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            watch(b, off, off + n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes would go unwatched; parsers do not skip, so read them instead
        byte[] buf = new byte[(int) Math.min(n, 8192)];
        int r = read(buf, 0, buf.length);
        return Math.max(r, 0);
    }

    private void watch(byte[] b, int from, int end) throws XmlLimitException {
        int i = from;
        while (i < end) {
            i = switch (state) {
                case MARKUP -> markup(b, i, end);
                case AFTER_LT -> afterLt(b[i], i + 1);
                case BANG -> bang(b[i], i + 1);
                default -> special(b, i, end);
            };
        }
    }

    /**
     * Text and ordinary tags, the bulk of a sheet: only {@code <!} and {@code <?} need a closer look, so the chunk is
     * searched for {@code !} and {@code ?} eight bytes at a time, and the run since the last {@code <} is measured at
     * the chunk's two ends (a gap inside a chunk is shorter than the chunk). Returns where it stopped.
     */
    private int markup(byte[] b, int i, int end) throws XmlLimitException {
        int first = i;
        while (first < end && b[first] != '<') {
            first++;
        }
        count(first - i);
        if (first == end) {
            return end;
        }
        if (end - first > limit) {
            return slowMarkup(b, first, end);
        }
        for (int k = findMark(b, first + 1, end); k < end; k = findMark(b, k + 1, end)) {
            if (b[k - 1] == '<') {
                run = 1;
                return afterLt(b[k], k + 1);
            }
        }
        int last = end - 1;
        while (b[last] != '<') {
            last--;
        }
        if (last == end - 1) {
            run = 0;
            state = State.AFTER_LT; // what follows decides, in the next chunk
        } else {
            run = end - 1 - last;
        }
        return end;
    }

    /** A chunk longer than the cap: every gap between two {@code <} is measured. */
    private int slowMarkup(byte[] b, int lt, int end) throws XmlLimitException {
        run = 0;
        int j = lt + 1;
        if (j == end) {
            state = State.AFTER_LT;
            return end;
        }
        byte next = b[j];
        if (next == '!' || next == '?') {
            run = 1;
            return afterLt(next, j + 1);
        }
        int gap = j;
        while (gap < end && b[gap] != '<') {
            gap++;
        }
        count(gap - j);
        if (gap < end) {
            run = 0;
            return gap;
        }
        return end;
    }

    /** The first {@code !} or {@code ?} in {@code b[from, end)}, or {@code end}. */
    private static int findMark(byte[] b, int from, int end) {
        int j = from;
        for (; j + 8 <= end; j += 8) {
            long w = (long) LONGS.get(b, j);
            if (hasByte(w ^ BANGS) || hasByte(w ^ QUESTIONS)) {
                break;
            }
        }
        for (; j < end; j++) {
            byte c = b[j];
            if (c == '!' || c == '?') {
                return j;
            }
        }
        return end;
    }

    /** Whether one of the eight bytes of {@code x} is zero. */
    private static boolean hasByte(long x) {
        return ((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0;
    }

    /** The byte after a {@code <}: a processing instruction, {@code <!…}, or a tag. */
    private int afterLt(byte c, int next) {
        if (c == '<') {
            run = 0; // "<<": the parser will complain; the last one starts the run
            state = State.AFTER_LT;
        } else if (c == '?') {
            run = 1;
            special((byte) '?', 1);
        } else if (c == '!') {
            run = 1;
            bangLength = 0;
            state = State.BANG;
        } else {
            run = 1;
            state = State.MARKUP;
        }
        return next;
    }

    /** A byte after {@code <!}: a comment, CDATA, a DOCTYPE, or something the parser will call malformed. */
    private int bang(byte c, int next) throws XmlLimitException {
        bang[bangLength++] = c;
        run++;
        if (startsBang("--")) {
            special((byte) '-', 2);
        } else if (startsBang("[CDATA[")) {
            special((byte) ']', 2);
        } else if (startsBang("DOCTYPE")) {
            throw new XmlLimitException("file.doctype", part);
        } else if (!couldBecome("--") && !couldBecome("[CDATA[") && !couldBecome("DOCTYPE")) {
            state = State.MARKUP;
        }
        return next;
    }

    /**
     * Enters CDATA, a comment or a PI, which end at {@code need} {@code repeated} bytes and a {@code >}: "]]>",
     * "-->", "?>".
     */
    private void special(byte repeated, int need) {
        this.repeated = repeated;
        this.need = need;
        seen = 0;
        state = State.SPECIAL;
    }

    /** Scans inside CDATA, a comment or a PI for its end; returns where it stopped. */
    private int special(byte[] b, int i, int end) throws XmlLimitException {
        int start = i;
        for (; i < end; i++) {
            byte c = b[i];
            if (c == repeated) {
                seen = Math.min(seen + 1, need); // "]]]>" ends CDATA too
            } else if (c == '>' && seen == need) {
                count(i + 1 - start);
                state = State.MARKUP;
                run = 0;
                return i + 1;
            } else {
                seen = 0;
            }
        }
        count(end - start);
        return end;
    }

    private void count(int bytes) throws XmlLimitException {
        run += bytes;
        if (run > limit) {
            throw new XmlLimitException("file.limit.token", part, limit >> 20);
        }
    }

    private boolean startsBang(String prefix) {
        if (bangLength < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (bang[k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean couldBecome(String prefix) {
        if (bangLength > prefix.length()) {
            return false;
        }
        for (int k = 0; k < bangLength; k++) {
            if (bang[k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
