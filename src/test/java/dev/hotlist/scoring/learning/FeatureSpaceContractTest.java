package dev.hotlist.scoring.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The feature space as its class comment states it: numeric at 95% numbers with at least 5 values, cut into up to
 * five ranges at the quantiles; otherwise each value of at least {@link FeatureSpace#minCount} training leads its own
 * bin, commonest first, rarer ones "other"; blank a value; identifiers (a different value on 90% of at least 20 leads)
 * and constant extra columns left out and named; everything from the training leads only.
 */
class FeatureSpaceContractTest {
    private static final LeadColumn COLUMN = LeadColumn.extra("Col");

    /** Cells of one column per array, each array a text per labelled lead. */
    private static Cells cells(String[]... columns) {
        int[][] ids = new int[columns.length][];
        String[][] texts = new String[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            Map<String, Integer> numbers = new HashMap<>();
            List<String> distinct = new ArrayList<>(List.of(""));
            numbers.put("", 0);
            ids[c] = new int[columns[c].length];
            for (int i = 0; i < columns[c].length; i++) {
                String t = columns[c][i];
                Integer id = numbers.get(t);
                if (id == null) {
                    id = distinct.size();
                    numbers.put(t, id);
                    distinct.add(t);
                }
                ids[c][i] = id;
            }
            texts[c] = distinct.toArray(String[]::new);
        }
        return new Cells(ids, texts);
    }

    private static Cells noOpen(int columns) {
        return cells(IntStream.range(0, columns).mapToObj(c -> new String[0]).toArray(String[][]::new));
    }

    private static int[] all(int n) {
        return IntStream.range(0, n).toArray();
    }

    /** Won on every other lead. */
    private static boolean[] alternating(int n) {
        boolean[] won = new boolean[n];
        for (int i = 0; i < n; i++) {
            won[i] = i % 2 == 0;
        }
        return won;
    }

    /** Won by a fixed coin toss: no value of the columns below tells the outcome. */
    private static boolean[] coin(int n) {
        java.util.Random random = new java.util.Random(7);
        boolean[] won = new boolean[n];
        for (int i = 0; i < n; i++) {
            won[i] = random.nextBoolean();
        }
        return won;
    }

    private static FeatureSpace one(String[] texts) {
        return FeatureSpace.build(List.of(COLUMN), cells(texts), all(texts.length), coin(texts.length),
                noOpen(1));
    }

    private static String[] repeat(int times, String... values) {
        String[] out = new String[times * values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i % values.length];
        }
        return out;
    }

    @Test
    void rareValuesNeedFiveToTwentyLeadsByTheSizeOfTheSheet() {
        assertThat(FeatureSpace.minCount(0)).isEqualTo(5);
        assertThat(FeatureSpace.minCount(1199)).isEqualTo(5);
        assertThat(FeatureSpace.minCount(1200)).isEqualTo(6);
        assertThat(FeatureSpace.minCount(3999)).isEqualTo(19);
        assertThat(FeatureSpace.minCount(4000)).isEqualTo(20);
        assertThat(FeatureSpace.minCount(1_000_000)).isEqualTo(20);
    }

    @Test
    void numbersAreCutIntoFiveRangesAtTheirQuantiles() {
        // 1 to 10, ten leads each: the fifths of the 100 leads end after 2, 4, 6 and 8
        String[] texts = new String[100];
        for (int i = 0; i < 100; i++) {
            texts[i] = Integer.toString(i / 10 + 1);
        }
        FeatureSpace space = one(texts);
        assertThat(space.exclusions()).isEmpty();
        ColumnEncoder e = space.encoders().get(0);
        assertThat(e.isNumeric()).isTrue();
        assertThat(e.bins()).containsExactly(Bin.range(Double.NEGATIVE_INFINITY, 3), Bin.range(3, 5),
                Bin.range(5, 7), Bin.range(7, 9), Bin.range(9, Double.POSITIVE_INFINITY));
        // each training lead's code is the range its number falls in
        int[] codes = space.trainingCodes()[0];
        for (int i = 0; i < 100; i++) {
            assertThat(codes[i]).as(texts[i]).isEqualTo((i / 10) / 2);
        }
    }

    @Test
    void aNumberHeldByMostLeadsGivesFewerRangesNotEmptyOnes() {
        // 80 leads at 1, then 2 to 6 four times each: every fifth but the last ends inside the 1s
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            texts.add("1");
        }
        for (int v = 2; v <= 6; v++) {
            for (int k = 0; k < 4; k++) {
                texts.add(Integer.toString(v));
            }
        }
        ColumnEncoder e = one(texts.toArray(String[]::new)).encoders().get(0);
        assertThat(e.bins()).containsExactly(Bin.range(Double.NEGATIVE_INFINITY, 2),
                Bin.range(2, Double.POSITIVE_INFINITY));
    }

    @Test
    void ninetyFivePercentNumbersWithFiveValuesMakeANumericColumn() {
        String[] numbers95 = new String[100];
        for (int i = 0; i < 100; i++) {
            numbers95[i] = i < 95 ? Integer.toString(i % 5) : "lots";
        }
        ColumnEncoder numeric = one(numbers95).encoders().get(0);
        assertThat(numeric.isNumeric()).as("95 of 100 are numbers").isTrue();
        assertThat(numeric.bins()).as("the words are 'other'").endsWith(Bin.other());
        assertThat(numeric.binOf("lots")).isEqualTo(numeric.bins().size() - 1);

        String[] numbers94 = numbers95.clone();
        numbers94[94] = "lots";
        ColumnEncoder words = one(numbers94).encoders().get(0);
        assertThat(words.isNumeric()).as("94 of 100").isFalse();
        assertThat(words.bins()).extracting(Bin::kind).doesNotContain(Bin.Kind.RANGE);

        ColumnEncoder four = one(repeat(25, "1", "2", "3", "4")).encoders().get(0);
        assertThat(four.isNumeric()).as("four numbers are four values").isFalse();
        assertThat(four.bins()).extracting(Bin::text).containsExactly("1", "2", "3", "4");
        assertThat(one(repeat(20, "1", "2", "3", "4", "5")).encoders().get(0).isNumeric()).as("five numbers")
                .isTrue();
    }

    @Test
    void eachCommonValueIsABinCommonestFirstAndRareOnesAreOther() {
        List<String> texts = new ArrayList<>();
        addTimes(texts, "Website", 30);
        addTimes(texts, "Trade show", 40);
        addTimes(texts, "Partner", 5);
        addTimes(texts, "Fax", 4);
        addTimes(texts, "Cold call", 30);
        ColumnEncoder e = one(texts.toArray(String[]::new)).encoders().get(0);
        // 109 leads: 5 leads make a value of its own; equal counts in the order of their folded text
        assertThat(e.bins()).containsExactly(Bin.value("trade show", "Trade show"), Bin.value("cold call", "Cold call"),
                Bin.value("website", "Website"), Bin.value("partner", "Partner"), Bin.other());
        assertThat(e.binOf("Fax")).isEqualTo(4);
        assertThat(e.binOf("PARTNER")).isEqualTo(3);
    }

    @Test
    void withNoRareValueThereIsNoOtherBinAndBlankIsAValue() {
        List<String> texts = new ArrayList<>();
        addTimes(texts, "a", 5);
        addTimes(texts, "b", 5);
        addTimes(texts, "", 3);
        ColumnEncoder e = one(texts.toArray(String[]::new)).encoders().get(0);
        assertThat(e.bins()).containsExactly(Bin.value("a", "a"), Bin.value("b", "b"), Bin.blank());
        assertThat(e.binOf("c")).as("a value the training never had, no 'other'").isEqualTo(ColumnEncoder.NO_BIN);
    }

    @Test
    void aValueIsShownInItsCommonestSpelling() {
        List<String> texts = new ArrayList<>();
        addTimes(texts, "trade show", 3);
        addTimes(texts, " Trade Show ", 7);
        addTimes(texts, "TRADE SHOW", 2);
        addTimes(texts, "Web", 12);
        ColumnEncoder e = one(texts.toArray(String[]::new)).encoders().get(0);
        assertThat(e.bins()).containsExactly(Bin.value("trade show", "Trade Show"), Bin.value("web", "Web"));
    }

    @Test
    void atMostSixtyValuesAreBinsOfTheirOwn() {
        List<String> texts = new ArrayList<>();
        for (int v = 0; v < 70; v++) {
            addTimes(texts, String.format("v%02d", v), v < 60 ? 6 : 5);
        }
        ColumnEncoder e = one(texts.toArray(String[]::new)).encoders().get(0);
        assertThat(e.bins()).hasSize(FeatureSpace.MAX_VALUES);
        assertThat(e.bins()).extracting(Bin::text).contains("v00", "v59").doesNotContain("v60", "v69");
    }

    @Test
    void aDifferentValueOnNinetyPercentOfTwentyLeadsIsAnIdentifier() {
        String[] twenty = IntStream.range(0, 20).mapToObj(i -> "R-" + i).toArray(String[]::new);
        assertThat(one(twenty).exclusions()).containsExactly(new Exclusion(COLUMN, Exclusion.Why.IDENTIFIER,
                List.of()));
        assertThat(one(twenty).encoders()).isEmpty();
        String[] nineteen = IntStream.range(0, 19).mapToObj(i -> "R-" + i).toArray(String[]::new);
        assertThat(one(nineteen).exclusions()).as("19 leads are too few to tell").isEmpty();
        // 18 values on 20 leads is 90%; 17 is not
        String[] eighteen = twenty.clone();
        eighteen[19] = eighteen[0];
        eighteen[18] = eighteen[1];
        assertThat(one(eighteen).exclusions()).extracting(Exclusion::why).containsExactly(Exclusion.Why.IDENTIFIER);
        String[] seventeen = eighteen.clone();
        seventeen[17] = seventeen[2];
        assertThat(one(seventeen).exclusions()).isEmpty();
        // whole record numbers are an identifier, measurements with decimals are not
        String[] ids = IntStream.range(0, 40).mapToObj(i -> Integer.toString(1000 + i)).toArray(String[]::new);
        assertThat(one(ids).exclusions()).extracting(Exclusion::why).containsExactly(Exclusion.Why.IDENTIFIER);
        String[] measured = IntStream.range(0, 40).mapToObj(i -> (1000 + i) + ".5").toArray(String[]::new);
        assertThat(one(measured).exclusions()).isEmpty();
        assertThat(one(measured).encoders().get(0).isNumeric()).isTrue();
    }

    @Test
    void aConstantExtraColumnIsNamedAndAnEmptyOrConstantFieldIsNoColumn() {
        String[] same = repeat(30, "Yes");
        assertThat(one(same).exclusions()).containsExactly(new Exclusion(COLUMN, Exclusion.Why.CONSTANT, List.of()));
        LeadColumn field = LeadColumn.of(LeadColumn.Field.REGION);
        FeatureSpace constantField = FeatureSpace.build(List.of(field), cells(same), all(30), coin(30),
                noOpen(1));
        assertThat(constantField.exclusions()).isEmpty();
        assertThat(constantField.encoders()).isEmpty();
        assertThat(one(repeat(30, "")).exclusions()).as("an empty extra column").isEmpty();
        assertThat(one(repeat(30, "")).encoders()).isEmpty();
        // one value and blanks: blank is a value, so there are two
        ColumnEncoder yesOrBlank = one(repeat(15, "Yes", "")).encoders().get(0);
        assertThat(yesOrBlank.bins()).containsExactly(Bin.value("yes", "Yes"), Bin.blank());
    }

    @Test
    void onlyTheTrainingLeadsShapeTheBins() {
        List<String> texts = new ArrayList<>();
        addTimes(texts, "a", 10);
        addTimes(texts, "b", 10);
        addTimes(texts, "held out", 10);
        int[] training = all(20);
        FeatureSpace space = FeatureSpace.build(List.of(COLUMN), cells(texts.toArray(String[]::new)), training,
                coin(30), noOpen(1));
        ColumnEncoder e = space.encoders().get(0);
        assertThat(e.bins()).containsExactly(Bin.value("a", "a"), Bin.value("b", "b"));
        assertThat(space.trainingCodes()[0]).hasSize(20);
    }

    @Test
    void theCodesAreEachTrainingLeadsBinInTrainingOrder() {
        String[] texts = repeat(10, "a", "b", "");
        int[] training = IntStream.range(0, 30).map(i -> 29 - i).toArray();
        FeatureSpace space = FeatureSpace.build(List.of(COLUMN), cells(texts), training, coin(30), noOpen(1));
        List<Bin> bins = space.encoders().get(0).bins();
        int[] codes = space.trainingCodes()[0];
        for (int k = 0; k < training.length; k++) {
            String t = texts[training[k]];
            Bin expected = t.isEmpty() ? Bin.blank() : Bin.value(t, t);
            assertThat(bins.get(codes[k])).as("training lead %d", k).isEqualTo(expected);
        }
    }

    @Test
    void aColumnThatIsTheOutcomeIsLeftOutAndTheOthersKeptInOrder() {
        int n = 100;
        boolean[] won = alternating(n);
        String[] outcome = new String[n];
        String[] channel = new String[n];
        for (int i = 0; i < n; i++) {
            outcome[i] = won[i] ? "Closed by Ann" : "Lost to Rival";
            channel[i] = i % 3 == 0 ? "Web" : "Fair";
        }
        LeadColumn tag = LeadColumn.extra("Status tag");
        LeadColumn ch = LeadColumn.extra("Channel");
        // the open leads have channels but no status tag
        String[] openTag = repeat(20, "");
        String[] openChannel = repeat(10, "Web", "Fair");
        FeatureSpace space = FeatureSpace.build(List.of(tag, ch), cells(outcome, channel), all(n), won,
                cells(openTag, openChannel));
        assertThat(space.exclusions()).extracting(Exclusion::column, Exclusion::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(tag, Exclusion.Why.OUTCOME));
        assertThat(space.exclusions().get(0).examples()).containsExactly(
                new Exclusion.Example("Closed by Ann", 50, 50), new Exclusion.Example("Lost to Rival", 0, 50));
        assertThat(space.encoders()).extracting(ColumnEncoder::column).containsExactly(ch);
        assertThat(space.trainingCodes()).hasNumberOfRows(1);

        // the same tag found as often on the open leads is a sign, not the outcome
        String[] openLikeClosed = repeat(10, "Closed by Ann", "Lost to Rival");
        FeatureSpace sign = FeatureSpace.build(List.of(tag, ch), cells(outcome, channel), all(n), won,
                cells(openLikeClosed, openChannel));
        assertThat(sign.exclusions()).isEmpty();
        assertThat(sign.encoders()).extracting(ColumnEncoder::column).containsExactly(tag, ch);
    }

    private static void addTimes(List<String> texts, String value, int times) {
        for (int i = 0; i < times; i++) {
            texts.add(value);
        }
    }
}
