package dev.hotlist.cli;

/**
 * Pads and clips text to a width in terminal columns, where a Chinese character (or any wide East Asian
 * character) takes two columns, so tables with Chinese names stay aligned.
 */
final class TextColumns {
    private TextColumns() {
    }

    /** {@code text} clipped (with "…") and padded with spaces to exactly {@code width} columns. */
    static String fit(String text, int width) {
        int total = text.codePoints().map(TextColumns::width).sum();
        StringBuilder sb = new StringBuilder(width + 2);
        int used = 0;
        if (total <= width) {
            sb.append(text);
            used = total;
        } else {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (used + width(cp) > width - 1) {
                    break;
                }
                sb.appendCodePoint(cp);
                used += width(cp);
                i += Character.charCount(cp);
            }
            sb.append('…');
            used++;
        }
        return sb.append(" ".repeat(Math.max(0, width - used))).toString();
    }

    /** Columns a code point takes: 2 for wide East Asian characters, 0 for control and combining ones. */
    static int width(int cp) {
        if (cp < 0x20 || Character.getType(cp) == Character.NON_SPACING_MARK) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
