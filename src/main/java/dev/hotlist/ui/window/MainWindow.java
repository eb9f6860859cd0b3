package dev.hotlist.ui.window;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.service.Hotlist;
import dev.hotlist.service.InvalidEditException;
import dev.hotlist.ui.AppContext;
import dev.hotlist.ui.DialogService;
import dev.hotlist.ui.FxDialogService;
import dev.hotlist.ui.I18n;
import dev.hotlist.ui.ShownSize;
import dev.hotlist.ui.StatusBar;
import dev.hotlist.ui.TaskExecutor;
import dev.hotlist.ui.charts.ChartPane;
import dev.hotlist.ui.detail.LeadDetail;
import dev.hotlist.ui.filters.FilterBar;
import dev.hotlist.ui.filters.FilterWords;
import dev.hotlist.ui.importer.FileJobs;
import dev.hotlist.ui.learning.LearningDialog;
import dev.hotlist.ui.learning.LearningViewModel;
import dev.hotlist.ui.pipeline.PipelineTable;
import dev.hotlist.ui.pipeline.PipelineViewModel;
import dev.hotlist.ui.settings.SettingsDialog;
import dev.hotlist.ui.views.ViewsMenu;
import dev.hotlist.ui.views.ViewsViewModel;
import dev.hotlist.ui.team.ConnectionBanner;
import dev.hotlist.domain.DatabaseEvent;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window: menus and toolbar, the filter bar with the views, the ranked pipeline with the selected lead and
 * the chart beside it, the loading, empty and no-match states, and the status bar. It arranges views and binds
 * keys; the state is in the view models and the work goes through {@link Hotlist} on the executor.
 */
public final class MainWindow {
    private final Stage stage;
    private final I18n i18n;
    private final AppContext context;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final PipelineViewModel model;
    private final ViewsViewModel views;
    private final StatusBar status;
    private final FileJobs jobs;
    private final Consumer<Locale> switchLanguage;
    private final StackPane centre = new StackPane();
    private final VBox emptyState;
    private final VBox loadingState;
    private final VBox noMatches;
    private final SplitPane pipeline;
    private final LeadDetail detail;
    private final ChartPane charts;
    private final TabPane side;
    private final PipelineTable table;
    private final FilterBar filterBar;
    private final ViewsMenu viewsMenu;
    private final DatePicker asOfPicker = new DatePicker();
    private Timeline ticker;
    private final ConnectionBanner banner;
    private final javafx.scene.control.ComboBox<PipelineViewModel.Ownership> whose =
            new javafx.scene.control.ComboBox<>();
    /** Others' commits and the server's comings and goings, for the open service; closed when it changes. */
    private AutoCloseable watching;
    /** Opens a database by its location (a file path or a team server URL); set by the app. */
    private java.util.function.Function<String, Hotlist> openAt;
    private Consumer<Hotlist> switched = h -> { };
    private final PauseTransition liveRefresh = new javafx.animation.PauseTransition(Duration.millis(400));

    public MainWindow(Stage stage, I18n i18n, AppContext context, Consumer<Locale> switchLanguage) {
        this(stage, i18n, context, new FxDialogService(i18n, () -> stage), switchLanguage);
    }

