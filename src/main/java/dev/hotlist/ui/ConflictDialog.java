package dev.hotlist.ui;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows a refused edit: who saved the lead meanwhile, each field that differs with "Yours" beside "Theirs", and the
 * two ways out: keep mine (saved over theirs) or take theirs (mine dropped).
 */
public final class ConflictDialog {
    private final I18n i18n;
    private final Window owner;

    public ConflictDialog(I18n i18n, Window owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    public Optional<ConflictViewModel.Choice> ask(ConflictViewModel conflict) {
        Dialog<ConflictViewModel.Choice> dialog = new Dialog<>();
        dialog.getDialogPane().setId("conflictDialog");
        String by = conflict.changedBy().isBlank() ? i18n.t("conflict.someone") : conflict.changedBy();
        // owned by the main window and sized to its content, as every dialog of the app
        FxDialogService.own(dialog, owner, i18n.t("conflict.title"), conflict.leadStillExists()
                ? i18n.t("conflict.header", conflict.leadName(), by) : i18n.t("conflict.gone", conflict.leadName()));
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setId("conflictFields");
        grid.addRow(0, bold(i18n.t("conflict.field")), bold(i18n.t("conflict.mine")), bold(i18n.t("conflict.theirs", by)));
        int row = 1;
        for (ConflictViewModel.Row r : conflict.rows()) {
            Label mine = wrap(r.mine());
            mine.getStyleClass().add("conflict-mine");
            Label theirs = wrap(r.theirs());
            theirs.getStyleClass().add("conflict-theirs");
            grid.addRow(row++, new Label(i18n.t("conflict.f." + r.field())), mine, theirs);
        }
        VBox content = new VBox(10, grid);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        ButtonType keep = new ButtonType(i18n.t("conflict.keepMine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType take = new ButtonType(i18n.t("conflict.takeTheirs"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (conflict.leadStillExists()) {
            dialog.getDialogPane().getButtonTypes().setAll(keep, take);
            dialog.getDialogPane().lookupButton(keep).setId("keepMine");
        } else {
            dialog.getDialogPane().getButtonTypes().setAll(take);
        }
        dialog.getDialogPane().lookupButton(take).setId("takeTheirs");
        dialog.setResultConverter(b -> b == keep ? ConflictViewModel.Choice.KEEP_MINE
                : ConflictViewModel.Choice.TAKE_THEIRS);
        return dialog.showAndWait();
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-heading");
        return l;
    }

    private static Label wrap(String text) {
        Label l = new Label(text.isEmpty() ? "—" : text);
        l.setWrapText(true);
        l.setMaxWidth(280);
        return l;
    }
}
