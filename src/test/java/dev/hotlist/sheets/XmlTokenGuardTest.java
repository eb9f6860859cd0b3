package dev.hotlist.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte-level watch on XML tokens, fed in chunks of every size so tokens cut between reads are still seen. */
class XmlTokenGuardTest {
    private static final int LIMIT = 100;

    /** Reads all of {@code xml} through a guard with a limit of {@value #LIMIT}, {@code chunk} bytes at a time. */
    private static void readAll(String xml, int chunk) throws IOException {
        InputStream in = new XmlTokenGuard(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "p.xml",
                LIMIT);
        byte[] buf = new byte[chunk];
        Random random = new Random(chunk);
        while (in.read(buf, 0, 1 + random.nextInt(chunk)) >= 0) {
            // the guard watches as bytes pass
        }
    }

    private static String key(String xml, int chunk) {
        try {
            readAll(xml, chunk);
            return null;
        } catch (XmlLimitException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "chunks up to {0} bytes")
    @ValueSource(ints = {1, 2, 3, 7, 64, 4096})
    void tokensUpToTheLimitPassAndLongerOnesStop(int chunk) {
        // a run counts from the last "<": "<a>" and 98 bytes of text make 100
        String text = "x".repeat(LIMIT - 2);
        assertThat(key("<a>" + text + "</a><b c=\"" + "v".repeat(LIMIT - 10) + "\"/>", chunk)).isNull();
        assertThat(key("<a>" + text + "y</a>", chunk)).isEqualTo("file.limit.token");
        assertThat(key("<a b=\"" + text + "\"/>", chunk)).as("an attribute value").isEqualTo("file.limit.token");
        assertThat(key("<" + text + "/>", chunk)).as("a name at the limit").isNull();
        assertThat(key("<" + text + "x/>", chunk)).as("an element name").isEqualTo("file.limit.token");
    }

    @ParameterizedTest(name = "chunks up to {0} bytes")
    @ValueSource(ints = {1, 2, 3, 7, 64, 4096})
    void cdataCommentsAndInstructionsAreCountedToTheirEndWhateverTheyHold(int chunk) {
        String lts = "<".repeat(LIMIT); // a raw < inside them does not end them
        assertThat(key("<a><![CDATA[" + lts + "]]></a>", chunk)).isEqualTo("file.limit.token");
        assertThat(key("<a><!--" + lts + "--></a>", chunk)).isEqualTo("file.limit.token");
        assertThat(key("<?pi " + lts + "?><a/>", chunk)).isEqualTo("file.limit.token");
        String short50 = "<".repeat(50);
        // "]]]>" and "--->" end them too, and what follows is counted afresh
        String fine = "<a><![CDATA[" + short50 + "]]]><![CDATA[" + short50 + "]]></a><!--" + short50 + "--->"
                + "<?pi " + short50 + "??><b/>";
        assertThat(key(fine, chunk)).isNull();
    }

    @ParameterizedTest(name = "chunks up to {0} bytes")
    @ValueSource(ints = {1, 2, 3, 7, 64, 4096})
    void aDoctypeIsRefusedButTheWordInACommentOrCdataIsNot(int chunk) {
        assertThat(key("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"x\">]><a/>", chunk))
                .isEqualTo("file.doctype");
        assertThat(key("<a><!-- <!DOCTYPE a> --><![CDATA[<!DOCTYPE b>]]></a>", chunk)).isNull();
    }

    @ParameterizedTest(name = "chunks up to {0} bytes")
    @ValueSource(ints = {1, 5, 4096})
    void aRunSpreadOverManyReadsStillCounts(int chunk) {
        assertThatThrownBy(() -> readAll("<a>" + "é".repeat(LIMIT) + "</a>", chunk))
                .isInstanceOf(XmlLimitException.class);
    }

    /** The guard's rules byte by byte, slowly: the reference the fast, chunked guard must agree with. */
    private static String reference(String xml, int limit) {
        String state = "markup";
        int run = 0;
        StringBuilder bang = new StringBuilder();
        char repeated = 0;
        int need = 0;
        int seen = 0;
        for (char c : xml.toCharArray()) {
            switch (state) {
                case "markup" -> {
                    if (c == '<') {
                        run = 0;
                        state = "lt";
                    } else if (++run > limit) {
                        return "file.limit.token";
                    }
                }
                case "lt" -> {
                    if (c == '<') {
                        run = 0; // "<<": the last one counts
                        continue;
                    }
                    run = 1;
                    bang.setLength(0);
                    state = c == '?' ? "special" : c == '!' ? "bang" : "markup";
                    repeated = '?';
                    need = 1;
                    seen = 0;
                }
                case "bang" -> {
                    bang.append(c);
                    run++;
                    String b = bang.toString();
                    if (b.equals("--") || b.equals("[CDATA[")) {
                        repeated = b.charAt(0) == '-' ? '-' : ']';
                        need = 2;
                        seen = 0;
                        state = "special";
                    } else if (b.equals("DOCTYPE")) {
                        return "file.doctype";
                    } else if (!"--".startsWith(b) && !"[CDATA[".startsWith(b) && !"DOCTYPE".startsWith(b)) {
                        state = "markup";
                    }
                }
                default -> {
                    if (++run > limit) {
                        return "file.limit.token";
                    }
                    if (c == repeated) {
                        seen = Math.min(seen + 1, need);
                    } else if (c == '>' && seen == need) {
                        run = 0;
                        state = "markup";
                    } else {
                        seen = 0;
                    }
                }
            }
        }
        return null;
    }

    @org.junit.jupiter.api.Test
    void agreesWithTheByteByByteRulesOnRandomMarkup() {
        String alphabet = "<<<>>!!??--[]]CDATOYPEx ";
        Random random = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(120);
            for (int k = 0; k < length; k++) {
                sb.append(random.nextInt(6) == 0 ? "<![CDATA[" : random.nextInt(9) == 0 ? "<!--"
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String xml = sb.toString();
            int limit = 4 + random.nextInt(40);
            String expected = reference(xml, limit);
            for (int chunk : new int[] {1, 3, 9, 200}) {
                String got;
                try {
                    InputStream in = new XmlTokenGuard(new ByteArrayInputStream(xml.getBytes(StandardCharsets.US_ASCII)),
                            "p.xml", limit);
                    byte[] buf = new byte[chunk];
                    while (in.read(buf, 0, chunk) >= 0) {
                        // watching
                    }
                    got = null;
                } catch (XmlLimitException e) {
                    got = e.getMessage();
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                assertThat(got).as("%s (limit %d, chunks of %d)", xml, limit, chunk).isEqualTo(expected);
            }
        }
    }
}