    public MainWindow(Stage stage, I18n i18n, AppContext context, DialogService dialogs,
                      Consumer<Locale> switchLanguage) {
        this.stage = stage;
        this.i18n = i18n;
        this.context = context;
        this.executor = context.executor();
        this.dialogs = dialogs;
        this.switchLanguage = switchLanguage;
        this.model = new PipelineViewModel(executor, context.clock());
        model.setWords(i18n::t);
        this.views = new ViewsViewModel(model, executor);
        this.status = new StatusBar(i18n);
        this.jobs = new FileJobs(i18n, executor, status, () -> stage, model::refresh);
        this.detail = new LeadDetail(model, i18n, executor, new LeadDetail.CallActions() {
            @Override
            public void log(CallOutcome outcome) {
                logCall(outcome);
            }

            @Override
            public void backToList() {
                MainWindow.this.backToList();
            }

            @Override
            public void chooseSnoozeDay() {
                snoozeUntil();
            }

            @Override
            public void say(String sentence) {
                status.message(sentence);
            }
        });
        this.table = new PipelineTable(model, i18n, (score, locale) -> model.hotlist().reasons(score, locale),
                () -> model.asOfProperty().get());
        this.charts = new ChartPane(model, i18n, () -> model.settingsProperty().get());
        Tab leadTab = new Tab(i18n.t("side.lead"), detail);
        leadTab.setId("tabLead");
        Tab chartTab = new Tab(i18n.t("side.chart"), charts);
        chartTab.setId("tabChart");
        this.side = new TabPane(leadTab, chartTab);
        side.setId("sidePane");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setMinWidth(300);
        this.viewsMenu = new ViewsMenu(views, i18n, dialogs);
        this.filterBar = new FilterBar(model, i18n, viewsMenu, asOfBox());
        model.setConflictResolver(dialogs::resolveConflict);
        this.banner = new ConnectionBanner(i18n);
        liveRefresh.setOnFinished(e -> model.refresh());
        this.emptyState = emptyState();
        this.loadingState = loadingState();
        this.noMatches = noMatches();
        this.pipeline = new SplitPane(table, side);
        pipeline.setId("pipeline");
        SplitPane.setResizableWithParent(side, false);
        model.setOnError(e -> status.message(FileJobs.sentence(e, i18n)));
        model.setOnMessage(status::message);
        views.setOnError(e -> status.message(FileJobs.sentence(e, i18n)));
        bindSelection();
        model.totalLeadsProperty().addListener((obs, old, n) -> updateCentre());
        model.loadingProperty().addListener((obs, old, n) -> {
            updateCentre();
            if (n == PipelineViewModel.Loading.READY) {
                // the whole list is shown: the session's first import can be rehearsed now (once per run)
                context.warmUp().accept(model.hotlist());
            }
        });
        model.rows().addListener((ListChangeListener<RankedLead>) c -> updateCentre());
    }

