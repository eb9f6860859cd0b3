package dev.hotlist.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds the {@code <mergeCell ref="A1:C1"/>} elements of a sheet part by scanning its bytes, without parsing XML:
 * a fast first pass, because the merge list sits after all rows in the file. Tags may carry a namespace prefix.
 */
final class MergeScanner {
    private static final byte[] TAG = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_MERGES = 1_000_000;

    private MergeScanner() {
    }

    static void scan(InputStream in, List<MergedRegions.Range> out) throws IOException {
        byte[] buf = new byte[1 << 16];
        // keep the tail of the previous chunk so a tag cut between chunks is still seen
        int keep = 0;
        int n;
        while ((n = in.read(buf, keep, buf.length - keep)) > 0) {
            int end = keep + n;
            int consumed = scanChunk(buf, end, false, out);
            keep = end - consumed;
            System.arraycopy(buf, consumed, buf, 0, keep);
            if (out.size() >= MAX_MERGES) {
                return;
            }
        }
        scanChunk(buf, keep, true, out);
    }

    /** Scans buf[0, end) and returns how many leading bytes are done with. */
    private static int scanChunk(byte[] buf, int end, boolean last, List<MergedRegions.Range> out) {
        int i = 0;
        int limit = last ? end - TAG.length - 1 : end - 256;
        while (i < end) {
            if (buf[i] != 'm') {
                i++;
                continue;
            }
            if (i > limit) {
                // a possible tag too near the end: look again with the next chunk, from the byte before it
                return last ? end : Math.max(0, i - 1);
            }
            if (matchesTag(buf, i)) {
                int close = indexOf(buf, (byte) '>', i, end);
                if (close < 0) {
                    return last ? end : Math.max(0, i - 1);
                }
                String ref = attribute(buf, i + TAG.length, close, "ref");
                if (ref != null) {
                    MergedRegions.Range range = MergedRegions.parseRef(ref);
                    if (range != null) {
                        out.add(range);
                    }
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        return end;
    }

    private static boolean matchesTag(byte[] buf, int i) {
        if (i == 0 || (buf[i - 1] != '<' && buf[i - 1] != ':')) {
            return false;
        }
        for (int k = 1; k < TAG.length; k++) {
            if (buf[i + k] != TAG[k]) {
                return false;
            }
        }
        byte after = buf[i + TAG.length];
        return after == ' ' || after == '\t' || after == '\n' || after == '\r';
    }

    private static int indexOf(byte[] buf, byte b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String attribute(byte[] buf, int from, int to, String name) {
        String tag = new String(buf, from, to - from, StandardCharsets.US_ASCII);
        int at = 0;
        while ((at = tag.indexOf(name, at)) >= 0) {
            int eq = at + name.length();
            boolean boundary = at == 0 || Character.isWhitespace(tag.charAt(at - 1));
            if (boundary && eq + 1 < tag.length() && tag.charAt(eq) == '=') {
                char quote = tag.charAt(eq + 1);
                int close = tag.indexOf(quote, eq + 2);
                if (close > 0) {
                    return tag.substring(eq + 2, close);
                }
            }
            at = eq;
        }
        return null;
    }
}
