package dev.hotlist.scoring.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an encoder checks of its bins, and that texts with one hash code keep their own bins. */
class ColumnEncoderContractTest {
    @Test
    void rangesMustComeFirstAndAscending() {
        LeadColumn visits = LeadColumn.extra("Visits");
        assertThatThrownBy(() -> new ColumnEncoder(visits, List.of(Bin.blank(),
                Bin.range(Double.NEGATIVE_INFINITY, 3), Bin.range(3, Double.POSITIVE_INFINITY))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnEncoder(visits, List.of(Bin.range(Double.NEGATIVE_INFINITY, 5),
                Bin.range(5, 9), Bin.range(2, Double.POSITIVE_INFINITY))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnEncoder(visits, List.of(Bin.range(Double.NEGATIVE_INFINITY, 3),
                Bin.range(3, 3), Bin.range(3, Double.POSITIVE_INFINITY))))
                .as("two ranges from one bound").isInstanceOf(IllegalArgumentException.class);
        assertThat(new ColumnEncoder(visits, List.of(Bin.range(Double.NEGATIVE_INFINITY, 3),
                Bin.range(3, Double.POSITIVE_INFINITY), Bin.blank())).binOf("4")).isEqualTo(1);
    }

    @Test
    void textsWithTheSameHashCodeKeepTheirOwnBins() {
        // "Aa" and "BB" share a String hash code, and so do all four of their pairings
        List<String> texts = List.of("AaAa", "BBBB", "AaBB", "BBAa");
        assertThat(texts.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
        ColumnEncoder e = new ColumnEncoder(LeadColumn.extra("Code"), List.of(Bin.value("aaaa", "AaAa"),
                Bin.value("bbbb", "BBBB"), Bin.value("aabb", "AaBB"), Bin.value("bbaa", "BBAa")));
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < texts.size(); i++) {
                assertThat(e.binOf(texts.get(i))).as("%s, round %d", texts.get(i), round).isEqualTo(i);
                assertThat(e.binOf(new String(texts.get(i).toCharArray()))).as("a copy of %s", texts.get(i))
                        .isEqualTo(i);
            }
        }
        assertThat(e.binOf("Aa")).as("not a value of the column").isEqualTo(ColumnEncoder.NO_BIN);
        assertThat(e.binOf("BB")).isEqualTo(ColumnEncoder.NO_BIN);
    }
}
