package dev.hotlist.ui.settings;

import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.service.TimingCurve;
import dev.hotlist.ui.FxDialogService;
import dev.hotlist.ui.I18n;
import dev.hotlist.ui.TaskExecutor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The scoring knobs in a salesperson's words: how much need counts against timing, when a lead is hungry and
 * when it is soon (with the number of days that means), the timing curve, and when a passed date goes stale.
 * "Restore defaults" puts the defaults in the form; nothing is saved until Save, and Save writes only what the
 * form changed. Beside the form, the current top 10 re-rank live as the knobs move; Cancel leaves everything as
 * it was.
 */
public final class SettingsDialog {
    private final I18n i18n;
    private final Dialog<ScoringSettings> dialog = new Dialog<>();
    private final Slider needWeight = new Slider(5, 95, 50);
    private final Label weightText = new Label();
    private final Spinner<Integer> hotNeed = new Spinner<>(1, 99, 60);
    private final Spinner<Integer> hotTiming = new Spinner<>(1, 99, 60);
    private final Label soonText = new Label();
    private final Spinner<Integer> midpoint = new Spinner<>(1, 730, 60);
    private final Spinner<Double> steepness = new Spinner<>(0.5, 6.0, 1.5, 0.1);
    private final Spinner<Integer> grace = new Spinner<>(0, 60, 7);
    private final Spinner<Integer> stale = new Spinner<>(1, 3650, 60);
    private final ScoringSettings startedFrom;
    private final SettingsPreview preview;
    private final PauseTransition previewLater = new PauseTransition(Duration.millis(120));

    public SettingsDialog(I18n i18n, Window owner, ScoringSettings current) {
        this(i18n, owner, current, null, trial -> List.of(), List.of());
    }

