package dev.hotlist.scoring.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * An encoder remembers the texts it has read: whatever the texts (many distinct ones, short numbers whose hashes sit
 * close together, equal texts in different strings, many threads at once), the bin it answers is always the one
 * reading the text afresh gives.
 */
class ColumnEncoderMemoTest {
    private static ColumnEncoder visits() {
        return new ColumnEncoder(LeadColumn.extra("Visits"), List.of(Bin.range(Double.NEGATIVE_INFINITY, 100),
                Bin.range(100, 5_000), Bin.range(5_000, Double.POSITIVE_INFINITY), Bin.blank(), Bin.other()));
    }

    /** The bin a fresh encoder gives a text it has never met. */
    private static int afresh(String text) {
        return visits().binOf(text);
    }

    @Test
    void manyShortNumbersAreEachInTheirOwnRangeEveryTimeTheyAreRead() {
        ColumnEncoder encoder = visits();
        // far more texts than are remembered (8,192), with hashes packed together ("0", "7", "14", ...)
        String[] texts = IntStream.range(0, 20_000).mapToObj(i -> Integer.toString(i * 7)).toArray(String[]::new);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < texts.length; i++) {
                int v = i * 7;
                assertThat(encoder.binOf(texts[i])).as("%d, round %d", v, round).isEqualTo(v < 100 ? 0 : v < 5_000 ? 1 : 2);
            }
        }
    }

    @Test
    void anEqualTextInAnotherStringFindsTheSameBinAndBlanksAndWordsKeepTheirs() {
        ColumnEncoder encoder = visits();
        assertThat(encoder.binOf("250")).isEqualTo(1);
        assertThat(encoder.binOf(new String("250".toCharArray()))).isEqualTo(1);
        assertThat(encoder.binOf("")).isEqualTo(3);
        assertThat(encoder.binOf(new String(new char[0]))).isEqualTo(3);
        assertThat(encoder.binOf("N/A")).isEqualTo(3);
        assertThat(encoder.binOf("lots")).isEqualTo(4);
        assertThat(encoder.binOf("lots")).isEqualTo(4);
        assertThat(encoder.binOf("Lots")).isEqualTo(4);
    }

    @Test
    void threadsReadingAtOnceAllGetTheBinsOfReadingAlone() {
        ColumnEncoder shared = visits();
        String[] texts = IntStream.range(0, 12_000).mapToObj(i -> i % 5 == 0 ? "n/a" : Integer.toString(i * 3))
                .toArray(String[]::new);
        int[] expected = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            expected[i] = afresh(texts[i]);
        }
        int[] got = IntStream.range(0, texts.length * 20).parallel()
                .map(k -> shared.binOf(texts[k % texts.length]) == expected[k % texts.length] ? 0 : 1).toArray();
        assertThat(IntStream.of(got).sum()).as("wrong bins among %d parallel reads", got.length).isZero();
    }
}