    /**
     * The table and the model select the same lead; a lead selected by the model is scrolled into view, and a new
     * filter or view that keeps no selected lead starts at its top rather than where the last list was scrolled.
     */
    private void bindSelection() {
        boolean[] newList = {false};
        model.filterProperty().addListener((obs, old, f) -> newList[0] = true);
        model.rows().addListener((ListChangeListener<RankedLead>) c -> {
            if (newList[0]) {
                newList[0] = false;
                // after the model has put its selection back on the new rows
                javafx.application.Platform.runLater(() -> {
                    if (model.selectedProperty().get() == null && !table.getItems().isEmpty()) {
                        table.scrollTo(0);
                    }
                });
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, lead) -> {
            if (lead != null && lead != model.selectedProperty().get()) {
                model.selectedProperty().set(lead);
            }
        });
        model.selectedProperty().addListener((obs, old, lead) -> {
            if (lead == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != lead) {
                table.getSelectionModel().select(lead);
                int i = table.getItems().indexOf(lead);
                if (i >= 0) {
                    table.scrollTo(Math.max(0, i - 3));
                }
            }
        });
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

    public void show(Supplier<Hotlist> opener) {
        show(opener, Recovery.NONE);
    }

    /**
     * Builds the window and shows it at once; the database opens in the background. When the stage already shows
     * a window (a language switch), its size, place and maximized state are kept.
     */
    public void show(Supplier<Hotlist> opener, Recovery recovery) {
        BorderPane root = new BorderPane();
        root.setId("mainRoot");
        root.setTop(new VBox(menuBar(), toolBar(), filterBar, banner));
        centre.getChildren().setAll(pipeline, emptyState, loadingState, noMatches);
        root.setCenter(centre);
        root.setBottom(status);
        context.layout().restoreColumns(table);
        Scene scene = stage.getScene();
        if (scene == null) {
            context.layout().placeWindow(stage);
            // the scene is made at the window's size: a scene sized to its content would shrink the window
            scene = new Scene(root, stage.getWidth(), stage.getHeight());
            stage.setScene(scene);
            ShownSize.keep(stage);
        } else {
            scene.setRoot(root);
        }
        scene.getStylesheets().setAll(MainWindow.class.getResource("/dev/hotlist/ui/hotlist.css").toExternalForm());
        installKeys(scene);
        installDrop(scene);
        stage.setTitle(i18n.t("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> saveLayout());
        stage.show();
        placeDivider();
        updateCentre();
        status.message(i18n.t("status.opening"));
        ticker = new Timeline(new KeyFrame(Duration.seconds(20), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        open(opener, recovery);
    }

    /**
     * The lead pane keeps a width of its own ({@link #sideWidth}) and the table takes the rest, at every window
     * size, until the user drags the divider; the window manager may resize the window several times while it
     * opens, so the divider follows the width rather than being set once.
     */
    private void placeDivider() {
        boolean[] dragged = {false};
        pipeline.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            // the divider or its grabber: from then on the user's width stands
            for (Node n = e.getTarget() instanceof Node t ? t : null; n != null && n != pipeline; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) {
                    dragged[0] = true;
                }
            }
        });
        Runnable place = () -> {
            double w = pipeline.getWidth();
            if (!dragged[0] && w > 0) {
                pipeline.setDividerPositions(1 - sideWidth(w) / w);
            }
        };
        // after the split pane's own layout, which would otherwise write its old proportions back
        pipeline.widthProperty().addListener((obs, old, w) -> javafx.application.Platform.runLater(place));
        place.run();
    }

    /** The lead pane's width in a window {@code width} wide: room for its buttons, the rest for the table. */
    static double sideWidth(double width) {
        return Math.max(300, Math.min(480, width * 0.25));
    }

    /** Remembers the window and the columns (on close, and before a language switch rebuilds the window). */
    public void saveLayout() {
        model.rememberFirstRows();
        context.layout().saveWindow(stage);
        context.layout().saveColumns(table);
    }

    private void open(Supplier<Hotlist> opener, Recovery recovery) {
        executor.later(opener::get, hotlist -> {
            attach(hotlist);
            status.message(i18n.t("status.ranking"));
            Kept k = kept;
            kept = null;
            if (k == null) {
                views.restoreLast();
            } else {
                views.restore(k.viewKey(), k.filter());
                side.getSelectionModel().select(k.tab());
                if (k.leadId() >= 0) {
                    model.selectWhenShown(k.leadId());
                }
            }
        }, e -> executor.later(recovery::backups, backups -> cannotOpen(e, backups, opener, recovery),
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
        whose.setVisible(hotlist.isTeamDatabase());
        whose.setManaged(hotlist.isTeamDatabase());
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
        dialogs.askText(i18n.t("team.openTitle"), i18n.t("team.openHeader"), "postgresql://")
                .map(String::strip).filter(url -> !url.isEmpty()).ifPresent(url -> {
            status.message(i18n.t("status.opening"));
            executor.later(() -> openAt.apply(url), opened -> {
                Hotlist old = model.hotlist();
                attach(opened);
                views.restoreLast();
                switched.accept(opened);
                if (old != null) {
                    executor.later(() -> {
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
        model.loadingProperty().set(PipelineViewModel.Loading.READY);
        Alert alert = new Alert(Alert.AlertType.ERROR, why);
        FxDialogService.own(alert, stage, i18n.t("app.title"), i18n.t("error.openTitle"));
        alert.getDialogPane().setId("openFailed");
        ButtonType restore = new ButtonType(i18n.t("menu.restore"), ButtonBar.ButtonData.LEFT);
        if (!backups.isEmpty()) {
            alert.getButtonTypes().setAll(restore, ButtonType.CLOSE);
        }
        alert.showAndWait().filter(restore::equals).ifPresent(b -> chooseBackup(backups).ifPresent(chosen ->
                executor.later(() -> {
                    recovery.restore(chosen);
                    return chosen;
                }, done -> {
                    status.message(i18n.t("status.restored", done.getFileName()));
                    open(opener, recovery);
                }, failed -> cannotOpen(failed, List.of(), opener, recovery))));
    }

    private Optional<Path> chooseBackup(List<Path> backups) {
        return dialogs.choose(i18n.t("restore.title"), i18n.t("restore.header"),
                backups.stream().map(p -> p.getFileName().toString()).toList(),
                backups.get(0).getFileName().toString())
                .flatMap(name -> backups.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst());
    }

    public PipelineViewModel model() {
        return model;
    }

    public ViewsViewModel views() {
        return views;
    }

    public PipelineTable table() {
        return table;
    }

    private MenuBar menuBar() {
        MenuItem importItem = item("menu.import", "Shortcut+O", whenOpen(h -> jobs.chooseAndImport(h, asOf())));
        importItem.setId("menuImport");
        MenuItem exportItem = item("menu.export", "Shortcut+E",
                whenOpen(h -> jobs.chooseAndExport(h, model.filter(), asOf(), viewName())));
        exportItem.setId("menuExport");
        MenuItem add = item("menu.addLead", "Shortcut+N", whenOpen(h -> addLead()));
        add.setId("menuAddLead");
        MenuItem undoImport = item("menu.undoImport", null, whenOpen(h -> undoLastImport()));
        MenuItem restore = item("menu.restore", null, whenOpen(this::restoreBackup));
        MenuItem quit = item("menu.quit", "Shortcut+Q", () -> {
            saveLayout();
            stage.close();
        });
        MenuItem team = item("menu.openTeam", null, this::openTeamDatabase);
        team.setId("menuOpenTeam");
        Menu file = new Menu(i18n.t("menu.file"), null, importItem, exportItem, new SeparatorMenuItem(), add,
                new SeparatorMenuItem(), undoImport, restore, team, new SeparatorMenuItem(), quit);
        file.setId("menuFile");
        // Ctrl+Z is bound on the scene (so a text box keeps its own undo); the menu shows it as a hint
        MenuItem undo = item("menu.undo", null, model::undo);
        undo.setId("menuUndo");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        MenuItem edit = item("menu.editLead", null, this::editSelected);
        edit.setAccelerator(KeyCombination.keyCombination("F2"));
        MenuItem find = item("menu.find", null, filterBar::focusSearch);
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        Menu editMenu = new Menu(i18n.t("menu.edit"), null, undo, edit, find);
        editMenu.setId("menuEdit");
        MenuItem refresh = item("menu.refresh", "F5", model::refresh);
        MenuItem chart = item("menu.chart", "Shortcut+G", () -> side.getSelectionModel().select(1));
        MenuItem settings = item("menu.settings", null, whenOpen(this::editSettings));
        settings.setId("menuSettings");
        MenuItem learning = item("menu.learning", null, whenOpen(this::showLearning));
        learning.setId("menuLearning");
        MenuItem english = new MenuItem("English");
        english.setId("menuEnglish");
        english.setOnAction(e -> switchTo(Locale.ENGLISH));
        MenuItem chinese = new MenuItem("简体中文");
        chinese.setId("menuChinese");
        chinese.setOnAction(e -> switchTo(Locale.SIMPLIFIED_CHINESE));
        Menu language = new Menu(i18n.t("menu.language"), null, english, chinese);
        language.setId("menuLanguage");
        Menu view = new Menu(i18n.t("menu.view"), null, refresh, chart, settings, learning, language);
        view.setId("menuView");
        MenuItem about = item("app.about", null, this::about);
        Menu help = new Menu(i18n.t("menu.help"), null, about);
        MenuBar bar = new MenuBar(file, editMenu, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private ToolBar toolBar() {
        // Everyone / My leads / Unassigned: team mode only (on a file nobody claims leads)
        whose.setId("ownershipFilter");
        whose.getItems().setAll(PipelineViewModel.Ownership.values());
        whose.setConverter(i18n.names("ownership"));
        whose.valueProperty().bindBidirectional(model.ownershipProperty());
        whose.setVisible(false);
        whose.setManaged(false);
        Button importButton = tool("tool.import", "tool.importHint", whenOpen(h -> jobs.chooseAndImport(h, asOf())));
        Button export = tool("tool.export", "tool.exportHint",
                whenOpen(h -> jobs.chooseAndExport(h, model.filter(), asOf(), viewName())));
        Button add = tool("tool.add", "tool.addHint", whenOpen(h -> addLead()));
        add.setId("toolAddLead");
        Button undo = tool("tool.undo", "tool.undoHint", model::undo);
        undo.setId("toolUndo");
        Button settings = tool("tool.settings", "tool.settingsHint", whenOpen(this::editSettings));
        ToolBar bar = new ToolBar(importButton, export, add, undo, settings, whose);
        bar.setId("toolBar");
        return bar;
    }

    private Button tool(String key, String hint, Runnable action) {
        Button b = new Button(i18n.t(key));
        b.setTooltip(new Tooltip(i18n.t(hint)));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** "As of" a day: today by default, following the clock; another day is pinned until today is picked again. */
    private HBox asOfBox() {
        asOfPicker.setId("asOfPicker");
        asOfPicker.setPrefWidth(128);
        asOfPicker.setValue(model.asOfProperty().get());
        asOfPicker.valueProperty().addListener((obs, old, day) -> {
            if (day != null && !day.equals(model.asOfProperty().get())) {
                model.showDay(day);
            }
        });
        model.asOfProperty().addListener((obs, old, day) -> asOfPicker.setValue(day));
        Label label = new Label(i18n.t("filter.asOf"));
        label.setMinWidth(Label.USE_PREF_SIZE);
        Label pinned = new Label();
        pinned.getStyleClass().add("muted");
        pinned.setMinWidth(Label.USE_PREF_SIZE);
        pinned.textProperty().bind(Bindings.when(model.asOfPinnedProperty()).then(i18n.t("filter.pinned"))
                .otherwise(i18n.t("filter.followsClock")));
        HBox box = new HBox(6, label, asOfPicker, pinned);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(HBox.USE_PREF_SIZE);
        return box;
    }

    private VBox emptyState() {
        Label title = new Label(i18n.t("empty.title"));
        title.getStyleClass().add("empty-title");
        title.setWrapText(true);
        Label text = new Label(i18n.t("empty.text"));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add("empty-text");
        Button sample = new Button(i18n.t("empty.sample"));
        sample.setId("openSample");
        sample.getStyleClass().addAll("big-button", "primary");
        sample.setOnAction(e -> whenOpen(h -> jobs.importSample(h, asOf())).run());
        Button importButton = new Button(i18n.t("empty.import"));
        importButton.setId("importWorkbook");
        importButton.getStyleClass().add("big-button");
        importButton.setOnAction(e -> whenOpen(h -> jobs.chooseAndImport(h, asOf())).run());
        HBox buttons = new HBox(14, sample, importButton);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(16, title, text, buttons);
        box.setId("emptyState");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }

    /** While the database opens and the first ranking is worked out: a spinner and how many leads, never "Ready". */
    private VBox loadingState() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(56, 56);
        Label text = new Label();
        text.setId("loadingText");
        text.getStyleClass().add("empty-text");
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            long n = model.totalLeadsProperty().get();
            return model.loadingProperty().get() == PipelineViewModel.Loading.OPENING || n < 0
                    ? i18n.t("loading.opening") : i18n.t("loading.ranking", n);
        }, model.loadingProperty(), model.totalLeadsProperty()));
        VBox box = new VBox(14, spinner, text);
        box.setId("loadingState");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** The view shows no lead: say which criteria are on, and offer to clear them. */
    private VBox noMatches() {
        Label title = new Label();
        title.setId("noMatchesTitle");
        title.getStyleClass().add("empty-title");
        title.setWrapText(true);
        Label why = new Label();
        why.setId("noMatchesWhy");
        why.getStyleClass().add("empty-text");
        why.setWrapText(true);
        why.setMaxWidth(640);
        Button clear = new Button(i18n.t("nomatch.clear"));
        clear.setId("noMatchesClear");
        clear.getStyleClass().add("big-button");
        clear.setOnAction(e -> views.showNumber(3));
        VBox box = new VBox(12, title, why, clear);
        box.setId("noMatches");
        box.setAlignment(Pos.CENTER);
        box.setMouseTransparent(false);
        box.setPickOnBounds(false);
        model.filterProperty().addListener((obs, old, f) -> fillNoMatches(title, why));
        views.activeProperty().addListener((obs, old, v) -> fillNoMatches(title, why));
        return box;
    }

    private void fillNoMatches(Label title, Label why) {
        title.setText(i18n.t("nomatch.title", viewName()));
        String criteria = FilterWords.describe(model.filter(), i18n);
        why.setText(criteria.isEmpty() ? i18n.t("nomatch.hidden") : i18n.t("nomatch.why", criteria));
    }

    private String viewName() {
        return views.activeProperty().get() == null ? i18n.t("views.button")
                : viewsMenu.name(views.activeProperty().get());
    }

    private void updateCentre() {
        boolean first = model.loadingProperty().get() == PipelineViewModel.Loading.FIRST_ROWS;
        if (first) {
            // last time's first rows while the whole list is ranked: shown, and the status says it is still ranking
            loadingState.setVisible(false);
            emptyState.setVisible(false);
            noMatches.setVisible(false);
            pipeline.setVisible(true);
            pipeline.setOpacity(1);
            status.counts(i18n.t("status.ranking"));
            return;
        }
        boolean ready = model.loadingProperty().get() == PipelineViewModel.Loading.READY;
        long total = model.totalLeadsProperty().get();
        loadingState.setVisible(!ready);
        emptyState.setVisible(ready && total == 0);
        pipeline.setVisible(ready && total > 0);
        boolean none = ready && total > 0 && model.rows().isEmpty();
        noMatches.setVisible(none);
        pipeline.setOpacity(none ? 0.15 : 1);
        if (none) {
            fillNoMatches((Label) noMatches.getChildren().get(0), (Label) noMatches.getChildren().get(1));
        }
        if (ready && total >= 0) {
            status.counts(i18n.t("status.leads", total) + " · " + i18n.t("status.shown", model.rows().size()));
            if (i18n.t("status.ranking").equals(status.message())) {
                status.message("");
            }
        } else {
            status.counts("");
        }
    }

    private void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = e.getTarget() instanceof TextInputControl;
            if (e.isShortcutDown() && e.getCode().isDigitKey() && e.getCode() != KeyCode.DIGIT0) {
                views.showNumber(e.getCode().ordinal() - KeyCode.DIGIT1.ordinal() + 1);
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !typing) {
                model.undo();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
                filterBar.focusSearch();
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                editSelected();
                e.consume();
            } else if (!typing && !e.isShortcutDown() && !e.isAltDown() && outcomeKey(e.getCode()) >= 0) {
                // a filter, not a handler: the table never gets to treat the digit as type-ahead
                logCall(CallOutcome.values()[outcomeKey(e.getCode())]);
                e.consume();
            }
        });
    }

    /** 0–5 for the keys 1–6 (top row or keypad), else -1. */
    private static int outcomeKey(KeyCode code) {
        int n = code.ordinal() - (code.isKeypadKey() ? KeyCode.NUMPAD1 : KeyCode.DIGIT1).ordinal();
        return (code.isDigitKey() || code.isKeypadKey()) && n >= 0 && n < CallOutcome.values().length ? n : -1;
    }

    /** Logs an outcome for the selected lead: a call back asks for its day, every call takes the typed note. */
    private void logCall(CallOutcome outcome) {
        RankedLead lead = model.selectedProperty().get();
        if (lead == null) {
            status.message(i18n.t("status.selectFirst"));
            return;
        }
        if (lead.lead().doNotCall()) {
            // the sheet says this person is not to be called: no call is offered or logged
            status.message(i18n.t("status.doNotCall", lead.lead().displayName()));
            return;
        }
        String note = detail.takeNote();
        if (outcome == CallOutcome.CALL_BACK) {
            Optional<DialogService.CallNote> asked = dialogs.askCallNote(i18n.t("callback.title"),
                    i18n.t("callback.header"), true, asOf().plusDays(1));
            if (asked.isEmpty()) {
                return;
            }
            String joined = note.isEmpty() ? asked.get().note()
                    : asked.get().note().isEmpty() ? note : note + " · " + asked.get().note();
            model.log(outcome, asked.get().day(), joined);
        } else {
            model.log(outcome, null, note);
        }
        backToList();
    }

    private void snoozeUntil() {
        dialogs.askDate(i18n.t("snooze.title"), i18n.t("snooze.header"), asOf().plusDays(3)).ifPresent(day -> {
            model.snooze(day);
            backToList();
        });
    }

    private void backToList() {
        table.requestFocus();
    }

    /** F2: the lead pane's buying time (the field that moves a lead most), scrolled into view. */
    private void editSelected() {
        side.getSelectionModel().select(0);
        detail.edit(LeadEdit.Field.BUYING_TIME);
    }

    private void addLead() {
        dialogs.askText(i18n.t("add.title"), i18n.t("add.header"), "").ifPresent(name ->
                model.add(List.of(new LeadEdit(LeadEdit.Field.NAME, name)), lead -> {
                    status.message(i18n.t("status.added", lead.displayName()));
                    side.getSelectionModel().select(0);
                }, e -> dialogs.error(i18n.t("add.title"), e instanceof InvalidEditException invalid
                        ? invalid.message(i18n.locale()) : FileJobs.sentence(e, i18n))));
    }

    private void switchTo(Locale locale) {
        saveLayout();
        if (ticker != null) {
            ticker.stop();
        }
        switchLanguage.accept(locale);
    }

    /** What a language switch carries over to the rebuilt window: the view and filter, the lead, the side tab. */
    public record Kept(String viewKey, dev.hotlist.domain.LeadFilter filter, long leadId, int tab) {
    }

    private Kept kept;

    /** The state to carry over a rebuild of this window. */
    public Kept kept() {
        RankedLead selected = model.selectedProperty().get();
        return new Kept(views.activeProperty().get() == null ? null : views.activeProperty().get().key(),
                model.filter(), selected == null ? -1 : selected.lead().id(),
                side.getSelectionModel().getSelectedIndex());
    }

    /** Shows {@code state} once the service is attached, instead of the last view remembered in the database. */
    public void carryOver(Kept state) {
        this.kept = state;
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
        List<RankedLead> top = model.rows().subList(0, Math.min(10, model.rows().size())).stream().toList();
        SettingsDialog dialog = new SettingsDialog(i18n, stage, hotlist.settings(), executor,
                trial -> hotlist.rescore(top.stream().map(RankedLead::lead).toList(), trial, asOf()), top);
        dialog.ask().ifPresent(chosen -> executor.later(() -> hotlist.updateSettings(dialog.startedFrom(), chosen),
                saved -> {
                    status.message(i18n.t("status.settingsSaved"));
                    model.refresh();
                }, e -> status.message(FileJobs.sentence(e, i18n))));
    }

    private void showLearning(Hotlist hotlist) {
        new LearningDialog(i18n, stage, new LearningViewModel(hotlist, executor, i18n, model::refresh)).showAndWait();
    }

    private void undoLastImport() {
        executor.later(() -> model.hotlist().undoLastImport(), undone -> {
            status.message(undone.map(b -> i18n.t("status.undone", b.fileName()))
                    .orElse(i18n.t("status.nothingToUndo")));
            model.refresh();
        }, e -> status.message(FileJobs.sentence(e, i18n)));
    }

    private void restoreBackup(Hotlist hotlist) {
        executor.later(hotlist::backups, backups -> {
            if (backups.isEmpty()) {
                status.message(i18n.t("restore.none"));
                return;
            }
            chooseBackup(backups).ifPresent(chosen -> executor.later(() -> {
                hotlist.restoreBackup(chosen);
                return chosen;
            }, done -> {
                status.message(i18n.t("status.restored", done.getFileName()));
                model.refresh();
            }, e -> status.message(FileJobs.sentence(e, i18n))));
        }, e -> status.message(FileJobs.sentence(e, i18n)));
    }

    private void about() {
        String version = MainWindow.class.getPackage().getImplementationVersion();
        dialogs.info(i18n.t("app.about"), i18n.t("app.aboutText", version == null ? "development" : version,
                model.hotlist() == null ? "" : model.hotlist().location()));
    }

    /** An action that needs the database, doing nothing until it is open. */
    private Runnable whenOpen(Consumer<Hotlist> action) {
        return () -> {
            if (model.hotlist() != null) {
                action.accept(model.hotlist());
            }
        };
    }

    private LocalDate asOf() {
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
