package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.TimingState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The edges of the need's numbers (scales, fractions, stars) and of the score records, each value on both sides of
 * its boundary: a threshold moved by one step changes a need here.
 */
class NeedNumbersAndBoundsTest {
    private final NeedScorer scorer = new NeedScorer();

    private NeedAssessment need(String stated) {
        return scorer.assess(Lead.builder().needStated(stated).build());
    }

    @ParameterizedTest(name = "largest {0} → scale {1}")
    @CsvSource({"0, 1", "1, 1", "1.01, 5", "5, 5", "5.01, 10", "10, 10", "10.01, 100", "87, 100"})
    void aColumnsScaleIsInferredFromItsLargestValue(double maxSeen, int scale) {
        assertThat(NeedScale.infer(maxSeen)).isEqualTo(scale);
    }

    @Test
    void aBareNumberIsDigitsAndOnePointAtMostTwelveCharacters() {
        assertThat(NeedScale.bareNumber(" 8 ")).hasValue(8);
        assertThat(NeedScale.bareNumber("4.5")).hasValue(4.5);
        assertThat(NeedScale.bareNumber("0")).hasValue(0);
        assertThat(NeedScale.bareNumber("123456789012")).hasValue(123456789012.0);
        assertThat(NeedScale.bareNumber("1234567890123")).isEmpty();
        for (String notOne : new String[] {null, "", "  ", "-1", "4a", "a4", "1.2.3", "4,5", "+4", "½", "."}) {
            assertThat(NeedScale.bareNumber(notOne)).as(notOne).isEmpty();
        }
    }

