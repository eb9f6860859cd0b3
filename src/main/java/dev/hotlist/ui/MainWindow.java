package dev.hotlist.ui;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SavedView;
import dev.hotlist.domain.Tier;
import dev.hotlist.service.Hotlist;
import dev.hotlist.ui.importer.FileJobs;
import dev.hotlist.ui.pipeline.LeadDetail;
import dev.hotlist.ui.pipeline.PipelineTable;
import dev.hotlist.ui.pipeline.PipelineViewModel;
import dev.hotlist.ui.learning.LearningDialog;
import dev.hotlist.ui.learning.LearningViewModel;
import dev.hotlist.ui.settings.SettingsDialog;
import dev.hotlist.ui.team.ConflictDialog;
import dev.hotlist.ui.team.ConnectionBanner;
import dev.hotlist.ui.team.TeamEdits;
import dev.hotlist.domain.DatabaseEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window: menus, the filter bar, the ranked pipeline with the selected lead beside it, the empty state
 * that offers the sample data, and the status bar. It only arranges views; the work goes through
 * {@link Hotlist} on background threads.
 */
public final class MainWindow {
    private final Stage stage;
    private final I18n i18n;
    private final TaskRunner runner;
    private final PipelineViewModel model;
    private final StatusBar status;
    private final FileJobs jobs;
    private final Consumer<Locale> switchLanguage;
    private final StackPane centre = new StackPane();
    private final VBox emptyState;
    private final SplitPane pipeline;
    private final LeadDetail detail;
    private final PipelineTable table;
    private final ConnectionBanner banner;
    /** Others' commits and the server's comings and goings, for the open service; closed when it changes. */
    private AutoCloseable watching;
    /** Opens a database by its location (a file path or a team server URL); set by the app. */
    private java.util.function.Function<String, Hotlist> openAt;
    private Consumer<Hotlist> switched = h -> { };
    private final PauseTransition liveRefresh = new PauseTransition(Duration.millis(400));

    public MainWindow(Stage stage, I18n i18n, TaskRunner runner, Consumer<Locale> switchLanguage) {
        this.stage = stage;
        this.i18n = i18n;
        this.runner = runner;
        this.switchLanguage = switchLanguage;
        this.model = new PipelineViewModel(runner);
        this.status = new StatusBar(i18n);
        this.jobs = new FileJobs(i18n, runner, status, () -> stage, model::refresh);
        this.detail = new LeadDetail(model, i18n, runner, status::message,
                new TeamEdits(runner, conflict -> new ConflictDialog(i18n, stage).ask(conflict)));
        this.banner = new ConnectionBanner(i18n);
        liveRefresh.setOnFinished(e -> model.refresh());
        this.table = new PipelineTable(model, i18n, (score, locale) -> model.hotlist().summarize(score, locale));
        this.emptyState = emptyState();
        this.pipeline = new SplitPane(table, detail);
        pipeline.setId("pipeline");
        pipeline.setDividerPositions(0.75);
        SplitPane.setResizableWithParent(detail, false);
        model.setOnError(e -> status.message(e.getLocalizedMessage()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, lead) -> detail.show(lead));
        model.rows().addListener((javafx.collections.ListChangeListener<RankedLead>) c -> reselect());
        model.totalLeadsProperty().addListener((obs, old, n) -> updateCentre());
        model.loadedProperty().addListener((obs, old, n) -> updateCentre());
        model.rows().addListener((javafx.collections.ListChangeListener<RankedLead>) c -> updateCounts());
    }

    /** Where the database's backups are and how to put one back, for when the database cannot be opened. */
    public interface Recovery {
        Recovery NONE = new Recovery() {
            @Override
            public List<Path> backups() {
                return List.of();
            }

            @Override
            public void restore(Path backup) {
                throw new UnsupportedOperationException();
            }
        };

        /** The backups, newest first. */
        List<Path> backups();

        void restore(Path backup);
    }

    /** Builds the scene and shows the window at once; the database opens in the background. */
    public void show(Supplier<Hotlist> opener) {
        show(opener, Recovery.NONE);
    }

