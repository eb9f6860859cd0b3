package dev.hotlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.Tier;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.ui.pipeline.PipelineViewModel;
import dev.hotlist.ui.testing.FakeDialogService;
import dev.hotlist.ui.testing.MemoryPreferences;
import dev.hotlist.ui.window.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real main window, headless (Monocle), on a real database in a temporary folder, with a fixed clock,
 * an in-memory window layout and scripted dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @TempDir
    static Path dir;
    private final List<LocalHotlist> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final MemoryPreferences prefs = new MemoryPreferences();
    private final FakeDialogService dialogs = new FakeDialogService();
    private volatile LocalHotlist hotlist;
    private final TaskRunner runner = new TaskRunner();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        open(new I18n(Locale.ENGLISH), dir.resolve("hotlist-" + java.util.UUID.randomUUID() + ".db"));
    }

    private void open(I18n i18n, Path db) {
        window = new MainWindow(stage, i18n, new AppContext(runner, CLOCK, new WindowLayout(prefs)),
                dialogs, locale -> { });
        window.show(() -> {
            LocalHotlist h = LocalHotlist.open(db, CLOCK);
            opened.add(h);
            hotlist = h;
            return h;
        });
    }

    @AfterEach
    void close() {
        // the window's work (opening, ranking, saving its first rows) ends before its databases close, so nothing
        // writes into the folder while it is deleted
        runner.shutdown();
        opened.forEach(LocalHotlist::close);
    }

    @Test
    void aFirstRunOffersTheSampleDataWhichFillsTheTodayView(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#emptyState").query().isVisible());
        assertThat(robot.lookup("#loadingState").query().isVisible()).isFalse();
        robot.clickOn("#openSample");
        TableView<?> table = robot.lookup("#pipelineTable").queryAs(TableView.class);
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#pipeline").query().isVisible()
                && !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#emptyState").query().isVisible()).isFalse();
        PipelineViewModel model = window.model();
        assertThat(window.views().activeProperty().get().key()).isEqualTo("builtin:TODAY");
        assertThat(model.rows().get(0).rank()).isEqualTo(1);
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.score().tier() == Tier.HOT || r.score().isOverdue()
                || r.lead().nextActionDate() != null).isTrue());
        assertThat(model.rows().size()).isLessThan((int) hotlist.leadCount());
    }

    @Test
    void keysOneToSixDownFiveLeadsLogFiveCallsWithoutTheMouse(FxRobot robot) throws Exception {
        PipelineViewModel model = leadsShown(robot, "five.csv", FIVE_HOT);
        assertThat(model.rows()).hasSize(5);
        List<Long> ids = model.rows().stream().map(r -> r.lead().id()).toList();
        // the one touch of the mouse: a click on the first row
        robot.clickOn(row(robot, 0));
        // on a loaded machine the click's selection can land after clickOn returns
        waitFor(10, TimeUnit.SECONDS, () -> model.selectedProperty().get() != null);
        assertThat(model.selectedProperty().get().lead().id()).as("the click selected the row").isEqualTo(ids.get(0));
        KeyCode[] keys = {KeyCode.DIGIT2, KeyCode.DIGIT1, KeyCode.DIGIT5, KeyCode.DIGIT4, KeyCode.DIGIT6};
        for (int i = 0; i < keys.length; i++) {
            long expected = ids.get(i);
            try {
                waitFor(10, TimeUnit.SECONDS, () -> model.selectedProperty().get() != null
                        && model.selectedProperty().get().lead().id() == expected);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("key " + i + ": selected " + model.selectedProperty().get() + " calls "
                        + callsLogged(ids) + " rows " + model.rows().stream().map(r -> r.lead().name()).toList()
                        + " status " + robot.lookup("#statusMessage").queryAs(Label.class).getText(), e);
            }
            robot.type(keys[i]);
            int logged = i + 1;

            waitFor(10, TimeUnit.SECONDS, () -> callsLogged(ids) == logged);
        }
        assertThat(ids.stream().map(id -> hotlist.callLog(id).get(0).outcome()).toList()).containsExactly(
                CallOutcome.NO_ANSWER, CallOutcome.REACHED, CallOutcome.WON, CallOutcome.NOT_INTERESTED,
                CallOutcome.LOST);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> callsLogged(ids) == 4);
        assertThat(hotlist.callLog(ids.get(4))).as("Ctrl+Z took the last call back").isEmpty();
    }

    @Test
    void aDoNotCallLeadIsMarkedNotOfferedForCallingAndALeadTheSheetClosedIsOutOfTheList(FxRobot robot)
            throws Exception {
        PipelineViewModel model = leadsShown(robot, "dnc.csv", "Name,Phone,Do Not Call,Need,Buying time,Status\n"
                + "Ann Hot,555 0101,Yes,urgent,tomorrow,Open\n"
                + "Ben Hot,555 0102,No,urgent,tomorrow,Won\n"
                + "Cara Hot,555 0103,No,urgent,tomorrow,Open\n", 2);
        assertThat(model.rows()).extracting(r -> r.lead().name()).as("won in the sheet: closed, not to call")
                .containsExactly("Ann Hot", "Cara Hot");
        robot.interact(() -> window.views().showNumber(3));
        waitFor(10, TimeUnit.SECONDS, () -> window.views().activeProperty().get().key().equals("builtin:ALL_OPEN"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.rows()).extracting(r -> r.lead().name()).doesNotContain("Ben Hot");
        robot.clickOn(row(robot, 0));
        // on a loaded machine the click's selection can land after clickOn returns
        waitFor(10, TimeUnit.SECONDS, () -> model.selectedProperty().get() != null);
        RankedLead ann = model.selectedProperty().get();
        assertThat(ann.lead().name()).isEqualTo("Ann Hot");
        assertThat(robot.lookup("#doNotCallMark").queryAs(Label.class).getText()).isEqualTo("[Do Not Call]");
        assertThat(robot.lookup("#log-REACHED").query().isDisabled()).as("no call offered").isTrue();
        robot.type(KeyCode.DIGIT1);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statusMessage").queryAs(Label.class).getText()
                .contains("Do Not Call"));
        assertThat(hotlist.callLog(ann.lead().id())).as("the key refused: no call logged").isEmpty();
        assertThat(model.selectedProperty().get().lead().id()).as("and the selection stayed").isEqualTo(ann.lead().id());
    }

    /** The table's row showing {@code index}, as drawn. */
    private static javafx.scene.control.TableRow<?> row(FxRobot robot, int index) {
        return robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getIndex() == index && r.getItem() != null).findFirst().orElseThrow();
    }

    @Test
    void at1280By800TheDefaultColumnsFitAndNoHeaderNumberPhoneDayStageOrReasonIsCut(FxRobot robot) throws Exception {
        PipelineViewModel model = leadsShown(robot, "fit.csv", FIVE_HOT.replace("Ann Hot,", "Annabelle Hotchkiss-Whitmore,")
                .replace("555 0101", "+44 1632 960 123").replace("in 6 days", TODAY.minusDays(11).toString()));
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1204);
            stage.setHeight(752);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.select(model.rows().get(0).lead().id()));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<RankedLead> table = window.table();
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).as("no horizontal scrolling at this size").isLessThanOrEqualTo(table.getWidth());
        assertThat(table.getVisibleLeafColumns()).extracting(TableColumn::getId).containsExactly("col-rank",
                "col-tier", "col-scores", "col-name", "col-phone", "col-buying", "col-stage", "col-why");
        assertThat(column(table, "col-why").getWidth()).as("the reasons keep a readable width").isGreaterThan(200);
        // every header and every label in the rows shown whole: tier, numbers, phone, days, stage (a name or
        // company longer than its column is cut, and shown whole on hover)
        List<javafx.scene.control.Labeled> cut = robot.lookup("#pipelineTable .label")
                .queryAllAs(javafx.scene.control.Labeled.class).stream()
                .filter(l -> l.isVisible() && !l.getStyleClass().contains("second-line")
                        && !l.getStyleClass().contains("name-first") && l.getWidth() + 0.5 < l.prefWidth(-1))
                .toList();
        assertThat(cut).extracting(javafx.scene.control.Labeled::getText).isEmpty();
        // the Why text wraps rather than being cut: each reason is drawn in full
        assertThat(robot.lookup("#pipelineTable .why-text").queryAllAs(javafx.scene.text.Text.class))
                .isNotEmpty().allSatisfy(t -> assertThat(t.getText()).doesNotEndWith("\u2026"));
        assertThat(robot.lookup("#leadDetail .button").queryAllAs(javafx.scene.control.Button.class))
                .as("the lead pane keeps room for its buttons").isNotEmpty()
                .allSatisfy(b -> assertThat(b.getWidth() + 0.5).isGreaterThanOrEqualTo(b.prefWidth(-1)));
    }

    @Test
    void aWindowShrunkByTheWindowManagerAsItOpensGetsItsSizeBack(FxRobot robot) throws Exception {
        AtomicReference<Stage> shown = new AtomicReference<>();
        robot.interact(() -> {
            Stage other = new Stage();
            other.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 700, 500));
            ShownSize.keep(other);
            other.show();
            shown.set(other);
            // what openbox does to a JavaFX 21 window on its first configure (JDK-8316423)
            other.setWidth(200);
            other.setHeight(200);
        });
        Stage other = shown.get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(other.getWidth()).isEqualTo(700);
        assertThat(other.getHeight()).isEqualTo(500);
        Thread.sleep(1800);
        robot.interact(() -> other.setWidth(400));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(other.getWidth()).as("later resizes are the user's").isEqualTo(400);
        robot.interact(other::close);
    }

    private long callsLogged(List<Long> ids) {
        return ids.stream().mapToLong(id -> hotlist.callLog(id).size()).sum();
    }

    @Test
    void filteringByOwnerAndRegionNarrowsTheListAndAnEmptyResultSaysWhy(FxRobot robot) throws Exception {
        PipelineViewModel model = leadsShown(robot, "owners.csv", FIVE_HOT);
        robot.interact(() -> model.setFilter(model.filter().toBuilder().owners(Set.of("Li")).build()));
        waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == 2);
        @SuppressWarnings("unchecked")
        org.controlsfx.control.CheckComboBox<String> region =
                robot.lookup("#filterRegion").queryAs(org.controlsfx.control.CheckComboBox.class);
        assertThat(region.getItems()).containsExactly("East", "North", "West");
        robot.interact(() -> region.getCheckModel().check("West"));
        waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == 1);
        assertThat(model.rows().get(0).lead().name()).isEqualTo("Ben Hot");
        robot.interact(() -> region.getCheckModel().check("East"));
        robot.interact(() -> region.getCheckModel().clearCheck("West"));
        robot.interact(() -> model.setFilter(model.filter().toBuilder().text("nobody-here").build()));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#noMatches").query().isVisible());
        assertThat(robot.lookup("#noMatchesWhy").queryAs(Label.class).getText()).contains("Owner: Li")
                .contains("Region: East").contains("nobody-here");
        robot.clickOn("#noMatchesClear");
        waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == 5);
    }

    @Test
    void aClickOnAChartDotSelectsItsLead(FxRobot robot) throws Exception {
        PipelineViewModel model = leadsShown(robot, "chart.csv", FIVE_HOT);
        robot.clickOn("#tabChart");
        WaitForAsyncUtils.waitForFxEvents();
        dev.hotlist.ui.charts.QuadrantChart chart =
                robot.lookup("#quadrantChart").queryAs(dev.hotlist.ui.charts.QuadrantChart.class);
        RankedLead third = model.rows().get(2);
        double[] at = chart.pointOf(third);
        robot.clickOn(chart.localToScreen(at[0], at[1]));
        waitFor(10, TimeUnit.SECONDS, () -> model.selectedProperty().get() != null
                && model.selectedProperty().get().lead().id() == third.lead().id());
        assertThat(window.table().getSelectionModel().getSelectedItem().lead().id()).isEqualTo(third.lead().id());
    }

    @Test
    void aSavedViewAndItsFilterComeBackAfterARestart(FxRobot robot) throws Exception {
        Path db = dir.resolve("views-" + java.util.UUID.randomUUID() + ".db");
        robot.interact(() -> open(new I18n(Locale.ENGLISH), db));
        PipelineViewModel model = leadsShown(robot, "views.csv", FIVE_HOT);
        robot.interact(() -> model.setFilter(LeadFilter.all().toBuilder().regions(Set.of("West")).build()));
        waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == 2);
        dialogs.answer("West coast");
        robot.clickOn("#viewsButton").clickOn("#viewsSave");
        waitFor(10, TimeUnit.SECONDS, () -> hotlist.views().size() == 1);
        LocalHotlist first = hotlist;
        robot.interact(() -> open(new I18n(Locale.ENGLISH), db));
        waitFor(10, TimeUnit.SECONDS, () -> hotlist != first && window.views().activeProperty().get() != null
                && window.model().rows().size() == 2);
        assertThat(window.views().activeProperty().get().key()).startsWith("saved:");
        assertThat(window.model().filter().regions()).containsExactly("West");
        assertThat(robot.lookup("#viewsButton").queryAs(javafx.scene.control.MenuButton.class).getText())
                .isEqualTo("West coast");
    }

    @Test
    void aLanguageSwitchKeepsTheColumnsTheSelectionAndTheWindow(FxRobot robot) throws Exception {
        PipelineViewModel model = leadsShown(robot, "switch.csv", FIVE_HOT);
        RankedLead second = model.rows().get(1);
        robot.interact(() -> {
            model.select(second.lead().id());
            TableView<RankedLead> table = window.table();
            TableColumn<RankedLead, ?> phone = column(table, "col-phone");
            table.getColumns().remove(phone);
            table.getColumns().add(1, phone);
            column(table, "col-owner").setVisible(true);
            column(table, "col-stage").setVisible(false);
            stage.setMaximized(true);
        });
        AtomicReference<MainWindow> rebuilt = new AtomicReference<>();
        robot.interact(() -> {
            MainWindow.Kept kept = window.kept();
            window.saveLayout();
            MainWindow zh = new MainWindow(stage, new I18n(Locale.SIMPLIFIED_CHINESE),
                    new AppContext(runner, CLOCK, new WindowLayout(prefs)), dialogs, l -> { });
            zh.carryOver(kept);
            LocalHotlist same = hotlist;
            zh.show(() -> same);
            rebuilt.set(zh);
        });
        MainWindow zh = rebuilt.get();
        waitFor(10, TimeUnit.SECONDS, () -> zh.model().selectedProperty().get() != null);
        assertThat(zh.model().selectedProperty().get().lead().id()).isEqualTo(second.lead().id());
        TableView<RankedLead> table = zh.table();
        assertThat(table.getColumns().get(1).getId()).isEqualTo("col-phone");
        assertThat(column(table, "col-owner").isVisible()).isTrue();
        assertThat(column(table, "col-stage").isVisible()).isFalse();
        assertThat(stage.isMaximized()).isTrue();
        assertThat(robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getText()).isEqualTo("文件");
    }

    private static TableColumn<RankedLead, ?> column(TableView<RankedLead> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void anUnusableFileShowsItsOneSentence(FxRobot robot) throws Exception {
        Path bad = dir.resolve("broken.xlsx");
        Files.writeString(bad, "not a workbook", StandardCharsets.UTF_8);
        waitFor(10, TimeUnit.SECONDS, () -> hotlist != null);
        robot.interact(() -> new dev.hotlist.ui.importer.FileJobs(new I18n(Locale.ENGLISH), new TaskRunner(),
                new StatusBar(new I18n(Locale.ENGLISH)), () -> stage, () -> { })
                .importFile(hotlist, bad, TODAY));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#alertText").tryQuery().isPresent());
        String sentence = robot.lookup("#alertText").queryAs(Label.class).getText();
        assertThat(sentence).contains("not a spreadsheet").doesNotContain("Exception").doesNotContain("\n");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDatabaseThatDoesNotOpenOffersItsBackupAndOpensAgain(FxRobot robot) throws Exception {
        Path db = dir.resolve("damaged-" + java.util.UUID.randomUUID() + ".db");
        Path csv = dir.resolve("two.csv");
        Files.writeString(csv, "Name,Email\nAnn Lee,ann@x.com\nBen Hu,ben@x.com\n", StandardCharsets.UTF_8);
        Path more = dir.resolve("three.csv");
        Files.writeString(more, "Name,Email\nAnn Lee,ann@x.com\nBen Hu,ben@x.com\nCy Ng,cy@x.com\n",
                StandardCharsets.UTF_8);
        try (LocalHotlist h = LocalHotlist.open(db)) {
            h.importFile(csv, SheetOptions.defaults(), TODAY, Progress.NONE, Locale.ENGLISH);
            // the second import adds a lead to a database that had leads, so the state before it is backed up
            h.importFile(more, SheetOptions.defaults(), TODAY, Progress.NONE, Locale.ENGLISH);
        }
        assertThat(LocalHotlist.backupsOf(db)).isNotEmpty();
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        Files.write(db, "garbage where the database was".getBytes(StandardCharsets.UTF_8));

        MainWindow.Recovery recovery = new MainWindow.Recovery() {
            @Override
            public List<Path> backups() {
                return LocalHotlist.backupsOf(db);
            }

            @Override
            public void restore(Path backup) {
                LocalHotlist.restoreInto(db, backup);
            }
        };
        robot.interact(() -> {
            window = new MainWindow(stage, new I18n(Locale.ENGLISH),
                    new AppContext(runner, CLOCK, new WindowLayout(prefs)), dialogs, locale -> { });
            window.show(() -> {
                LocalHotlist h = LocalHotlist.open(db, CLOCK);
                opened.add(h);
                return h;
            }, recovery);
        });
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#openFailed").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup("#openFailed").queryAs(javafx.scene.control.DialogPane.class);
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire());
        waitFor(20, TimeUnit.SECONDS, () -> window.views().activeProperty().get() != null
                && window.model().totalLeadsProperty().get() == 2);
        robot.interact(() -> window.views().showNumber(3));
        waitFor(20, TimeUnit.SECONDS, () -> window.model().rows().size() == 2);
        assertThat(window.model().rows()).extracting(r -> r.lead().name()).containsExactlyInAnyOrder("Ann Lee", "Ben Hu");
    }

    static final String FIVE_HOT = "Name,Email,Phone,Need,Buying time,Region,Owner\n"
            + "Ann Hot,ann@x.com,555 0101,urgent,tomorrow,East,Wang\n"
            + "Ben Hot,ben@x.com,555 0102,urgent,in 2 days,West,Li\n"
            + "Cara Hot,cara@x.com,555 0103,high,in 3 days,East,Li\n"
            + "Dan Hot,dan@x.com,555 0104,high,in 5 days,North,Wang\n"
            + "Eve Hot,eve@x.com,555 0105,high,in 6 days,West,Wang\n";

    /** {@code csv} imported and the Today view showing it; the model of the window. */
    private PipelineViewModel leadsShown(FxRobot robot, String file, String csv) throws Exception {
        return leadsShown(robot, file, csv, csv.lines().count() - 1);
    }

    /** {@code csv} imported and the Today view showing {@code rows} of it; the model of the window. */
    private PipelineViewModel leadsShown(FxRobot robot, String file, String csv, long rows) throws Exception {
        Path path = dir.resolve(file);
        Files.writeString(path, csv, StandardCharsets.UTF_8);
        waitFor(10, TimeUnit.SECONDS, () -> hotlist != null && window.views().activeProperty().get() != null);
        hotlist.importFile(path, SheetOptions.defaults(), TODAY, Progress.NONE, Locale.ENGLISH);
        PipelineViewModel model = window.model();
        robot.interact(model::refresh);
        waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == rows);
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }
}
