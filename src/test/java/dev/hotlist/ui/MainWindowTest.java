package dev.hotlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.hotlist.domain.Tier;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.ui.pipeline.PipelineViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window, headless (Monocle), on a real database in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    private LocalHotlist hotlist;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        open(new I18n(Locale.ENGLISH), "hotlist-" + java.util.UUID.randomUUID() + ".db");
    }

    private void open(I18n i18n, String db) {
        window = new MainWindow(stage, i18n, new TaskRunner(), locale -> { });
        window.show(() -> hotlist = LocalHotlist.open(dir.resolve(db)));
    }

    @AfterEach
    void close() {
        if (hotlist != null) {
            hotlist.close();
        }
    }

    @Test
    void opensTitledHotlistWithTheEmptyStateActions(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#emptyState").query().isVisible());
        assertThat(stage.getTitle()).isEqualTo("Hotlist");
        assertThat(robot.lookup("#openSample").queryAs(Button.class).getText()).isEqualTo("Open sample data");
        assertThat(robot.lookup("#importWorkbook").queryAs(Button.class).getText()).isEqualTo("Import workbook…");
        assertThat(robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus())
                .extracting(m -> m.getText()).containsExactly("File", "View", "Help");
    }

    @Test
    void openSampleDataFillsTheRankedPipeline(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#emptyState").query().isVisible());
        robot.clickOn("#openSample");
        TableView<?> table = robot.lookup("#pipelineTable").queryAs(TableView.class);
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#pipeline").query().isVisible()
                && !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#emptyState").query().isVisible()).isFalse();
        assertThat(window.model().rows().get(0).rank()).isEqualTo(1);
        assertThat(window.model().rows().get(0).score().tier()).isEqualTo(Tier.HOT);
    }

    @Test
    void filteringByTierAndTextNarrowsTheList(FxRobot robot) throws Exception {
        PipelineViewModel model = threeLeadsShown(robot, "filter.csv");

        robot.clickOn("#tier-HOT");
        waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == 2);
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.score().tier()).isEqualTo(Tier.HOT));
        assertThat(model.tierCount(Tier.NURTURE).get()).isEqualTo(1);

        robot.clickOn("#searchField").write("cara");
        waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == 1);
        assertThat(model.rows().get(0).lead().name()).isEqualTo("Cara Hot");
    }

    @Test
    void anUnusableFileShowsItsOneSentence(FxRobot robot) throws Exception {
        Path bad = dir.resolve("broken.xlsx");
        Files.writeString(bad, "not a workbook", StandardCharsets.UTF_8);
        waitFor(10, TimeUnit.SECONDS, () -> hotlist != null);
        robot.interact(() -> new dev.hotlist.ui.importer.FileJobs(new I18n(Locale.ENGLISH), new TaskRunner(),
                new StatusBar(new I18n(Locale.ENGLISH)), () -> stage, () -> { })
                .importFile(hotlist, bad, LocalDate.now()));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#alertText").tryQuery().isPresent());
        String sentence = robot.lookup("#alertText").queryAs(Label.class).getText();
        assertThat(sentence).contains("not a spreadsheet").doesNotContain("Exception").doesNotContain("\n");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void chineseShowsChineseMenusAndActions(FxRobot robot) throws Exception {
        robot.interact(() -> open(new I18n(Locale.SIMPLIFIED_CHINESE), "zh.db"));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#emptyState").query().isVisible());
        assertThat(robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus())
                .extracting(m -> m.getText()).containsExactly("文件", "视图", "帮助");
        assertThat(robot.lookup("#openSample").queryAs(Button.class).getText()).isEqualTo("打开示例数据");
        assertThat(stage.getTitle()).isEqualTo("Hotlist");
    }

    @Test
    void aDatabaseThatDoesNotOpenOffersItsBackupAndOpensAgain(FxRobot robot) throws Exception {
        Path db = dir.resolve("damaged-" + java.util.UUID.randomUUID() + ".db");
        Path csv = dir.resolve("two.csv");
        Files.writeString(csv, "Name,Email\nAnn Lee,ann@x.com\nBen Hu,ben@x.com\n", StandardCharsets.UTF_8);
        try (LocalHotlist h = LocalHotlist.open(db)) {
            h.importFile(csv, dev.hotlist.sheets.SheetOptions.defaults(), LocalDate.now(),
                    dev.hotlist.domain.Progress.NONE, Locale.ENGLISH);
            // the second import finds leads, so it backs the database up first
            h.importFile(csv, dev.hotlist.sheets.SheetOptions.defaults(), LocalDate.now(),
                    dev.hotlist.domain.Progress.NONE, Locale.ENGLISH);
        }
        assertThat(LocalHotlist.backupsOf(db)).isNotEmpty();
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        Files.write(db, "garbage where the database was".getBytes(StandardCharsets.UTF_8));

        MainWindow.Recovery recovery = new MainWindow.Recovery() {
            @Override
            public java.util.List<Path> backups() {
                return LocalHotlist.backupsOf(db);
            }

            @Override
            public void restore(Path backup) {
                LocalHotlist.restoreInto(db, backup);
            }
        };
        robot.interact(() -> {
            window = new MainWindow(stage, new I18n(Locale.ENGLISH), new TaskRunner(), locale -> { });
            window.show(() -> hotlist = LocalHotlist.open(db), recovery);
        });
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#openFailed").tryQuery().isPresent());
        robot.clickOn("Restore a backup…");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".choice-dialog").tryQuery().isPresent());
        robot.clickOn("OK");
        waitFor(20, TimeUnit.SECONDS, () -> window.model().rows().size() == 2);
        assertThat(window.model().rows()).extracting(r -> r.lead().name()).containsExactlyInAnyOrder("Ann Lee", "Ben Hu");
    }

    @Test
    void aSavedViewComesBackWithItsFilter(FxRobot robot) throws Exception {
        PipelineViewModel model = threeLeadsShown(robot, "views.csv");
        robot.clickOn("#tier-HOT");
        robot.clickOn("#searchField").write("cara");
        waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == 1);

        robot.clickOn("#viewsButton");
        robot.clickOn("Save this view…");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#saveViewDialog").tryQuery().isPresent());
        robot.clickOn("#saveViewDialog .text-field").write("Cara today");
        robot.clickOn("OK");
        waitFor(10, TimeUnit.SECONDS, () -> hotlist.views().size() == 1);

        robot.clickOn("#tier-HOT");
        robot.doubleClickOn("#searchField").eraseText(4);
        waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == 3);

        robot.clickOn("#viewsButton");
        robot.clickOn("Cara today");
        waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == 1);
        assertThat(model.rows().get(0).lead().name()).isEqualTo("Cara Hot");
        assertThat(robot.lookup("#tier-HOT").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("cara");
    }

    /** Ann and Cara (hot) and Ben (cold) imported and shown; the model of the window. */
    @Test
    void aDoNotCallLeadIsMarkedAndItsCallKeysRefuse(FxRobot robot) throws Exception {
        Path csv = dir.resolve("dnc-" + java.util.UUID.randomUUID() + ".csv");
        Files.writeString(csv, "Name,Phone,Do Not Call,Need\nAnn Lee,+1 415 555 0100,Yes,urgent\n",
                StandardCharsets.UTF_8);
        waitFor(10, TimeUnit.SECONDS, () -> hotlist != null);
        hotlist.importFile(csv, dev.hotlist.sheets.SheetOptions.defaults(), LocalDate.now(),
                dev.hotlist.domain.Progress.NONE, Locale.ENGLISH);
        PipelineViewModel model = window.model();
        robot.interact(model::refresh);
        waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == 1);
        TableView<?> table = robot.lookup("#pipelineTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("[Do Not Call] +1 415 555 0100").tryQuery()).isPresent();
        robot.clickOn("#pipelineTable").type(javafx.scene.input.KeyCode.DIGIT1);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statusMessage").queryAs(Label.class).getText()
                .contains("Do Not Call"));
        long id = model.rows().get(0).lead().id();
        assertThat(hotlist.callLog(id)).as("no call was logged").isEmpty();
    }

    private PipelineViewModel threeLeadsShown(FxRobot robot, String file) throws Exception {
        Path csv = dir.resolve(file);
        Files.writeString(csv, "Name,Email,Need,Buying time\nAnn Hot,ann@x.com,urgent,tomorrow\n"
                + "Ben Cold,ben@x.com,none,just looking\nCara Hot,cara@x.com,high,this week\n", StandardCharsets.UTF_8);
        waitFor(10, TimeUnit.SECONDS, () -> hotlist != null);
        hotlist.importFile(csv, dev.hotlist.sheets.SheetOptions.defaults(), LocalDate.now(),
                dev.hotlist.domain.Progress.NONE, Locale.ENGLISH);
        PipelineViewModel model = window.model();
        robot.interact(model::refresh);
        waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == 3);
        return model;
    }
}
