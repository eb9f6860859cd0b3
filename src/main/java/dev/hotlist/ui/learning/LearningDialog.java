package dev.hotlist.ui.learning;

import dev.hotlist.ui.FxDialogService;
import dev.hotlist.ui.I18n;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * View ▸ Learning…: shows a {@link LearningViewModel}, with "Learn now" and "Use the rules". It holds no state of its
 * own.
 */
public final class LearningDialog {
    private final Dialog<Void> dialog = new Dialog<>();

    public LearningDialog(I18n i18n, Window owner, LearningViewModel model) {
        FxDialogService.own(dialog, owner, i18n.t("learning.title"), i18n.t("learning.header"));
        dialog.getDialogPane().setId("learningDialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);

        Label summary = wrapped(model.summaryProperty());
        summary.setId("learningSummary");
        summary.getStyleClass().add("learning-summary");
        Label state = new Label();
        state.setId("learningState");
        state.textProperty().bind(javafx.beans.binding.Bindings.when(model.inUseProperty())
                .then(i18n.t("learning.state.learned")).otherwise(i18n.t("learning.state.rules")));
        Label fitted = wrapped(model.fittedProperty());
        fitted.setId("learningFitted");
        Label validation = wrapped(model.validationProperty());
        validation.getStyleClass().add("muted");
        Label error = wrapped(model.errorProperty());
        error.getStyleClass().add("error");
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        ListView<String> up = list(model.up(), "learningUp");
        ListView<String> down = list(model.down(), "learningDown");
        ListView<String> excluded = list(model.excluded(), "learningExcluded");
        HBox factors = new HBox(12, column(i18n.t("learning.up"), up), column(i18n.t("learning.down"), down));

        Button learn = new Button(i18n.t("learning.learn"));
        learn.setId("learningLearn");
        learn.getStyleClass().add("primary");
        learn.disableProperty().bind(model.busyProperty());
        learn.setOnAction(e -> model.learnNow());
        Button rules = new Button(i18n.t("learning.useRules"));
        rules.setId("learningUseRules");
        rules.disableProperty().bind(model.busyProperty().or(model.inUseProperty().not()));
        rules.setOnAction(e -> model.useRules());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(model.busyProperty());
        Label busyText = new Label(i18n.t("learning.busy"));
        busyText.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(10, learn, rules, working, busyText);

        VBox content = new VBox(10, summary, state, fitted, validation, error, factors,
                column(i18n.t("learning.excluded"), excluded), actions);
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(900);
        dialog.getDialogPane().setContent(content);
        model.load();
    }

    /** Shows the dialog and waits until it is closed. */
    public void showAndWait() {
        dialog.showAndWait();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private static Label wrapped(javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.setMaxWidth(880);
        return l;
    }

    private static ListView<String> list(javafx.collections.ObservableList<String> items, String id) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(220);
        return list;
    }

    private static VBox column(String title, ListView<String> list) {
        VBox box = new VBox(4, new Label(title), list);
        HBox.setHgrow(box, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }
}
