package dev.hotlist.sheets.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * UTF-8 text into a stream through a buffer of its own, for one thread: what POI's streaming sheet writer writes its
 * XML through (a few characters per call, several calls a cell). The JDK's {@code BufferedWriter} over an
 * {@code OutputStreamWriter} takes a lock and passes through the charset encoder on every call, which was a fifth of
 * an export's samples. An unpaired surrogate becomes {@code ?}, as the JDK's encoder writes it.
 */
final class Utf8Writer extends Writer {
    private static final int SIZE = 1 << 16;
    private final OutputStream out;
    private final byte[] buf = new byte[SIZE];
    private int n;
    /** A high surrogate waiting for its low half (written by separate calls), else 0. */
    private char high;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            put(s.charAt(i));
        }
    }

    private void put(char c) throws IOException {
        if (n > SIZE - 4) {
            drain();
        }
        if (c < 0x80 && high == 0) {
            buf[n++] = (byte) c;
        } else {
            putWide(c);
        }
    }

    private void putWide(char c) {
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[n++] = (byte) (0xF0 | cp >> 18);
                buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buf[n++] = '?'; // with c's own bytes at most four, which put() left room for
        }
        if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[n++] = '?';
        } else if (c < 0x80) {
            buf[n++] = (byte) c;
        } else if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | c >> 6);
            buf[n++] = (byte) (0x80 | c & 0x3F);
        } else {
            buf[n++] = (byte) (0xE0 | c >> 12);
            buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[n++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            if (high != 0) {
                high = 0;
                if (n == SIZE) {
                    drain();
                }
                buf[n++] = '?';
            }
            drain();
        } finally {
            out.close();
        }
    }
}
