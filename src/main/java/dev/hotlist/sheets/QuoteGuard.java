package dev.hotlist.sheets;

import java.io.IOException;
import java.io.Reader;

/**
 * Keeps an unterminated quote from swallowing the rest of a CSV file. A field that opens with a quote is held back
 * until its closing quote; it is passed on as written when it closes properly (followed by a delimiter, a line break
 * or the end). When it never closes, spans more than {@link #MAX_LINES} line breaks or {@link #MAX_CHARS}
 * characters, or "closes" on a quote followed by more text after spanning lines (a stray quote further down), the
 * opening quote is taken for a stray character: it is dropped and what followed it is read again as plain fields, so
 * every later row still arrives.
 */
final class QuoteGuard extends Reader {
    static final int MAX_LINES = 1_000;
    static final int MAX_CHARS = 1 << 20;

    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[1 << 14];
    private int pos;
    private int end;
    /** Text to read again as plain fields after a quote was given up, before more input. */
    private CharSequence replay = "";
    private int replayPos;
    /** What was read and is ready to pass on. */
    private final StringBuilder ready = new StringBuilder();
    private int readyPos;
    /** The content of an open quoted field, without its opening quote. */
    private final StringBuilder held = new StringBuilder();
    private boolean quoted;
    private boolean quoteSeen;
    private int heldLines;
    private boolean fieldStart = true;
    private boolean eof;

    QuoteGuard(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (readyPos == ready.length()) {
            ready.setLength(0);
            readyPos = 0;
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, ready.length() - readyPos);
        ready.getChars(readyPos, readyPos + n, out, off);
        readyPos += n;
        return n;
    }

    /** Reads on until some text is ready to pass on; false at the end with nothing left. */
    private boolean fill() throws IOException {
        while (ready.length() < buf.length) {
            int c = next();
            if (c < 0) {
                if (quoted) {
                    giveUp();
                    continue;
                }
                return ready.length() > 0;
            }
            step((char) c);
        }
        return true;
    }

    private void step(char c) {
        boolean lineBreak = c == '\n' || c == '\r';
        if (!quoted) {
            if (c == '"' && fieldStart) {
                quoted = true;
                quoteSeen = false;
                heldLines = 0;
                held.setLength(0);
                return;
            }
            ready.append(c);
            fieldStart = c == delimiter || lineBreak;
            return;
        }
        if (quoteSeen) {
            if (c == '"') {
                // an escaped quote inside the field
                held.append("\"\"");
                quoteSeen = false;
                return;
            }
            if (c == delimiter || lineBreak || heldLines == 0) {
                closeField();
                step(c);
                return;
            }
            // a quote far down that seemed to close this field, followed by more text: the opening one was stray
            held.append('"').append(c);
            quoteSeen = false;
            giveUp();
            return;
        }
        if (c == '"') {
            quoteSeen = true;
            return;
        }
        held.append(c);
        if (c == '\n') {
            heldLines++;
        }
        if (heldLines > MAX_LINES || held.length() > MAX_CHARS) {
            giveUp();
        }
    }

    private void closeField() {
        ready.append('"').append(held).append('"');
        held.setLength(0);
        quoted = false;
        quoteSeen = false;
        fieldStart = false;
    }

    /** The opening quote was a stray one: drop it and read what followed it again as plain fields. */
    private void giveUp() {
        if (quoteSeen) {
            held.append('"');
        }
        String again = held.toString() + replay.subSequence(replayPos, replay.length());
        held.setLength(0);
        quoted = false;
        quoteSeen = false;
        fieldStart = false;
        replay = again;
        replayPos = 0;
    }

    private int next() throws IOException {
        if (replayPos < replay.length()) {
            return replay.charAt(replayPos++);
        }
        if (pos == end) {
            if (eof) {
                return -1;
            }
            end = in.read(buf, 0, buf.length);
            pos = 0;
            if (end <= 0) {
                end = 0;
                eof = true;
                return -1;
            }
        }
        return buf[pos++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
