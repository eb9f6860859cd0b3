package dev.hotlist.service;

import static dev.hotlist.service.FixedDay.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.ScoringSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TimingCurve}: the settings dialog previews unsaved settings with it, so for every day ahead or past it must
 * give the timing the ranking gives a lead dated that day under those settings, and it starts at 100 on the day
 * itself and is half way down (between its floor of 10 and 100) at the settings' midpoint.
 */
class TheSettingsPreviewCurveIsTheRankingsTest {
    private static final ScoringSettings STEEP = new ScoringSettings(0.5, 70, 75, 30, 3, 3, 40);
    private static final long[] DAYS = {-400, -41, -40, -10, -4, -3, -1, 0, 1, 2, 7, 29, 30, 31, 90, 365};

    @TempDir
    Path dir;

    @Test
    void forEveryDayThePreviewGivesTheTimingTheRankingGivesUnderTheSameUnsavedSettings() {
        try (LocalHotlist hotlist = FixedDay.service(dir)) {
            List<Lead> leads = new ArrayList<>();
            for (long d : DAYS) {
                leads.add(Lead.builder().id(1000 + d).name("Lead " + d).buyingDate(TODAY.plusDays(d)).build());
            }
            for (ScoringSettings settings : List.of(ScoringSettings.defaults(), STEEP)) {
                TimingCurve curve = new TimingCurve(settings);
                List<RankedLead> ranked = hotlist.rescore(leads, settings, TODAY);
                assertThat(ranked).hasSize(DAYS.length);
                for (RankedLead r : ranked) {
                    long days = r.lead().buyingDate().toEpochDay() - TODAY.toEpochDay();
                    assertThat(curve.score(days)).as("%d days under %s", days, settings)
                            .isCloseTo(r.score().timing(), within(1e-9));
                }
            }
        }
    }

    @Test
    void theCurveIsAtTheTopOnTheDayAndHalfWayDownAtTheMidpoint() {
        TimingCurve defaults = new TimingCurve(ScoringSettings.defaults());
        assertThat(defaults.score(0)).isCloseTo(100, within(1e-9));
        assertThat(defaults.score(60)).isCloseTo(55, within(1e-9));
        TimingCurve steep = new TimingCurve(STEEP);
        assertThat(steep.score(0)).isCloseTo(100, within(1e-9));
        assertThat(steep.score(30)).isCloseTo(55, within(1e-9));
        assertThat(steep.score(60)).isLessThan(defaults.score(60));
    }
}