    /**
     * @param top     the current top leads of the list, best first, previewed as the knobs move
     * @param rescore those leads scored with trial settings (nothing saved)
     */
    public SettingsDialog(I18n i18n, Window owner, ScoringSettings current, TaskExecutor executor,
                          Function<ScoringSettings, List<RankedLead>> rescore, List<RankedLead> top) {
        this.i18n = i18n;
        this.startedFrom = current;
        this.preview = executor == null || top.isEmpty() ? null : new SettingsPreview(executor, top, rescore);
        FxDialogService.own(dialog, owner, i18n.t("settings.title"), i18n.t("settings.header"));
        dialog.getDialogPane().setId("settingsDialog");
        ButtonType save = new ButtonType(i18n.t("settings.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType defaults = new ButtonType(i18n.t("settings.defaults"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(save, defaults,
                new ButtonType(i18n.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button defaultsButton = (Button) dialog.getDialogPane().lookupButton(defaults);
        defaultsButton.setId("settingsDefaults");
        // The defaults button fills the form and keeps the dialog open.
        defaultsButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            fill(ScoringSettings.defaults());
            e.consume();
        });
        ((Button) dialog.getDialogPane().lookupButton(save)).setId("settingsSave");
        for (Spinner<?> s : new Spinner<?>[] {hotNeed, hotTiming, midpoint, steepness, grace, stale}) {
            s.setEditable(true);
            s.setPrefWidth(110);
        }
        hotNeed.setId("settingsHotNeed");
        hotTiming.setId("settingsHotTiming");
        needWeight.setId("settingsNeedWeight");
        needWeight.setShowTickMarks(true);
        needWeight.setMajorTickUnit(25);
        needWeight.setPrefWidth(260);
        needWeight.valueProperty().addListener((obs, old, v) -> describe());
        hotTiming.valueProperty().addListener((obs, old, v) -> describe());
        midpoint.valueProperty().addListener((obs, old, v) -> describe());
        steepness.valueProperty().addListener((obs, old, v) -> describe());
        // A passed date goes stale only after its grace days.
        grace.valueProperty().addListener((obs, old, g) -> {
            if (stale.getValue() <= g) {
                stale.getValueFactory().setValue(g + 1);
            }
        });
        for (Spinner<?> sp : new Spinner<?>[] {hotNeed, grace, stale}) {
            sp.valueProperty().addListener((obs, old, v) -> describe());
        }
        previewLater.setOnFinished(e -> {
            if (preview != null) {
                try {
                    preview.tryOut(settings());
                } catch (IllegalArgumentException half) {
                    // a value being typed: the preview waits for a valid one
                }
            }
        });
        dialog.getDialogPane().setContent(preview == null ? form() : new HBox(24, form(), previewPane()));
        fill(current);
        dialog.setResultConverter(button -> button == save ? settings() : null);
    }

    /** Shows the dialog and waits; the settings to save, or empty when cancelled. */
    public Optional<ScoringSettings> ask() {
        return dialog.showAndWait();
    }

    Dialog<ScoringSettings> dialog() {
        return dialog;
    }

    /** The settings the dialog opened with: what Save compares with, key by key. */
    public ScoringSettings startedFrom() {
        return startedFrom;
    }

    SettingsPreview preview() {
        return preview;
    }

    /** The current top leads, re-ranked as the knobs move: who goes up, who goes down, whose tier changes. */
    private VBox previewPane() {
        ListView<SettingsPreview.Row> list = new ListView<>(preview.rows());
        list.setId("settingsPreview");
        list.setPrefWidth(330);
        list.setPrefHeight(10 * 30 + 4);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SettingsPreview.Row row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label rank = new Label(row.rank() + ".");
                rank.setMinWidth(24);
                Label chip = new Label(i18n.t("tier." + row.tier().name()));
                chip.getStyleClass().setAll("tier-chip", "tier-" + row.tier().name().toLowerCase(Locale.ROOT));
                chip.setMinWidth(Region.USE_PREF_SIZE);
                Label name = new Label(row.name());
                name.setMaxWidth(150);
                Label moved = new Label(row.moved() > 0 ? "▲" + row.moved() : row.moved() < 0 ? "▼" + -row.moved()
                        : "");
                moved.getStyleClass().add(row.moved() > 0 ? "reason-plus" : "reason-minus");
                Label was = new Label(row.wasTier() != row.tier() ? i18n.t("settings.wasTier",
                        i18n.t("tier." + row.wasTier().name())) : "");
                was.getStyleClass().add("muted");
                HBox line = new HBox(6, rank, chip, name, moved, was);
                line.setAlignment(Pos.CENTER_LEFT);
                setText(null);
                setGraphic(line);
            }
        });
        Label title = new Label(i18n.t("settings.previewTitle"));
        title.getStyleClass().add("detail-heading");
        Label hint = muted(i18n.t("settings.previewHint"));
        return new VBox(6, title, list, hint);
    }

    /** The settings the form shows. */
    ScoringSettings settings() {
        int g = grace.getValue();
        return new ScoringSettings(needWeight.getValue() / 100.0, hotNeed.getValue(), hotTiming.getValue(),
                midpoint.getValue(), steepness.getValue(), g, Math.max(g + 1, stale.getValue()));
    }

    void fill(ScoringSettings s) {
        needWeight.setValue(Math.round(s.needWeight() * 100));
        hotNeed.getValueFactory().setValue(s.hotNeed());
        hotTiming.getValueFactory().setValue(s.hotTiming());
        midpoint.getValueFactory().setValue((int) Math.round(s.timingMidpointDays()));
        steepness.getValueFactory().setValue(s.timingSteepness());
        grace.getValueFactory().setValue(s.overdueGraceDays());
        stale.getValueFactory().setValue(s.staleAfterDays());
        describe();
    }

    private GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.setPadding(new Insets(10, 4, 4, 4));
        int r = 0;
        g.addRow(r++, new Label(i18n.t("settings.weight")), needWeight, weightText);
        g.addRow(r++, new Label(i18n.t("settings.hotNeed")), hotNeed, muted(i18n.t("settings.hotNeedHint")));
        g.addRow(r++, new Label(i18n.t("settings.hotTiming")), hotTiming, soonText);
        g.addRow(r++, new Label(i18n.t("settings.midpoint")), midpoint, muted(i18n.t("settings.midpointHint")));
        g.addRow(r++, new Label(i18n.t("settings.steepness")), steepness, muted(i18n.t("settings.steepnessHint")));
        g.addRow(r++, new Label(i18n.t("settings.grace")), grace, muted(i18n.t("settings.graceHint")));
        g.addRow(r, new Label(i18n.t("settings.stale")), stale, muted(i18n.t("settings.staleHint")));
        return g;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        l.setMaxWidth(320);
        return l;
    }

    /** The weight as two shares, and the hot timing threshold as days ahead on the current curve. */
    private void describe() {
        previewLater.playFromStart();
        long need = Math.round(needWeight.getValue());
        weightText.setText(i18n.t("settings.weightText", need, 100 - need));
        ScoringSettings s;
        try {
            s = settings();
        } catch (IllegalArgumentException e) {
            soonText.setText("");
            return;
        }
        TimingCurve curve = new TimingCurve(s);
        int days = 0;
        while (days < 3650 && Math.round(curve.score(days + 1L)) >= s.hotTiming()) {
            days++;
        }
        soonText.setText(Math.round(curve.score(0)) < s.hotTiming() ? i18n.t("settings.soonNever")
                : i18n.t("settings.soonDays", days));
    }
}
