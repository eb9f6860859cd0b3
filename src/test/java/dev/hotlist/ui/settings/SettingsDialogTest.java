package dev.hotlist.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.ui.I18n;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void theFormEditsTheSettingsAndRestoresTheDefaults(FxRobot robot) {
        ScoringSettings custom = new ScoringSettings(0.7, 55, 80, 45, 2.0, 5, 90);
        AtomicReference<SettingsDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            SettingsDialog d = new SettingsDialog(new I18n(Locale.ENGLISH), stage, custom);
            dialog.set(d);
            d.dialog().show();
        });
        assertThat(dialog.get().settings()).isEqualTo(custom);
        @SuppressWarnings("unchecked")
        Spinner<Integer> hotTiming = robot.lookup("#settingsHotTiming").queryAs(Spinner.class);
        robot.interact(() -> hotTiming.getValueFactory().setValue(70));
        robot.interact(() -> robot.lookup("#settingsNeedWeight").queryAs(Slider.class).setValue(40));
        assertThat(dialog.get().settings().hotTiming()).isEqualTo(70);
        assertThat(dialog.get().settings().needWeight()).isEqualTo(0.4);
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("need 40% · timing 60%").anySatisfy(t -> assertThat(t).matches("that is, buying within \\d+ days"));

        robot.clickOn("#settingsDefaults");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.get().dialog().isShowing()).as("restoring defaults keeps the dialog open").isTrue();
        assertThat(dialog.get().settings()).isEqualTo(ScoringSettings.defaults());

        AtomicReference<ScoringSettings> result = new AtomicReference<>();
        dialog.get().dialog().setOnHidden(e -> result.set(dialog.get().dialog().getResult()));
        robot.clickOn("#settingsSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.get()).isEqualTo(ScoringSettings.defaults());
    }

    @Test
    void theTopTenReRankLiveAsTheWeightMovesAndCancelSavesNothing(FxRobot robot) {
        // Fay is hungrier than Ann but buys next year: more weight on need moves her up
        dev.hotlist.ui.testing.FakeHotlist hotlist = new dev.hotlist.ui.testing.FakeHotlist(
                dev.hotlist.ui.testing.TypicalLeads.all());
        java.time.LocalDate day = dev.hotlist.ui.testing.TypicalLeads.TODAY;
        java.util.List<dev.hotlist.domain.RankedLead> top = hotlist.rank(dev.hotlist.domain.LeadFilter.all(), day)
                .subList(0, 7);
        ScoringSettings before = hotlist.settings();
        AtomicReference<SettingsDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            SettingsDialog d = new SettingsDialog(new I18n(Locale.ENGLISH), stage, before,
                    new dev.hotlist.ui.testing.CurrentThreadTaskExecutor(),
                    trial -> hotlist.rescore(top.stream().map(dev.hotlist.domain.RankedLead::lead).toList(), trial,
                            day), top);
            dialog.set(d);
            d.dialog().show();
        });
        SettingsPreview preview = dialog.get().preview();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#settingsNeedWeight").queryAs(Slider.class).setValue(95));
        robot.interact(() -> robot.lookup("#settingsHotTiming").queryAs(Spinner.class).getValueFactory().setValue(10));
        org.testfx.util.WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        SettingsPreview.Row fay = preview.rows().stream().filter(r -> r.name().equals("Fay Later")).findFirst()
                .orElseThrow();
        assertThat(fay.moved()).as("Fay moves up").isPositive();
        assertThat(fay.wasTier()).isEqualTo(dev.hotlist.domain.Tier.SCHEDULE);
        assertThat(fay.tier()).as("soon at timing 10 makes her hot").isEqualTo(dev.hotlist.domain.Tier.HOT);
        assertThat(robot.lookup("#settingsPreview").queryAs(javafx.scene.control.ListView.class).getItems())
                .hasSize(7);
        robot.interact(() -> dialog.get().dialog().close());
        assertThat(hotlist.settings()).as("cancel saves nothing").isEqualTo(before);
    }
}