    /** With no column scale: below 1 and not whole a share, up to 5 a 1–5 scale, up to 10 a 1–10 scale, else %. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0.5, 50", "0.99, 99", "1, 20", "1.0, 20", "5, 100", "5.5, 55", "10, 100", "10.5, 11", "80, 80"})
    void aBareNumberWithoutAColumnScaleReadsOnTheScaleItFits(String stated, int expected) {
        assertThat(need(stated).score()).isEqualTo(expected);
    }

    @Test
    void aColumnScaleWinsOverTheNumbersOwn() {
        Lead four = Lead.builder().needStated("4").build();
        assertThat(scorer.assess(four.toBuilder().needScale(5).build()).score()).isEqualTo(80);
        assertThat(scorer.assess(four.toBuilder().needScale(10).build()).score()).isEqualTo(40);
        assertThat(scorer.assess(four.toBuilder().needScale(100).build()).score()).isEqualTo(4);
        assertThat(scorer.assess(Lead.builder().needStated("0.4").needScale(1).build()).score()).isEqualTo(40);
        assertThat(scorer.assess(four.toBuilder().needScale(0).build()).score()).as("no scale: inferred")
                .isEqualTo(80);
    }

    @Test
    void aFractionNeedsAPositiveTotalNoSmallerThanItsPart() {
        assertThat(need("5/5").score()).isEqualTo(100);
        assertThat(need("0/5").score()).isZero();
        assertThat(need("3 out of 4").score()).isEqualTo(75);
        assertThat(need("1 of 4").score()).isEqualTo(25);
        assertThat(need("5/5").reasons().get(0)).isEqualTo(Reason.need(50, ReasonKeys.NEED_SCALED, 5L, 5L));
        assertThat(need("2.5/5").reasons().get(0)).isEqualTo(Reason.need(0, ReasonKeys.NEED_SCALED, 2.5, 5L));
        for (String notAFraction : new String[] {"6/5", "1/0", "0/0", "a/5", "5/b"}) {
            assertThat(need(notAFraction).reasons()).as(notAFraction).extracting(Reason::key)
                    .doesNotContain(ReasonKeys.NEED_SCALED);
        }
    }

    @Test
    void starsCountUpToFiveOrTheirOwnTotal() {
        assertThat(need("5 stars").score()).isEqualTo(100);
        assertThat(need("0 stars").score()).isZero();
        assertThat(need("1 star").score()).isEqualTo(20);
        assertThat(need("三星").score()).isEqualTo(60);
        assertThat(need("★☆").score()).isEqualTo(50);
        assertThat(need("★★★★★★").score()).as("six filled, none empty: out of six").isEqualTo(100);
        assertThat(need("★").score()).isEqualTo(20);
        assertThat(need("6 stars").reasons()).extracting(Reason::key).doesNotContain(ReasonKeys.NEED_STARS);
        assertThat(need("★ good").reasons()).extracting(Reason::key).doesNotContain(ReasonKeys.NEED_STARS);
    }

    @Test
    void scoresOutsideZeroToHundredAreRefusedAndTheEdgesKept() {
        assertThat(new NeedAssessment(0, List.of()).score()).isZero();
        assertThat(new NeedAssessment(100, List.of()).score()).isEqualTo(100);
        assertThatThrownBy(() -> new NeedAssessment(-1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeedAssessment(101, List.of())).isInstanceOf(IllegalArgumentException.class);
        Reason r = Reason.timing(0, ReasonKeys.TIMING_NO_DATE);
        assertThat(new TimingAssessment(0, TimingState.NO_DATE, r).score()).isZero();
        assertThat(new TimingAssessment(100, TimingState.UPCOMING, r).score()).isEqualTo(100);
        assertThatThrownBy(() -> new TimingAssessment(-0.001, TimingState.NO_DATE, r))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimingAssessment(100.001, TimingState.NO_DATE, r))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimingAssessment(Double.NaN, TimingState.NO_DATE, r))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** What a scorer and a ranking were made with is what they hand back; a missing date is "no date". */
    @Test
    void scorersHandBackWhatTheyWereMadeWith() {
        NeedSource source = lead -> new NeedAssessment(42, List.of());
        LeadScorer leadScorer = new LeadScorer(dev.hotlist.domain.ScoringSettings.defaults(), source);
        assertThat(leadScorer.needSource()).isSameAs(source);
        assertThat(Ranking.prepare(List.of(), leadScorer).scorer()).isSameAs(leadScorer);
        TimingAssessment none = new TimingScorer(dev.hotlist.domain.ScoringSettings.defaults())
                .assess(null, BuyingTimeParserTest.AS_OF);
        assertThat(none.state()).isEqualTo(TimingState.NO_DATE);
        assertThat(none.score()).isEqualTo(TimingScorer.NO_DATE_SCORE);
        assertThat(none.reason().key()).isEqualTo(ReasonKeys.TIMING_NO_DATE);
    }

    /** Texts up to 64 characters are read once, longer ones every time; at most 4,096 texts are kept. */
    @Test
    void theCellCacheReadsAShortTextOnceALongOneEveryTimeAndStopsGrowing() {
        CellCache<Integer> cache = new CellCache<>();
        AtomicInteger reads = new AtomicInteger();
        Function<String, Integer> read = s -> {
            reads.incrementAndGet();
            return s.length();
        };
        String edge = "x".repeat(CellCache.MAX_TEXT);
        String over = "x".repeat(CellCache.MAX_TEXT + 1);
        assertThat(cache.get(edge, read)).isEqualTo(64);
        assertThat(cache.get(edge, read)).isEqualTo(64);
        assertThat(reads).hasValue(1);
        assertThat(cache.get(over, read)).isEqualTo(65);
        assertThat(cache.get(over, read)).isEqualTo(65);
        assertThat(reads).hasValue(3);

        List<String> texts = new ArrayList<>();
        for (int i = 0; texts.size() < CellCache.MAX_ENTRIES + 10; i++) {
            texts.add("t" + i);
        }
        texts.forEach(t -> cache.get(t, read));
        reads.set(0);
        // the cache was full after MAX_ENTRIES texts (the 64-character one among them): the last ones are read again
        texts.forEach(t -> cache.get(t, read));
        assertThat(reads).hasValue(11);
    }
}
