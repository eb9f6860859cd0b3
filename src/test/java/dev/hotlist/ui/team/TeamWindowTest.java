package dev.hotlist.ui.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.hotlist.domain.DatabaseEvent;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.Stage;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.store.Store;
import dev.hotlist.team.LeadSheetFiles;
import dev.hotlist.team.TeamServer;
import dev.hotlist.ui.I18n;
import dev.hotlist.ui.TaskRunner;
import dev.hotlist.ui.pipeline.PipelineViewModel;
import dev.hotlist.ui.window.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a team server (embedded PostgreSQL), as Ann, while Ben works through the service beside
 * her: his changes show in her list by themselves, and her edit of a lead he saved meanwhile opens the conflict
 * dialog with both versions; keeping hers saves it. Her buying date typed in the lead pane is saved on the server.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWindowTest {
    static final LocalDate AS_OF = LocalDate.now();
    @TempDir
    static Path dir;
    private LocalHotlist ann;
    private LocalHotlist ben;
    private MainWindow window;

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        String url = TeamServer.url(dir, "team-" + java.util.UUID.randomUUID());
        ben = LocalHotlist.open(dev.hotlist.service.DatabaseLocation.of(url), Clock.systemDefaultZone(), "ben");
        ben.importFile(LeadSheetFiles.csv(dir.resolve("first.csv"), 20, "First"), SheetOptions.defaults(), AS_OF,
                Progress.NONE, Locale.ENGLISH);
        window = new MainWindow(stage, new I18n(Locale.ENGLISH), new dev.hotlist.ui.AppContext(new TaskRunner(),
                Clock.systemDefaultZone(), new dev.hotlist.ui.WindowLayout(new dev.hotlist.ui.testing.MemoryPreferences())),
                locale -> { });
        window.show(() -> ann = LocalHotlist.open(dev.hotlist.service.DatabaseLocation.of(url),
                Clock.systemDefaultZone(), "ann"));
    }

    @AfterEach
    void close() {
        if (ann != null) {
            ann.close();
        }
        ben.close();
    }

    @Test
    void othersChangesShowByThemselvesAndAConflictingEditOpensTheDialog(FxRobot robot) throws Exception {
        PipelineViewModel model = window.model();
        waitFor(30, TimeUnit.SECONDS, () -> model.totalLeadsProperty().get() == 20);
        assertThat(robot.lookup("#statusBar").queryAs(javafx.scene.Node.class)).isNotNull();

        // Ben imports more: Ann's list grows with no click of hers
        ben.importFile(LeadSheetFiles.csv(dir.resolve("second.csv"), 5, "Second"), SheetOptions.defaults(), AS_OF,
                Progress.NONE, Locale.ENGLISH);
        waitFor(15, TimeUnit.SECONDS, () -> model.totalLeadsProperty().get() == 25);

        // Ann shows a lead; Ben saves it meanwhile; Ann's note on the version she saw is refused and shown
        TableView<?> table = robot.lookup("#pipelineTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        RankedLead shown = (RankedLead) table.getSelectionModel().getSelectedItem();
        Lead bensCopy = ben.lead(shown.lead().id()).orElseThrow();
        ben.save(bensCopy.toBuilder().stage(Stage.PROPOSAL).build());

        TextArea notes = robot.lookup("#myNotes").queryAs(TextArea.class);
        Button saveNotes = robot.lookup("#saveNotes").queryAs(Button.class);
        robot.interact(() -> notes.setText("wants a demo on Friday"));
        robot.interact(saveNotes::fire);
        waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#conflictDialog").tryQuery().isPresent());
        GridPane fields = robot.lookup("#conflictFields").queryAs(GridPane.class);
        String shownText = fields.getChildren().stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "|" + b);
        assertThat(shownText).contains("Stage").contains("NEW").contains("PROPOSAL")
                .contains("wants a demo on Friday").contains("ben's");
        Button keepMine = robot.lookup("#keepMine").queryAs(Button.class);
        robot.interact(keepMine::fire);
        waitFor(15, TimeUnit.SECONDS, () -> "wants a demo on Friday".equals(
                ben.lead(shown.lead().id()).orElseThrow().userNotes()));
        assertThat(ben.lead(shown.lead().id()).orElseThrow().stage()).as("Ann kept her whole version")
                .isEqualTo(Stage.NEW);

        // the buying date, edited in place in the lead pane, is saved on the server (version-checked) and re-ranks
        robot.interact(() -> table.getSelectionModel().select(3));
        RankedLead dated = (RankedLead) table.getSelectionModel().getSelectedItem();
        waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#edit-BUYING_TIME").tryQuery().isPresent());
        javafx.scene.control.TextField buying = robot.lookup("#edit-BUYING_TIME")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            buying.setText("in 9 days");
            buying.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.ENTER, false, false, false, false));
        });
        waitFor(15, TimeUnit.SECONDS, () -> "in 9 days".equals(
                ben.lead(dated.lead().id()).orElseThrow().buyingStated()));
        assertThat(ben.lead(dated.lead().id()).orElseThrow().buyingDate()).isEqualTo(AS_OF.plusDays(9));

        // My leads and Unassigned
        robot.interact(() -> table.getSelectionModel().select(0));
        RankedLead toClaim = (RankedLead) table.getSelectionModel().getSelectedItem();
        // the button beside the owner's name, looked up through its row once the pane shows it (the pane is rebuilt
        // as the list re-ranks on notices)
        java.util.concurrent.atomic.AtomicReference<Button> found = new java.util.concurrent.atomic.AtomicReference<>();
        waitFor(15, TimeUnit.SECONDS, () -> {
            robot.lookup("#leadOwner").tryQuery().map(javafx.scene.Node::getParent)
                    .flatMap(row -> row.getChildrenUnmodifiable().stream()
                            .filter(n -> "claimLead".equals(n.getId())).findFirst())
                    .ifPresent(n -> found.set((Button) n));
            return found.get() != null;
        });
        Button claim = found.get();
        robot.interact(claim::fire);
        waitFor(15, TimeUnit.SECONDS, () -> "ann".equals(ben.lead(toClaim.lead().id()).orElseThrow().assignee()));
        @SuppressWarnings("unchecked")
        ComboBox<PipelineViewModel.Ownership> whose = robot.lookup("#ownershipFilter").queryAs(ComboBox.class);
        robot.interact(() -> {
            whose.setValue(PipelineViewModel.Ownership.MINE);
            model.refresh();
        });
        waitFor(15, TimeUnit.SECONDS, () -> model.rows().size() == 1);
        assertThat(model.rows().get(0).lead().id()).isEqualTo(toClaim.lead().id());
        assertThat(ann.rank(LeadFilter.all().withAssignees(java.util.Set.of("")), AS_OF)).hasSize(24);
    }

    @Test
    void theBannerSaysTheServerIsOutOfReachAndGoesWhenItIsBack(FxRobot robot) throws Exception {
        ConnectionBanner banner = window.banner();
        assertThat(banner.showing()).isFalse();
        Platform.runLater(() -> banner.accept(new DatabaseEvent.Offline("Connection refused", 4)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.showing()).isTrue();
        assertThat(banner.getText()).contains("cannot be reached").contains("4 s").contains("Nothing you typed is lost");
        Platform.runLater(() -> banner.accept(new DatabaseEvent.Online()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.showing()).isFalse();
    }
}
