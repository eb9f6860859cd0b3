package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The keyword matcher the need and buying-time parsers read notes with, built here from fresh tables: the parsers'
 * own tables are built once per JVM, so these tests are what checks the table's construction (PIT mutates it after
 * the parsers' tables exist).
 */
class KeywordTableTest {

    /** Each hit as "word=value" (the word as written in the text, a stem extended to its word's end). */
    private static <T> List<String> hits(KeywordTable<T> table, String text) {
        KeywordTable.Hits hits = new KeywordTable.Hits();
        table.scan(text, hits);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            found.add(table.found(text, hits, i) + "=" + table.value(hits.keyword(i)) + "@" + hits.start(i) + "-"
                    + hits.end(i));
        }
        return found;
    }

    private static KeywordTable<String> table(String... keywordsAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keywordsAndValues.length; i += 2) {
            m.put(keywordsAndValues[i], keywordsAndValues[i + 1]);
        }
        return new KeywordTable<>(m);
    }

    @Test
    void findsKeywordsWhateverTheirCaseOrTheText() {
        KeywordTable<String> t = table("No Budget", "none", "URGENT", "hot");
        assertThat(hits(t, "urgent: NO BUDGET yet")).containsExactly("urgent=hot@0-6", "no budget=none@8-17");
        assertThat(hits(t, "Urgent")).containsExactly("urgent=hot@0-6");
        assertThat(t.keyword(0)).isEqualTo("no budget");
    }

    @Test
    void aLatinKeywordStandsAsAWholeWordAtEitherEdge() {
        KeywordTable<String> t = table("down", "d");
        assertThat(hits(t, "download")).isEmpty();
        assertThat(hits(t, "sundown")).isEmpty();
        for (String letter : List.of("a", "z", "A", "Z")) {
            assertThat(hits(t, letter + "down")).as(letter + " before").isEmpty();
            assertThat(hits(t, "down" + letter)).as(letter + " after").isEmpty();
        }
        // the characters just outside a-z and A-Z, and digits, end a word
        for (String other : List.of("`", "{", "@", "[", "1", " ", "-")) {
            assertThat(hits(t, other + "down" + other)).as(other).containsExactly("down=d@1-5");
        }
        assertThat(hits(t, "down")).containsExactly("down=d@0-4");
    }

    @Test
    void aKeywordEndingInADigitIsNotInsideALongerNumber() {
        KeywordTable<String> t = table("q1", "first", "q0", "zero", "q9", "nine");
        assertThat(hits(t, "q12")).isEmpty();
        assertThat(hits(t, "q10")).isEmpty();
        assertThat(hits(t, "q19")).isEmpty();
        assertThat(hits(t, "q00 q99")).isEmpty();
        assertThat(hits(t, "q1x")).containsExactly("q1=first@0-2");
        assertThat(hits(t, "q1/ q0: q9")).containsExactly("q1=first@0-2", "q0=zero@4-6", "q9=nine@8-10");
    }

    @Test
    void aStemFindsItsLongerWordsAndSaysTheWholeWord() {
        KeywordTable<String> t = table("complain*", "angry", "deal", "d");
        assertThat(hits(t, "Complaints about the deal")).containsExactly("complaints=angry@0-8", "deal=d@21-25");
        assertThat(hits(t, "complain.")).containsExactly("complain=angry@0-8");
        assertThat(hits(t, "dealer")).isEmpty();
        assertThat(hits(t, "precomplain")).as("a stem still starts a word").isEmpty();
    }

    @Test
    void theFirstOfDuplicateKeywordsWinsAndEmptyOnesAreIgnored() {
        KeywordTable<String> t = table("Fast", "first", "FAST", "second", "", "empty", "*", "empty stem", "fast*",
                "third");
        assertThat(hits(t, "fast")).containsExactly("fast=first@0-4");
        assertThat(hits(t, "faster")).as("the first spelling was not a stem").isEmpty();
        assertThat(hits(t, "   ")).isEmpty();
    }

    @Test
    void chineseKeywordsMatchAnywhereAndTheLongerOverlapWins() {
        KeywordTable<String> t = table("急", "urgent", "不急", "calm", "budget", "b", "no budget", "nb");
        assertThat(hits(t, "客户不急的")).containsExactly("不急=calm@2-4");
        assertThat(hits(t, "很急xyz")).containsExactly("急=urgent@1-2");
        assertThat(hits(t, "no budget, budget")).containsExactly("no budget=nb@0-9", "budget=b@11-17");
        // a keyword from U+0080 on matches even inside a word; one starting in ASCII must start a word
        KeywordTable<String> wide = table("\u0080x", "wide", "\u007fx", "ascii");
        assertThat(hits(wide, "a\u0080x")).containsExactly("\u0080x=wide@1-3");
        assertThat(hits(wide, "a\u007fx")).isEmpty();
    }

    @Test
    void adjacentHitsAreAllKeptHoweverMany() {
        KeywordTable<String> t = table("急", "u");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add("急=u@" + i + "-" + (i + 1));
        }
        assertThat(hits(t, "急".repeat(20))).containsExactlyElementsOf(expected);
    }

    /** The automaton's failure links: after a partial match it falls back to the longest suffix still matching. */
    @Test
    void overlappingKeywordsAreFoundThroughTheFailureLinks() {
        // "he", "she", "his", "hers" of the classic example, in characters that match anywhere
        KeywordTable<String> t = table("甲乙", "he", "丙甲乙", "she", "甲丁", "his", "甲乙戊丙", "hers", "乙戊", "x");
        assertThat(hits(t, "己丙甲乙戊丙")).containsExactly("甲乙戊丙=hers@2-6");
        assertThat(hits(t, "丙甲乙己")).containsExactly("丙甲乙=she@0-3");
        assertThat(hits(t, "丙甲丁")).containsExactly("甲丁=his@1-3");
        // 乙戊 overlaps 甲乙 and is as long: the later one stays
        assertThat(hits(t, "甲甲乙戊")).containsExactly("乙戊=x@2-4");
    }
}
