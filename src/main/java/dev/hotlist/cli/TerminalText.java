package dev.hotlist.cli;

/**
 * Cell text made safe to print on a terminal: control characters (C0, DEL, C1: escape sequences can move the
 * cursor, retitle the window or hide text) and the invisible characters that reorder text (bidirectional overrides,
 * embeddings, isolates and marks, U+202E, U+2066…) are shown as {@code <U+202E>}, so a name cannot rewrite what is
 * printed around it. Line and paragraph separators too: each lead is one line.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                sb.append(String.format("<U+%04X>", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
