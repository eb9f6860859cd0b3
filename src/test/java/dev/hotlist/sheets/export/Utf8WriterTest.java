package dev.hotlist.sheets.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
    /** ASCII, Latin, CJK, emoji (surrogate pairs) and lone surrogates, past several buffers. */
    private static String text(Random random, int chars) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) {
            switch (random.nextInt(7)) {
                case 0 -> sb.append("<c r=\"A1\" s=\"3\"><v>12</v></c>");
                case 1 -> sb.append("Müller & Søn");
                case 2 -> sb.append("张伟 上海市");
                case 3 -> sb.appendCodePoint(0x1F600 + random.nextInt(50));
                case 4 -> sb.append(random.nextBoolean() ? '\uD83D' : '\uDE00');
                default -> sb.append((char) random.nextInt(0xD800));
            }
        }
        return sb.toString();
    }

    @Test
    void writesWhatTheJdksEncoderWritesHoweverTheTextIsSplitIntoCalls() throws Exception {
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            String s = text(random, 200_000);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
                jdk.write(s);
            }
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            char[] chars = s.toCharArray();
            try (Writer w = new Utf8Writer(actual)) {
                int i = 0;
                while (i < s.length()) {
                    int len = Math.min(s.length() - i, 1 + random.nextInt(40));
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            w.write(s.charAt(i));
                            len = 1;
                        }
                        case 1 -> w.write(s, i, len);
                        default -> w.write(chars, i, len);
                    }
                    i += len;
                }
            }
            assertThat(actual.toByteArray()).as("round %d", round).isEqualTo(expected.toByteArray());
        }
    }
}
