package dev.hotlist.ui.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.service.LearningHistory;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.ui.I18n;
import dev.hotlist.ui.TaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Learning…: the state before and after a fit, the factors, the left-out columns and the switch back. */
@ExtendWith(ApplicationExtension.class)
class LearningDialogTest {
    @TempDir
    Path dir;
    private Stage stage;
    private final TaskRunner runner = new TaskRunner();
    private LocalHotlist hotlist;

    @Start
    void start(Stage primary) {
        stage = primary;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        runner.shutdown();
        if (hotlist != null) {
            hotlist.close();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, done::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDialogShowsTheStateLearnsAndSwitchesBackToTheRules(FxRobot robot) throws Exception {
        hotlist = LearningHistory.withHistory(dir, 400, 100);
        AtomicInteger reranked = new AtomicInteger();
        AtomicReference<LearningViewModel> model = new AtomicReference<>();
        robot.interact(() -> {
            LearningViewModel m = new LearningViewModel(hotlist, runner, new I18n(Locale.ENGLISH),
                    reranked::incrementAndGet);
            model.set(m);
            new LearningDialog(new I18n(Locale.ENGLISH), stage, m).dialog().show();
        });
        LearningViewModel m = model.get();
        waitUntil(() -> !m.busyProperty().get());
        assertThat(m.learnedProperty().get()).isFalse();
        assertThat(robot.lookup("#learningSummary").queryAs(Label.class).getText()).startsWith("Nothing learned yet.");
        assertThat(robot.lookup("#learningState").queryAs(Label.class).getText())
                .isEqualTo("Rank, export and explain use the rules.");

        robot.clickOn("#learningLearn");
        waitUntil(() -> m.learnedProperty().get() && !m.busyProperty().get());
        assertThat(reranked.get()).as("the pipeline re-ranks").isEqualTo(1);
        assertThat(m.inUseProperty().get()).isTrue();
        assertThat(robot.lookup("#learningSummary").queryAs(Label.class).getText())
                .matches("learned from 400 leads \\(\\d+ won, \\d+ lost\\): held-out AUC 0\\.\\d\\d \\(rules 0\\.\\d\\d\\); "
                        + "using the learned need");
        assertThat(robot.lookup("#learningFitted").queryAs(Label.class).getText()).startsWith("Fitted ")
                .endsWith(" from 400 leads");
        @SuppressWarnings("unchecked")
        ListView<String> up = robot.lookup("#learningUp").queryAs(ListView.class);
        @SuppressWarnings("unchecked")
        ListView<String> down = robot.lookup("#learningDown").queryAs(ListView.class);
        assertThat(up.getItems()).hasSizeBetween(1, 10).allSatisfy(l -> assertThat(l).startsWith("+"));
        assertThat(up.getItems()).anySatisfy(l -> assertThat(l).contains("Source = Trade show"));
        assertThat(down.getItems()).hasSizeBetween(1, 10).allSatisfy(l -> assertThat(l).startsWith("\u2212"));
        assertThat(down.getItems()).anySatisfy(l -> assertThat(l).contains("Source = Cold call"));
        assertThat(robot.lookup("#learningState").queryAs(Label.class).getText())
                .isEqualTo("Rank, export and explain use the learned need.");

        robot.clickOn("#learningUseRules");
        waitUntil(() -> !m.inUseProperty().get() && !m.busyProperty().get());
        assertThat(reranked.get()).isEqualTo(2);
        assertThat(robot.lookup("#learningSummary").queryAs(Label.class).getText())
                .endsWith("; keeping the rules: switched off by the user");
        assertThat(hotlist.learning().orElseThrow().off()).isTrue();
    }
}
