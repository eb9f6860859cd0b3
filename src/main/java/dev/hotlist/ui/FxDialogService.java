package dev.hotlist.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX dialogs owned by the main window, each as large as its content needs. */
public final class FxDialogService implements DialogService {
    private final I18n i18n;
    private final Supplier<Window> owner;

    public FxDialogService(I18n i18n, Supplier<Window> owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    @Override
    public void error(String title, String text) {
        alert(Alert.AlertType.ERROR, title, text).show();
    }

    @Override
    public void info(String title, String text) {
        alert(Alert.AlertType.INFORMATION, title, text).show();
    }

    @Override
    public boolean confirm(String title, String text) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, text);
        alert.getButtonTypes().setAll(ButtonType.YES, ButtonType.NO);
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        TextInputDialog ask = new TextInputDialog(initial == null ? "" : initial);
        own(ask, title, header);
        ask.getDialogPane().setId("askTextDialog");
        return ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<LocalDate> askDate(String title, String header, LocalDate initial) {
        return askCallNote(title, header, true, initial).map(CallNote::day);
    }

    @Override
    public Optional<CallNote> askCallNote(String title, String header, boolean withDay, LocalDate initialDay) {
        Dialog<CallNote> dialog = new Dialog<>();
        own(dialog, title, header);
        dialog.getDialogPane().setId("callNoteDialog");
        DatePicker day = new DatePicker(initialDay);
        day.setId("callNoteDay");
        TextArea note = new TextArea();
        note.setId("callNoteText");
        note.setPromptText(i18n.t("callnote.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        VBox content = new VBox(8);
        if (withDay) {
            content.getChildren().add(day);
        }
        content.getChildren().addAll(new Label(i18n.t("callnote.note")), note);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK && (!withDay || day.getValue() != null)
                ? new CallNote(note.getText(), withDay ? day.getValue() : null) : null);
        dialog.setOnShown(e -> (withDay ? day : note).requestFocus());
        return dialog.showAndWait();
    }

    @Override
    public <T> Optional<T> choose(String title, String header, List<T> choices, T initial) {
        ChoiceDialog<T> choose = new ChoiceDialog<>(initial, choices);
        own(choose, title, header);
        return choose.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type);
        own(alert, title, title);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setId("alertText");
        body.setMaxWidth(560);
        alert.getDialogPane().setContent(body);
        return alert;
    }

    @Override
    public Optional<ConflictViewModel.Choice> resolveConflict(ConflictViewModel conflict) {
        return new ConflictDialog(i18n, owner.get()).ask(conflict);
    }

    private void own(Dialog<?> dialog, String title, String header) {
        own(dialog, owner.get(), title, header);
    }

    /**
     * Owns {@code dialog} by {@code owner} (centred on it, closed with it), titles it, and sizes it to its
     * content: never smaller than the content needs, and kept at that size when the window manager would shrink it
     * ({@link ShownSize}).
     */
    public static void own(Dialog<?> dialog, Window owner, String title, String header) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        ShownSize.keep(dialog);
    }
}
