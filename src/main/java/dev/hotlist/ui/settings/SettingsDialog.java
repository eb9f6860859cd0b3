package dev.hotlist.ui.settings;

import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.scoring.TimingScorer;
import dev.hotlist.ui.I18n;
import java.util.Optional;
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
 * "Restore defaults" puts the defaults in the form; nothing is saved until Save.
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

    public SettingsDialog(I18n i18n, Window owner, ScoringSettings current) {
        this.i18n = i18n;
        dialog.initOwner(owner);
        dialog.setTitle(i18n.t("settings.title"));
        dialog.setHeaderText(i18n.t("settings.header"));
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
        dialog.getDialogPane().setContent(form());
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
        long need = Math.round(needWeight.getValue());
        weightText.setText(i18n.t("settings.weightText", need, 100 - need));
        ScoringSettings s;
        try {
            s = settings();
        } catch (IllegalArgumentException e) {
            soonText.setText("");
            return;
        }
        TimingScorer curve = new TimingScorer(s);
        int days = 0;
        while (days < 3650 && Math.round(curve.score(days + 1L)) >= s.hotTiming()) {
            days++;
        }
        soonText.setText(Math.round(curve.score(0)) < s.hotTiming() ? i18n.t("settings.soonNever")
                : i18n.t("settings.soonDays", days));
    }
}
