package dev.hotlist.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * One pass over a whole text file's bytes (a byte loop, no decoding, flat memory) that decides its encoding and
 * notices binary data anywhere in it:
 * <ul>
 *   <li><b>UTF-8</b> when nothing is malformed as UTF-8, or at least as many sequences are well formed as malformed
 *       (a UTF-8 file with a stray Latin-1 "é" is still UTF-8; GBK read as UTF-8 is mostly malformed).</li>
 *   <li>Else <b>Windows-1252</b> when most runs of non-ASCII bytes are one byte long: Western text has an accented
 *       letter here and there ("José Álvarez", "Jörg Müller", "1.234,56 €"), Chinese text runs of two bytes a
 *       character.</li>
 *   <li>Else <b>Big5</b> (as Windows writes it, code page 950) when a fair share of the double-byte characters
 *       have a second byte in the ASCII range 0x40–0x7E, which Big5 uses for about two in five characters and
 *       GB2312's characters never; else <b>GB18030</b>, the superset of GBK.</li>
 *   <li><b>Binary</b>: a 64 KB stretch, anywhere, of which more than one byte in twenty is a control character
 *       (NUL, ESC…) is not text: a file whose head is a sheet and whose tail is random bytes is refused, not read
 *       into thousands of junk leads.</li>
 * </ul>
 */
final class TextSniff {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset BIG5 = Charset.isSupported("x-windows-950") ? Charset.forName("x-windows-950")
            : Charset.forName("Big5");
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int CHUNK = 1 << 16;
    /** A stretch with more control bytes than 1 in this many is binary. */
    private static final int CONTROL_SHARE = 20;

    private long valid;
    private long invalid;
    private long singleRuns;
    private long longerRuns;
    private long pairs;
    private long asciiTrailPairs;
    /** Where binary data starts (the offset of its 64 KB stretch); -1 when the whole file is text. */
    private long binaryAt = -1;

    /** Reads {@code in} to the end, or to the first binary stretch; {@code utf16} skips the binary check. */
    static TextSniff of(InputStream in, boolean utf16) throws IOException {
        TextSniff t = new TextSniff();
        byte[] buf = new byte[CHUNK];
        long offset = 0;
        int kept = 0;
        while (true) {
            int n = in.readNBytes(buf, kept, buf.length - kept);
            int end = kept + n;
            if (end == 0) {
                return t;
            }
            if (!utf16 && t.isBinary(buf, kept, end)) {
                t.binaryAt = offset + kept;
                return t;
            }
            // readNBytes fills the buffer unless the file has ended
            boolean last = end < buf.length;
            int cut = t.scan(buf, end, last);
            offset += cut;
            kept = end - cut;
            System.arraycopy(buf, cut, buf, 0, kept);
            if (last) {
                return t;
            }
        }
    }

    /** Whether {@code buf[from, end)} (a stretch just read) holds too many control bytes to be text. */
    private boolean isBinary(byte[] buf, int from, int end) {
        int controls = 0;
        for (int i = from; i < end; i++) {
            byte b = buf[i];
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                controls++;
            }
        }
        return end - from >= 4096 && controls * CONTROL_SHARE > end - from;
    }

    /**
     * Tallies {@code buf[0, end)}; returns where a run of non-ASCII bytes cut by the end of the buffer starts, to be
     * read with the next one (end when none is, or when {@code last}).
     */
    private int scan(byte[] buf, int end, boolean last) {
        int i = 0;
        while (i < end) {
            // Plain ASCII, most of a lead sheet, eight bytes at a time.
            while (i + 8 <= end && ((long) LONGS.get(buf, i) & 0x8080808080808080L) == 0) {
                i += 8;
            }
            if (i >= end) {
                break;
            }
            if (buf[i] >= 0) {
                i++;
                continue;
            }
            int run = i;
            while (run < end && buf[run] < 0) {
                run++;
            }
            if (run == end && !last) {
                if (i > 0) {
                    return i; // the run may go on in the next chunk
                }
                // a run as long as the buffer: read it up to the sequence the buffer's end may cut
                int cut = end;
                for (int k = end - 1; k >= end - 3; k--) {
                    if ((buf[k] & 0xC0) == 0xC0) {
                        cut = k;
                        break;
                    }
                }
                runs(buf, i, cut, cut);
                utf8(buf, i, cut);
                return cut;
            }
            runs(buf, i, run, end);
            utf8(buf, i, run);
            i = run;
        }
        return end;
    }

    /** Run lengths and double-byte pairing of the non-ASCII bytes {@code buf[from, to)}. */
    private void runs(byte[] buf, int from, int to, int end) {
        int length = to - from;
        if (length == 1) {
            singleRuns++;
        } else {
            longerRuns++;
        }
        pairs += length / 2;
        if (length % 2 == 1 && to < end && buf[to] >= 0x40 && buf[to] <= 0x7E) {
            pairs++;
            asciiTrailPairs++;
        }
    }

    /** Well-formed and malformed UTF-8 sequences in the run (a sequence never continues into ASCII). */
    private void utf8(byte[] buf, int from, int to) {
        int i = from;
        while (i < to) {
            int b = buf[i] & 0xFF;
            int len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
            if (len == 0 || i + len > to) {
                invalid++;
                i++;
                continue;
            }
            int k = 1;
            while (k < len && (buf[i + k] & 0xC0) == 0x80) {
                k++;
            }
            if (k == len) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
    }

    boolean isUtf8() {
        return invalid == 0 || valid >= invalid;
    }

    /** The offset of the first binary stretch, or -1. */
    long binaryAt() {
        return binaryAt;
    }

    Charset charset() {
        if (isUtf8()) {
            return StandardCharsets.UTF_8;
        }
        if (singleRuns > longerRuns) {
            return WINDOWS_1252;
        }
        return asciiTrailPairs * 10 > pairs ? BIG5 : GB18030;
    }

    long valid() {
        return valid;
    }

    long invalid() {
        return invalid;
    }
}
