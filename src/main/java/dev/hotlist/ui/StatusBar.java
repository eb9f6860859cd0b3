package dev.hotlist.ui;

import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: a message, lead counts, the database, and the progress bar with Cancel for long work. */
public final class StatusBar extends HBox {
    private final Label message = new Label();
    private final Label counts = new Label();
    private final Label database = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel;

    public StatusBar(I18n i18n) {
        super(12);
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        message.setId("statusMessage");
        counts.setId("statusCounts");
        database.getStyleClass().add("muted");
        progress.setPrefWidth(180);
        cancel = new Button(i18n.t("action.cancel"));
        cancel.setId("cancelTask");
        showProgress(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, progress, cancel, counts, database);
    }

    public void message(String text) {
        message.setText(text);
    }

    public String message() {
        return message.getText();
    }

    public void counts(String text) {
        counts.setText(text);
    }

    public void database(String text) {
        database.setText(text);
    }

    /** Shows {@code task}'s progress with a Cancel button until it ends. */
    public void track(Task<?> task) {
        progress.progressProperty().bind(task.progressProperty());
        cancel.setOnAction(e -> task.cancel());
        showProgress(true);
        task.runningProperty().addListener((obs, was, running) -> {
            if (!running) {
                progress.progressProperty().unbind();
                showProgress(false);
            }
        });
    }

    private void showProgress(boolean on) {
        progress.setVisible(on);
        progress.setManaged(on);
        cancel.setVisible(on);
        cancel.setManaged(on);
    }
}
