package dev.hotlist.ui.learning;

import dev.hotlist.domain.Reason;
import dev.hotlist.service.Hotlist;
import dev.hotlist.service.LearningState;
import dev.hotlist.ui.I18n;
import dev.hotlist.ui.TaskExecutor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The learned need's state for the Learning dialog, without a window: the summary line, when and from how many leads
 * it was fitted and how it was validated, the ten strongest factors each way, the columns left out, and whether the
 * learned need is in use. {@link #learnNow} and {@link #useRules} run in the background and then show the new state;
 * {@code onChanged} tells the pipeline to re-rank.
 */
public final class LearningViewModel {
    /** Factors shown each way. */
    static final int FACTORS = 10;

    private final Hotlist hotlist;
    private final TaskExecutor runner;
    private final I18n i18n;
    private final Runnable onChanged;
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty fitted = new SimpleStringProperty("");
    private final StringProperty validation = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty inUse = new SimpleBooleanProperty(false);
    private final BooleanProperty learned = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<String> up = FXCollections.observableArrayList();
    private final ObservableList<String> down = FXCollections.observableArrayList();
    private final ObservableList<String> excluded = FXCollections.observableArrayList();

    public LearningViewModel(Hotlist hotlist, TaskExecutor runner, I18n i18n, Runnable onChanged) {
        this.hotlist = hotlist;
        this.runner = runner;
        this.i18n = i18n;
        this.onChanged = onChanged;
    }

    /** Reads the stored state. */
    public void load() {
        run(hotlist::learning, false);
    }

    /** Fits now from the won and lost leads, and switches learning on. */
    public void learnNow() {
        run(() -> {
            hotlist.learn();
            return hotlist.learning();
        }, true);
    }

    /** Back to the rules until the next fit. */
    public void useRules() {
        run(() -> {
            hotlist.useRules();
            return hotlist.learning();
        }, true);
    }

    private void run(java.util.concurrent.Callable<Optional<LearningState>> work, boolean changes) {
        busy.set(true);
        error.set("");
        runner.later(work, state -> {
            busy.set(false);
            show(state);
            if (changes) {
                onChanged.run();
            }
        }, e -> {
            busy.set(false);
            error.set(e.getLocalizedMessage() == null ? e.toString() : e.getLocalizedMessage());
        });
    }

    void show(Optional<LearningState> state) {
        learned.set(state.isPresent());
        if (state.isEmpty()) {
            summary.set(i18n.t("learning.none"));
            fitted.set("");
            validation.set("");
            inUse.set(false);
            up.clear();
            down.clear();
            excluded.clear();
            return;
        }
        LearningState r = state.get();
        summary.set(r.summary(i18n.locale()));
        fitted.set(i18n.t("learning.fitted", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(i18n.locale()).withZone(ZoneId.systemDefault()).format(r.fittedAt()), r.leads()));
        validation.set(r.validation(i18n.locale()));
        inUse.set(r.inUse());
        up.setAll(lines(r.strongest(FACTORS, true)));
        down.setAll(lines(r.strongest(FACTORS, false)));
        excluded.setAll(r.exclusions(i18n.locale()));
    }

    private List<String> lines(List<Reason> factors) {
        return factors.stream().map(f -> hotlist.describe(f, i18n.locale())).toList();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty fittedProperty() {
        return fitted;
    }

    public ReadOnlyStringProperty validationProperty() {
        return validation;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Whether rank, export and explain use the learned need now. */
    public ReadOnlyBooleanProperty inUseProperty() {
        return inUse;
    }

    /** Whether anything was ever fitted. */
    public ReadOnlyBooleanProperty learnedProperty() {
        return learned;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<String> up() {
        return up;
    }

    public ObservableList<String> down() {
        return down;
    }

    public ObservableList<String> excluded() {
        return excluded;
    }
}
