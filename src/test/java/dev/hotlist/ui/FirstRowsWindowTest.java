package dev.hotlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.hotlist.cli.Cli;
import dev.hotlist.domain.BuiltInView;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.service.DatabaseLocation;
import dev.hotlist.service.Hotlist;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.store.Store;
import dev.hotlist.team.LeadSheetFiles;
import dev.hotlist.team.TeamServer;
import dev.hotlist.ui.pipeline.PipelineViewModel;
import dev.hotlist.ui.window.MainWindow;
import dev.hotlist.ui.testing.FakeDialogService;
import dev.hotlist.ui.testing.MemoryPreferences;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window, headless, opening a database that only {@code hotlist import} has filled, on SQLite and on the
 * embedded PostgreSQL: its table shows rows while the whole ranking is held back (a latch in front of
 * {@code Hotlist.rank}), with the status saying it is still ranking; released, the whole ranking replaces them and
 * the selected lead stays selected.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRowsWindowTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final Clock CLOCK = Clock.fixed(DAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private final TaskRunner runner = new TaskRunner();
    private final CountDownLatch ranking = new CountDownLatch(1);
    private LocalHotlist service;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void close() {
        ranking.countDown();
        runner.shutdown();
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aSqliteFileFilledByTheCommandLineShowsRowsBeforeTheWholeRanking(FxRobot robot) throws Exception {
        firstRowsBeforeTheWholeRanking(robot, Store.Engine.SQLITE);
    }

    @Test
    void aTeamServerFilledByAColleaguesImportShowsRowsBeforeTheWholeRanking(FxRobot robot) throws Exception {
        firstRowsBeforeTheWholeRanking(robot, Store.Engine.POSTGRESQL);
    }

    private void firstRowsBeforeTheWholeRanking(FxRobot robot, Store.Engine engine) throws Exception {
        DatabaseLocation db = TeamServer.location(engine, dir, "first.db");
        Cli.Run run = Cli.run("import", LeadSheetFiles.csv(dir.resolve("leads.csv"), 600, "Expo").toString(), "--db",
                db.text(), "--as-of", DAY.toString());
        assertThat(run.code()).as(run.err()).isZero();
        service = LocalHotlist.open(db, CLOCK);
        MainWindow[] window = new MainWindow[1];
        List<Hotlist> warmedUp = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            window[0] = new MainWindow(stage, new I18n(Locale.ENGLISH),
                    new AppContext(runner, CLOCK, new WindowLayout(new MemoryPreferences()), warmedUp::add),
                    new FakeDialogService(),
                    locale -> { });
            window[0].show(() -> heldBack(service));
        });
        PipelineViewModel model = window[0].model();
        TableView<?> table = robot.lookup("#pipelineTable").queryAs(TableView.class);
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#pipeline").query().isVisible()
                && !table.getItems().isEmpty());
        assertThat(ranking.getCount()).as("the whole ranking is held back").isOne();
        assertThat(warmedUp).as("no warm-up competes with the first rows").isEmpty();
        assertThat(model.loadingProperty().get()).isEqualTo(PipelineViewModel.Loading.FIRST_ROWS);
        assertThat(robot.lookup("#loadingState").query().isVisible()).isFalse();
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEqualTo("Ranking the leads…");
        List<Long> first = ids(model.rows());
        assertThat(first).hasSizeGreaterThanOrEqualTo(40);
        robot.interact(() -> model.selectedProperty().set(model.rows().get(2)));
        long chosen = first.get(2);

        ranking.countDown();
        waitFor(60, TimeUnit.SECONDS, () -> model.loadingProperty().get() == PipelineViewModel.Loading.READY);
        robot.interact(() -> { });
        List<Long> whole = ids(service.rank(BuiltInView.TODAY.filter(), DAY));
        assertThat(ids(model.rows())).isEqualTo(whole);
        assertThat(whole.subList(0, first.size())).as("the first rows were the head of Today").isEqualTo(first);
        assertThat(model.selectedProperty().get().lead().id()).as("the selection stays").isEqualTo(chosen);
        assertThat(warmedUp).as("the warm-up is asked for once the whole list shows, on the window's service")
                .satisfiesExactly(h -> assertThat(h).isSameAs(model.hotlist()));
    }

    /** {@code h} with {@code rank} waiting for the latch: the whole ranking arrives when the test says. */
    private Hotlist heldBack(Hotlist h) {
        return (Hotlist) Proxy.newProxyInstance(Hotlist.class.getClassLoader(), new Class<?>[] {Hotlist.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("rank")) {
                        ranking.await(60, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(h, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static List<Long> ids(List<RankedLead> rows) {
        return rows.stream().map(r -> r.lead().id()).toList();
    }
}
