package dev.hotlist.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Tier;
import dev.hotlist.domain.TimingState;
import dev.hotlist.service.ImportReport;
import dev.hotlist.service.LocalHotlist;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample workbook, imported and ranked as of 2026-11-24, shows the brief's seed cases in order. */
class SampleDataRankingTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    @TempDir
    Path dir;
    LocalHotlist hotlist;
    List<RankedLead> ranked;
    ImportReport report;

    @BeforeEach
    void importSample() throws Exception {
        hotlist = LocalHotlist.open(dir.resolve("hotlist.db"));
        report = hotlist.importSample(AS_OF, Progress.NONE, Locale.ENGLISH);
        ranked = hotlist.rank(LeadFilter.all(), AS_OF);
    }

    @AfterEach
    void close() {
        hotlist.close();
    }

    @Test
    void importsAboutSixtyLeadsMergingTheDuplicate() {
        assertThat(report.newCount()).isBetween(50, 70);
        assertThat(report.duplicateCount()).isGreaterThanOrEqualTo(1);
        assertThat(ranked.get(0).score().tier()).isEqualTo(Tier.HOT);
    }

    @Test
    void fishingTomorrowBeatsNextYearBeatsWatchingTv() {
        assertThat(rankOf("钓鱼-明天")).isLessThan(rankOf("钓鱼-明年"));
        assertThat(rankOf("钓鱼-明年")).isLessThan(rankOf("钓鱼-看电视"));
        assertThat(lead("钓鱼-看电视").score().timingState()).isEqualTo(TimingState.NO_DATE);
    }

    @Test
    void theHungryBuyerBeatsTheLukewarmBeatsTheNotHungry() {
        assertThat(rankOf("热狗-饿")).isLessThan(rankOf("热狗-一般"));
        assertThat(rankOf("热狗-一般")).isLessThan(rankOf("热狗-不饿"));
        assertThat(lead("热狗-饿").score().tier()).isEqualTo(Tier.HOT);
    }

    @Test
    void theDrowningManIsHotAndOverdueByDaysBeatsOverdueByMonths() {
        assertThat(lead("溺水-救命").score().tier()).isEqualTo(Tier.HOT);
        assertThat(lead("逾期-三天").score().timingState()).isEqualTo(TimingState.OVERDUE);
        assertThat(lead("逾期-四个月").score().timingState()).isEqualTo(TimingState.STALE);
        assertThat(rankOf("逾期-三天")).isLessThan(rankOf("逾期-四个月"));
    }

    @Test
    void everyLeadExplainsItselfInBothLanguages() {
        for (RankedLead r : ranked) {
            assertThat(r.score().reasons()).isNotEmpty();
            r.score().reasons().forEach(reason -> {
                assertThat(hotlist.describe(reason, Locale.ENGLISH)).matches("[+−±]\\d+ (need|timing): .+");
                assertThat(hotlist.describe(reason, Locale.SIMPLIFIED_CHINESE)).isNotBlank();
            });
        }
    }

    private RankedLead lead(String name) {
        return ranked.stream().filter(r -> r.lead().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no lead named " + name + " in the sample"));
    }

    private int rankOf(String name) {
        return lead(name).rank();
    }
}
