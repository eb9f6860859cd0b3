package dev.hotlist.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeedScorerTest {
    private final NeedScorer scorer = new NeedScorer();

    private NeedAssessment need(String stated) {
        return scorer.assess(Lead.builder().needStated(stated).build());
    }

    private static List<String> keys(NeedAssessment a) {
        return a.reasons().stream().map(Reason::key).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            urgent          | 95
            Urgent          | 95
            critical        | 95
            must            | 95
            must have       | 95
            very high       | 90
            high            | 80
            strong          | 80
            medium          | 55
            moderate        | 55
            normal          | 50
            low             | 30
            weak            | 30
            not urgent      | 30
            none            | 5
            no need         | 5
            not interested  | 5
            need is urgent  | 95
            probably high   | 80
            急需            | 95
            迫切            | 95
            非常急          | 95
            紧急            | 95
            强烈            | 80
            需求强烈        | 80
            高              | 80
            很高            | 90
            中              | 55
            一般            | 55
            中等            | 55
            低              | 30
            较低            | 30
            不急            | 30
            无              | 5
            不需要          | 5
            没有需求        | 5
            Highest         | 95
            Lowest          | 15
            急              | 95
            很急            | 95
            比较急          | 80
            有意向          | 65
            意向强          | 80
            意向强烈        | 80
            意向一般        | 55
            意向弱          | 30
            没有意向        | 5
            很感兴趣        | 80
            感兴趣          | 65
            不感兴趣        | 5
            interested      | 65
            very interested | 80
            somewhat interested | 45
            not interested  | 5
            需求大          | 80
            需求很大        | 95
            需求不大        | 30
            不太需要        | 20
            """)
    void readsNeedWords(String stated, int expected) {
        NeedAssessment a = need(stated);
        assertThat(a.score()).isEqualTo(expected);
        assertThat(keys(a)).containsExactly(ReasonKeys.NEED_STATED);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hot         | 85
            HOT         | 85
            Warm        | 55
            Cold        | 25
            热          | 85
            冷          | 25
            A           | 85
            b           | 55
            C           | 25
            D           | 10
            A类         | 85
            A类客户     | 85
            B类         | 55
            C级         | 25
            A级         | 85
            Grade B     | 55
            P1          | 85
            P2          | 55
            P3          | 30
            """)
    void readsCrmRatings(String stated, int expected) {
        NeedAssessment a = need(stated);
        assertThat(a.score()).isEqualTo(expected);
        assertThat(keys(a)).containsExactly(ReasonKeys.NEED_RATING);
    }

    @ParameterizedTest(name = "HubSpot {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Low         | 30
            Medium      | 55
            High        | 80
            Very High   | 90
            """)
    void readsHubSpotPrioritiesInOrder(String stated, int expected) {
        assertThat(need(stated).score()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ★★★         | 60
            ★★★★★       | 100
            ★★★☆☆       | 60
            ★☆☆         | 33
            ★ ★ ★ ★     | 80
            3 stars     | 60
            1 star      | 20
            3星         | 60
            三星        | 60
            4颗星       | 80
            """)
    void readsStars(String stated, int expected) {
        NeedAssessment a = need(stated);
        assertThat(a.score()).isEqualTo(expected);
        assertThat(keys(a)).containsExactly(ReasonKeys.NEED_STARS);
    }

    @ParameterizedTest(name = "{0} on scale {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            4       |       | 80
            4       | 5     | 80
            4       | 10    | 40
            2       |       | 40
            8       |       | 80
            8       | 10    | 80
            80      |       | 80
            45      | 100   | 45
            100     |       | 100
            0.8     | 1     | 80
            0.8     |       | 80
            1       | 1     | 100
            3       | 5     | 60
            0       | 5     | 0
            4/5     |       | 80
            8/10    |       | 80
            8 / 10  |       | 80
            4 out of 5 |    | 80
            80%     |       | 80
            35 %    |       | 35
            250     |       | 100
            """)
    void readsNumbersOnTheirScale(String stated, Integer scale, int expected) {
        NeedAssessment a = scorer.assess(Lead.builder().needStated(stated).needScale(scale).build());
        assertThat(a.score()).isEqualTo(expected);
        assertThat(a.reasons()).hasSize(1);
    }

    @Test
    void unknownNeedIsNeutralAndSaysSo() {
        NeedAssessment empty = need("");
        assertThat(empty.score()).isEqualTo(50);
        assertThat(empty.reasons()).containsExactly(Reason.need(0, ReasonKeys.NEED_UNKNOWN));
        NeedAssessment unreadable = need("see attachment");
        assertThat(unreadable.score()).isEqualTo(50);
        assertThat(unreadable.reasons()).containsExactly(Reason.need(0, ReasonKeys.NEED_UNREAD, "see attachment"));
    }

    @ParameterizedTest(name = "notes \"{0}\" → +{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Machine broken since Monday                       | 6
            Line is down, losing money                        | 12
            Hard deadline, needs it ASAP                      | 12
            Replacing the old units after the audit           | 12
            Customer complaints about noise                   | 6
            Failing pumps, urgent                             | 12
            设备坏了                                           | 6
            故障，停产中                                        | 12
            马上要，尽快发货                                     | 12
            急                                                | 6
            月底截止，客户投诉，要换掉                            | 18
            broken, down, failing, deadline, audit            | 18
            download the brochure                             | 0
            countdown to the breakfast                        | 0
            """)
    void painWordsInNotesAddCappedPoints(String notes, int points) {
        NeedAssessment a = scorer.assess(Lead.builder().needStated("medium").notes(notes).build());
        assertThat(a.score()).isEqualTo(55 + points);
        assertThat(points > 0).isEqualTo(keys(a).contains(ReasonKeys.NEED_PAIN));
    }

    @Test
    void zohoPrioritiesAndGradesKeepTheirOrder() {
        assertThat(List.of("Highest", "High", "Normal", "Low", "Lowest")).extracting(s -> need(s).score())
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a)).doesNotHaveDuplicates();
        assertThat(List.of("A", "B", "C", "D")).extracting(s -> need(s).score())
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a)).doesNotHaveDuplicates();
        assertThat(List.of("P1", "P2", "P3")).extracting(s -> need(s).score())
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a)).doesNotHaveDuplicates();
    }

    @Test
    void ratingsAndStatusesAreNeverPainWords() {
        assertThat(need("Market Failed").score()).isEqualTo(10);
        assertThat(need("Shut Down").score()).isEqualTo(10);
        assertThat(keys(need("Shut Down"))).doesNotContain(ReasonKeys.NEED_PAIN);
        assertThat(keys(need("Down payment ready"))).doesNotContain(ReasonKeys.NEED_PAIN);
        assertThat(need("Normal").score()).as("a default priority adds nothing").isEqualTo(NeedScorer.BASELINE);
        // free text in the need cell still tells its pain
        assertThat(keys(need("line is down, need a fix this week"))).contains(ReasonKeys.NEED_PAIN);
    }

    @Test
    void gradesWithTheirMeaningInBrackets() {
        assertThat(need("A（重点客户）").score()).isEqualTo(need("A").score());
        assertThat(need("C（非优先客户）").score()).isEqualTo(need("C").score());
        assertThat(need("B (follow up)").score()).isEqualTo(need("B").score());
    }

    @Test
    void aLetterInsideWordsIsNoGrade() {
        assertThat(keys(need("need a new pump"))).containsExactly(ReasonKeys.NEED_UNREAD);
        assertThat(keys(need("P12"))).containsExactly(ReasonKeys.NEED_UNREAD);
    }

    @Test
    void painWordsInTheNeedCellCountButNotTheWordReadAsLevel() {
        assertThat(need("急需").score()).isEqualTo(95);
        assertThat(need("不急").score()).isEqualTo(30);
        NeedAssessment a = need("high, machine broken");
        assertThat(a.score()).isEqualTo(80 + NeedScorer.PAIN_EACH);
    }

    @Test
    void scoreIsCappedAndTheCapIsAReason() {
        NeedAssessment a = scorer.assess(Lead.builder().needStated("urgent").notes("broken, deadline, audit")
                .budget("approved").source("referral").build());
        assertThat(a.score()).isEqualTo(100);
        assertThat(keys(a)).last().isEqualTo(ReasonKeys.NEED_CAPPED);
        assertThat(sum(a)).isEqualTo(100);

        NeedAssessment low = scorer.assess(Lead.builder().needStated("none").notes("just asking the price")
                .budget("no budget").source("cold list").build());
        assertThat(low.score()).isZero();
        assertThat(sum(low)).isZero();
    }

    @ParameterizedTest(name = "budget \"{0}\" notes \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            50000             |                                  | 8   | need.budget
            ¥200,000          |                                  | 8   | need.budget
            approved          |                                  | 15  | need.budgetApproved
            Approved 50k      |                                  | 15  | need.budgetApproved
            signed off        |                                  | 15  | need.budgetApproved
            已批 30万          |                                  | 15  | need.budgetApproved
            批了              |                                  | 15  | need.budgetApproved
            no budget         |                                  | -10 | need.noBudget
            没预算             |                                  | -10 | need.noBudget
            无预算             |                                  | -10 | need.noBudget
            0                 |                                  | -10 | need.noBudget
            none              |                                  | -10 | need.noBudget
            TBD               |                                  | 0   |
                              | budget approved by finance       | 15  | need.budgetApproved
                              | 老板说预算已批                     | 15  | need.budgetApproved
                              | no budget this year              | -10 | need.noBudget
                              | 客户没预算                        | -10 | need.noBudget
                              | has budget for Q1                | 8   | need.budgetMentioned
            50000             | budget not approved yet          | -10 | need.noBudget
            """)
    void budgetMovesNeed(String budget, String notes, int points, String key) {
        NeedAssessment a = scorer.assess(Lead.builder().needStated("medium").budget(budget).notes(notes).build());
        assertThat(a.score()).isEqualTo(55 + points);
        if (key != null) {
            assertThat(keys(a)).contains(key);
        }
    }

    @ParameterizedTest(name = "source \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Referral            | 10
            referred by Wang    | 10
            介绍                 | 10
            转介绍               | 10
            老客户               | 10
            老客户介绍            | 10
            Inbound             | 6
            Website             | 6
            官网                 | 6
            来电                 | 6
            咨询                 | 6
            Event               | 2
            Trade show          | 2
            展会                 | 2
            Cold list           | -5
            Purchased list      | -5
            陌拜                 | -5
            名单                 | -5
            LinkedIn            | 4
            百度推广             | 4
            百度                 | 4
            抖音                 | 4
            微信                 | 4
            小红书               | 4
            Google Ads          | 4
            Facebook            | 4
            百度推广，官网咨询     | 6
            LinkedIn referral   | 10
            Organic search      | 6
            Newspaper           | 0
            """)
    void sourcesRankReferralOverInboundOverEventOverColdList(String source, int points) {
        NeedAssessment a = scorer.assess(Lead.builder().needStated("medium").source(source).build());
        assertThat(a.score()).isEqualTo(55 + points);
    }

    @ParameterizedTest(name = "\"{0}\" lowers need")
    @CsvSource(delimiter = '|', textBlock = """
            just asking the price
            Price only
            just curious
            只是问问
            问问价格
            了解一下
            先报个价
            比价中
            货比三家
            comparing quotes
            Price check
            """)
    void priceOnlyPhrasesLowerNeed(String phrase) {
        NeedAssessment inNotes = scorer.assess(Lead.builder().needStated("high").notes(phrase).build());
        assertThat(inNotes.score()).isEqualTo(80 + NeedScorer.JUST_ASKING);
        assertThat(keys(inNotes)).contains(ReasonKeys.NEED_JUST_ASKING);
        NeedAssessment inNeed = need(phrase);
        assertThat(inNeed.score()).isEqualTo(50 + NeedScorer.JUST_ASKING);
    }

    @Test
    void notUrgentInNotesLowersNeedAndIsNoPainWord() {
        NeedAssessment a = scorer.assess(Lead.builder().needStated("medium").notes("了解一下，不急").build());
        assertThat(a.score()).isEqualTo(55 + NeedScorer.JUST_ASKING + NeedScorer.NOT_URGENT);
        assertThat(keys(a)).doesNotContain(ReasonKeys.NEED_PAIN);
    }

    @Test
    void inAHurryIsPainAndNotInAHurryIsNot() {
        NeedAssessment hurry = scorer.assess(Lead.builder().needStated("medium").notes("in a hurry").build());
        assertThat(hurry.score()).isEqualTo(55 + NeedScorer.PAIN_EACH);
        NeedAssessment calm = scorer.assess(Lead.builder().needStated("medium").notes("not in a hurry").build());
        assertThat(calm.score()).isEqualTo(55 + NeedScorer.NOT_URGENT);
    }

    @Test
    void userNotesCountLikeSheetNotes() {
        NeedAssessment a = scorer.assess(Lead.builder().needStated("medium").userNotes("their line is down").build());
        assertThat(a.score()).isEqualTo(55 + NeedScorer.PAIN_EACH);
    }

    @Test
    void reasonsAddUpToTheScoreForEveryGeneratedLead() {
        for (Lead lead : LeadGenerator.generate(10_000, 7, BuyingTimeParserTest.AS_OF)) {
            NeedAssessment a = scorer.assess(lead);
            assertThat(a.score()).isBetween(0, 100);
            assertThat(sum(a)).as("reasons of %s", lead).isEqualTo(a.score());
            assertThat(a.reasons()).allSatisfy(r -> {
                assertThat(r.part()).isEqualTo(Reason.Part.NEED);
                assertThat(ReasonKeys.ALL).contains(r.key());
            });
        }
    }

    private static int sum(NeedAssessment a) {
        return NeedScorer.BASELINE + a.reasons().stream().mapToInt(Reason::points).sum();
    }
}