    /**
     * As {@link #show(Supplier)}; when the database cannot be opened (damaged, say) the error offers to put a
     * backup back through {@code recovery} and open again.
     */
    public void show(Supplier<Hotlist> opener, Recovery recovery) {
        BorderPane root = new BorderPane();
        root.setId("mainRoot");
        root.setTop(new VBox(menuBar(), filterBar(), banner));
        centre.getChildren().setAll(pipeline, emptyState);
        pipeline.setVisible(false);
        emptyState.setVisible(false);
        root.setCenter(centre);
        root.setBottom(status);
        // Most of the screen, up to a comfortable size: the call list needs its columns.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.max(900, Math.min(1560, screen.getWidth() * 0.96)),
                Math.max(560, Math.min(960, screen.getHeight() * 0.94)));
        scene.getStylesheets().add(MainWindow.class.getResource("hotlist.css").toExternalForm());
        installKeys(scene);
        installDrop(scene);
        stage.setScene(scene);
        stage.setTitle(i18n.t("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
        status.message(i18n.t("status.opening"));
        open(opener, recovery);
    }

    private void open(Supplier<Hotlist> opener, Recovery recovery) {
        runner.later(opener::get, hotlist -> {
            attach(hotlist);
            status.message(i18n.t("status.ready"));
        }, e -> runner.later(recovery::backups, backups -> cannotOpen(e, backups, opener, recovery),
                ignored -> cannotOpen(e, List.of(), opener, recovery)));
    }

    /**
     * Shows {@code hotlist}: the pipeline ranks it, and its live notices (others' commits, a team server going away and
     * coming back) re-rank the list a moment later and drive the banner.
     */
    private void attach(Hotlist hotlist) {
        closeWatch();
        status.database(i18n.t(hotlist.isTeamDatabase() ? "status.teamDb" : "status.db", hotlist.location(),
                hotlist.user()));
        model.attach(hotlist);
        watching = hotlist.watch(event -> javafx.application.Platform.runLater(() -> {
            banner.accept(event);
            if (!(event instanceof DatabaseEvent.Offline)) {
                liveRefresh.playFromStart();
            }
        }));
    }

    private void closeWatch() {
        if (watching != null) {
            try {
                watching.close();
            } catch (Exception ignored) {
                // stopping notices is best effort
            }
            watching = null;
        }
    }

    /**
     * Lets File ▸ Open team database… open another database: {@code open} opens one by its location, {@code
     * onSwitched} hears of the new service (the app closes it on exit).
     */
    public void setDatabaseOpener(java.util.function.Function<String, Hotlist> open, Consumer<Hotlist> onSwitched) {
        this.openAt = open;
        this.switched = onSwitched;
    }

    public ConnectionBanner banner() {
        return banner;
    }

    private void openTeamDatabase() {
        if (openAt == null) {
            return;
        }
        TextInputDialog ask = new TextInputDialog("postgresql://");
        ask.initOwner(stage);
        ask.setTitle(i18n.t("team.openTitle"));
        ask.setHeaderText(i18n.t("team.openHeader"));
        ask.getDialogPane().setId("openTeamDialog");
        ask.showAndWait().map(String::strip).filter(url -> !url.isEmpty()).ifPresent(url -> {
            status.message(i18n.t("status.opening"));
            runner.later(() -> openAt.apply(url), opened -> {
                Hotlist old = model.hotlist();
                attach(opened);
                switched.accept(opened);
                if (old != null) {
                    runner.later(() -> {
                        old.close();
                        return old;
                    }, closed -> { }, e -> { });
                }
                status.message(i18n.t("status.ready"));
            }, e -> status.message(FileJobs.sentence(e, i18n)));
        });
    }

    /** The database did not open: say why, and offer a backup when there is one. */
    private void cannotOpen(Throwable e, List<Path> backups, Supplier<Hotlist> opener, Recovery recovery) {
        String why = FileJobs.sentence(e, i18n);
        status.message(why);
        Alert alert = new Alert(Alert.AlertType.ERROR, why);
        alert.initOwner(stage);
        alert.setHeaderText(i18n.t("error.openTitle"));
        alert.getDialogPane().setId("openFailed");
        ButtonType restore = new ButtonType(i18n.t("menu.restore"), ButtonBar.ButtonData.LEFT);
        if (!backups.isEmpty()) {
            alert.getButtonTypes().setAll(restore, ButtonType.CLOSE);
        }
        alert.showAndWait().filter(restore::equals).ifPresent(b -> chooseBackup(backups).ifPresent(chosen ->
                runner.later(() -> {
                    recovery.restore(chosen);
                    return chosen;
                }, done -> {
                    status.message(i18n.t("status.restored", done.getFileName()));
                    open(opener, recovery);
                }, failed -> cannotOpen(failed, List.of(), opener, recovery))));
    }

    private Optional<Path> chooseBackup(List<Path> backups) {
        javafx.scene.control.ChoiceDialog<String> choose = new javafx.scene.control.ChoiceDialog<>(
                backups.get(0).getFileName().toString(),
                backups.stream().map(p -> p.getFileName().toString()).toList());
        choose.initOwner(stage);
        choose.setTitle(i18n.t("restore.title"));
        choose.setHeaderText(i18n.t("restore.header"));
        return choose.showAndWait().flatMap(name -> backups.stream()
                .filter(p -> p.getFileName().toString().equals(name)).findFirst());
    }

    public PipelineViewModel model() {
        return model;
    }

    private MenuBar menuBar() {
        MenuItem importItem = item("menu.import", "Shortcut+O",
                whenOpen(hotlist -> jobs.chooseAndImport(hotlist, asOf())));
        importItem.setId("menuImport");
        MenuItem exportItem = item("menu.export", "Shortcut+E",
                whenOpen(hotlist -> jobs.chooseAndExport(hotlist, model.filter(), asOf())));
        MenuItem undo = item("menu.undoImport", null, this::undoLastImport);
        MenuItem restore = item("menu.restore", null, whenOpen(this::restoreBackup));
        MenuItem quit = item("menu.quit", "Shortcut+Q", stage::close);
        MenuItem team = item("menu.openTeam", null, this::openTeamDatabase);
        team.setId("menuOpenTeam");
        Menu file = new Menu(i18n.t("menu.file"), null, importItem, exportItem, undo, restore, team, quit);
        file.setId("menuFile");
        MenuItem refresh = item("menu.refresh", "F5", model::refresh);
        MenuItem settings = item("menu.settings", null, whenOpen(this::editSettings));
        settings.setId("menuSettings");
        MenuItem learning = item("menu.learning", null, whenOpen(this::showLearning));
        learning.setId("menuLearning");
        MenuItem english = new MenuItem("English");
        english.setOnAction(e -> switchLanguage.accept(Locale.ENGLISH));
        MenuItem chinese = new MenuItem("简体中文");
        chinese.setId("menuChinese");
        chinese.setOnAction(e -> switchLanguage.accept(Locale.SIMPLIFIED_CHINESE));
        Menu language = new Menu(i18n.t("menu.language"), null, english, chinese);
        language.setId("menuLanguage");
        Menu view = new Menu(i18n.t("menu.view"), null, refresh, settings, learning, language);
        view.setId("menuView");
        MenuItem about = item("app.about", null, this::about);
        Menu help = new Menu(i18n.t("menu.help"), null, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private HBox filterBar() {
        TextField search = new TextField();
        search.setId("searchField");
        search.setPromptText(i18n.t("filter.search"));
        search.setPrefWidth(300);
        PauseTransition debounce = new PauseTransition(Duration.millis(180));
        debounce.setOnFinished(e -> model.refresh());
        search.textProperty().bindBidirectional(model.searchProperty());
        search.textProperty().addListener((obs, old, text) -> debounce.playFromStart());
        HBox tiers = new HBox(4);
        for (Tier tier : Tier.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("tier-" + tier.name());
            b.getStyleClass().addAll("tier-toggle", "tier-" + tier.name().toLowerCase(Locale.ROOT));
            b.textProperty().bind(model.tierCount(tier).asString(i18n.t("tier." + tier) + "  %d"));
            b.setTooltip(new javafx.scene.control.Tooltip(i18n.t("tier.hint." + tier)));
            b.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    model.tiers().add(tier);
                } else {
                    model.tiers().remove(tier);
                }
                model.refresh();
            });
            // a saved view sets the tiers: the buttons follow
            model.tiers().addListener((javafx.collections.SetChangeListener<Tier>) c -> b.setSelected(
                    c.getSet().contains(tier)));
            tiers.getChildren().add(b);
        }
        CheckBox snoozed = new CheckBox(i18n.t("filter.snoozed"));
        snoozed.selectedProperty().bindBidirectional(model.includeSnoozedProperty());
        snoozed.setOnAction(e -> model.refresh());
        CheckBox closed = new CheckBox(i18n.t("filter.closed"));
        closed.selectedProperty().bindBidirectional(model.includeClosedProperty());
        closed.setOnAction(e -> model.refresh());
        DatePicker asOf = new DatePicker(model.asOfProperty().get());
        asOf.setId("asOfPicker");
        asOf.setPrefWidth(130);
        asOf.valueProperty().addListener((obs, old, day) -> {
            if (day != null) {
                model.asOfProperty().set(day);
                model.refresh();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.control.ComboBox<PipelineViewModel.Ownership> whose = new javafx.scene.control.ComboBox<>();
        whose.setId("ownershipFilter");
        whose.getItems().setAll(PipelineViewModel.Ownership.values());
        whose.setConverter(i18n.names("ownership"));
        whose.valueProperty().bindBidirectional(model.ownershipProperty());
        whose.setOnAction(e -> model.refresh());
        HBox bar = new HBox(10, tiers, search, whose, snoozed, closed, viewsButton(), spacer,
                new Label(i18n.t("filter.asOf")), asOf);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    /** Saved views: show one, save the current filter under a name, delete one. Listed afresh when opened. */
    private MenuButton viewsButton() {
        MenuButton views = new MenuButton(i18n.t("views.button"));
        views.setId("viewsButton");
        views.setOnShowing(e -> whenOpen(hotlist -> runner.later(hotlist::views, saved -> {
            List<MenuItem> items = new ArrayList<>();
            Menu delete = new Menu(i18n.t("views.delete"));
            for (SavedView v : saved) {
                MenuItem show = new MenuItem(v.name());
                show.setOnAction(a -> {
                    model.apply(v);
                    status.message(i18n.t("status.viewShown", v.name()));
                });
                items.add(show);
                MenuItem remove = new MenuItem(v.name());
                remove.setOnAction(a -> runner.later(() -> {
                    hotlist.deleteView(v.id());
                    return v;
                }, gone -> status.message(i18n.t("status.viewDeleted", gone.name())),
                        err -> status.message(err.getLocalizedMessage())));
                delete.getItems().add(remove);
            }
            if (saved.isEmpty()) {
                MenuItem none = new MenuItem(i18n.t("views.none"));
                none.setDisable(true);
                items.add(none);
            }
            MenuItem save = new MenuItem(i18n.t("views.save"));
            save.setId("viewsSave");
            save.setOnAction(a -> saveView(hotlist));
            items.add(new SeparatorMenuItem());
            items.add(save);
            if (!saved.isEmpty()) {
                items.add(delete);
            }
            views.getItems().setAll(items);
        }, err -> status.message(err.getLocalizedMessage()))).run());
        // one placeholder so the menu opens at all; it is replaced as it opens
        views.getItems().setAll(new MenuItem(i18n.t("views.none")));
        return views;
    }

    private void saveView(Hotlist hotlist) {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(stage);
        ask.setTitle(i18n.t("views.saveTitle"));
        ask.setHeaderText(i18n.t("views.saveHeader"));
        ask.getDialogPane().setId("saveViewDialog");
        LeadFilter filter = model.filter();
        ask.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name ->
                runner.later(() -> hotlist.saveView(name, filter),
                        v -> status.message(i18n.t("status.viewSaved", v.name())),
                        err -> status.message(err.getLocalizedMessage())));
    }

    private VBox emptyState() {
        Label title = new Label(i18n.t("empty.title"));
        title.getStyleClass().add("empty-title");
        Label text = new Label(i18n.t("empty.text"));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add("empty-text");
        Button sample = new Button(i18n.t("empty.sample"));
        sample.setId("openSample");
        sample.getStyleClass().addAll("big-button", "primary");
        sample.setOnAction(e -> whenOpen(hotlist -> jobs.importSample(hotlist, asOf())).run());
        Button importButton = new Button(i18n.t("empty.import"));
        importButton.setId("importWorkbook");
        importButton.getStyleClass().add("big-button");
        importButton.setOnAction(e -> whenOpen(hotlist -> jobs.chooseAndImport(hotlist, asOf())).run());
        HBox buttons = new HBox(14, sample, importButton);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(16, title, text, buttons);
        box.setId("emptyState");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }

    private void updateCentre() {
        boolean loaded = model.loadedProperty().get();
        boolean empty = model.totalLeadsProperty().get() == 0;
        emptyState.setVisible(loaded && empty);
        pipeline.setVisible(loaded && !empty);
        updateCounts();
    }

    private void updateCounts() {
        status.counts(i18n.t("status.leads", model.totalLeadsProperty().get()) + " · "
                + i18n.t("status.shown", model.rows().size()));
    }

    /** After a re-rank, keep the same lead selected if it is still shown. */
    private void reselect() {
        RankedLead selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        for (RankedLead r : model.rows()) {
            if (r.lead().id() == selected.lead().id()) {
                table.getSelectionModel().select(r);
                return;
            }
        }
        detail.show(null);
    }

    private void installKeys(Scene scene) {
        scene.setOnKeyPressed(e -> {
            if (e.getTarget() instanceof TextField) {
                return;
            }
            int n = e.getCode().ordinal() - KeyCode.DIGIT1.ordinal();
            if (n >= 0 && n < CallOutcome.values().length && e.getCode().isDigitKey()) {
                detail.log(CallOutcome.values()[n]);
                e.consume();
            }
        });
    }

    private void installDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && model.hotlist() != null) {
                File file = e.getDragboard().getFiles().get(0);
                jobs.review(model.hotlist(), file.toPath(), asOf());
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private void editSettings(Hotlist hotlist) {
        new SettingsDialog(i18n, stage, hotlist.settings()).ask().ifPresent(chosen ->
                runner.later(() -> {
                    hotlist.saveSettings(chosen);
                    return chosen;
                }, saved -> {
                    status.message(i18n.t("status.settingsSaved"));
                    model.refresh();
                }, e -> status.message(e.getLocalizedMessage())));
    }

    private void showLearning(Hotlist hotlist) {
        new LearningDialog(i18n, stage, new LearningViewModel(hotlist, runner, i18n, model::refresh)).showAndWait();
    }

    private void undoLastImport() {
        runner.later(() -> model.hotlist().undoLastImport(), undone -> {
            status.message(undone.map(b -> i18n.t("status.undone", b.fileName()))
                    .orElse(i18n.t("status.nothingToUndo")));
            model.refresh();
        }, e -> status.message(e.getLocalizedMessage()));
    }

    private void restoreBackup(Hotlist hotlist) {
        runner.later(hotlist::backups, backups -> {
            if (backups.isEmpty()) {
                status.message(i18n.t("restore.none"));
                return;
            }
            chooseBackup(backups).ifPresent(chosen -> {
                runner.later(() -> {
                    hotlist.restoreBackup(chosen);
                    return chosen;
                }, done -> {
                    status.message(i18n.t("status.restored", done.getFileName()));
                    model.refresh();
                }, e -> status.message(e.getLocalizedMessage()));
            });
        }, e -> status.message(e.getLocalizedMessage()));
    }

    private void about() {
        String version = MainWindow.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, i18n.t("app.aboutText",
                version == null ? "development" : version, model.hotlist() == null ? "" : model.hotlist().location()));
        alert.initOwner(stage);
        alert.setTitle(i18n.t("app.about"));
        alert.setHeaderText(i18n.t("app.title"));
        alert.show();
    }

    /** An action that needs the database, doing nothing until it is open. */
    private Runnable whenOpen(Consumer<Hotlist> action) {
        return () -> {
            if (model.hotlist() != null) {
                action.accept(model.hotlist());
            }
        };
    }

    private java.time.LocalDate asOf() {
        return model.asOfProperty().get();
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(i18n.t(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
