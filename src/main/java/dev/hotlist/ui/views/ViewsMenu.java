package dev.hotlist.ui.views;

import dev.hotlist.ui.DialogService;
import dev.hotlist.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * The view picker: its label names the view shown (with a mark when the filter has been changed since), its menu
 * lists the built-in and saved views with their Ctrl+number, and saves, updates, renames or deletes saved views.
 */
public final class ViewsMenu extends MenuButton {
    private final ViewsViewModel model;
    private final I18n i18n;
    private final DialogService dialogs;

    public ViewsMenu(ViewsViewModel model, I18n i18n, DialogService dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        setId("viewsButton");
        getStyleClass().add("views-button");
        setMinWidth(USE_PREF_SIZE);
        setTooltip(new Tooltip(i18n.t("views.tooltip")));
        textProperty().bind(Bindings.createStringBinding(() -> {
            ViewChoice v = model.activeProperty().get();
            String name = v == null ? i18n.t("views.button") : name(v);
            return model.modifiedProperty().get() ? i18n.t("views.changed", name) : name;
        }, model.activeProperty(), model.modifiedProperty()));
        model.views().addListener((javafx.collections.ListChangeListener<ViewChoice>) c -> rebuild());
        model.activeProperty().addListener((obs, old, v) -> rebuild());
        model.modifiedProperty().addListener((obs, old, v) -> rebuild());
        rebuild();
    }

    /** The name a view is shown under, in the window's language for the built-in ones. */
    public String name(ViewChoice v) {
        return v instanceof ViewChoice.BuiltIn b ? i18n.t("view." + b.view().name())
                : ((ViewChoice.Saved) v).view().name();
    }

    private void rebuild() {
        List<MenuItem> items = new ArrayList<>();
        int n = 1;
        for (ViewChoice v : model.views()) {
            MenuItem item = new MenuItem(name(v));
            item.setId("view-" + v.key().replace(':', '-'));
            if (n <= 9) {
                // shown as a hint: the scene handles Ctrl+n, so it works with the menu closed
                item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + n));
            }
            if (v.equals(model.activeProperty().get())) {
                item.getStyleClass().add("active-view");
                item.setText("✓ " + name(v));
            }
            n++;
            item.setOnAction(e -> model.show(v));
            items.add(item);
        }
        items.add(new SeparatorMenuItem());
        MenuItem save = new MenuItem(i18n.t("views.save"));
        save.setId("viewsSave");
        save.setOnAction(e -> dialogs.askText(i18n.t("views.saveTitle"), i18n.t("views.saveHeader"), "")
                .ifPresent(name -> model.saveAs(name, v -> { })));
        items.add(save);
        if (model.activeProperty().get() instanceof ViewChoice.Saved s) {
            MenuItem update = new MenuItem(i18n.t("views.update", s.view().name()));
            update.setId("viewsUpdate");
            update.setDisable(!model.modifiedProperty().get());
            update.setOnAction(e -> model.updateActive(() -> { }));
            MenuItem rename = new MenuItem(i18n.t("views.rename", s.view().name()));
            rename.setId("viewsRename");
            rename.setOnAction(e -> dialogs.askText(i18n.t("views.renameTitle"), i18n.t("views.renameHeader"),
                    s.view().name()).ifPresent(name -> model.rename(s, name)));
            MenuItem delete = new MenuItem(i18n.t("views.delete", s.view().name()));
            delete.setId("viewsDelete");
            delete.setOnAction(e -> {
                if (dialogs.confirm(i18n.t("views.deleteTitle"), i18n.t("views.deleteText", s.view().name()))) {
                    model.delete(s);
                }
            });
            items.add(update);
            items.add(rename);
            items.add(delete);
        }
        getItems().setAll(items);
    }
}
