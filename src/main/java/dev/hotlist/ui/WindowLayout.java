package dev.hotlist.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was and how the table looked: size, position, maximized, and each column's width, place and
 * visibility, kept in the user's preferences (per machine, not per database) and put back at start and after a
 * language switch. A remembered position off every screen (a monitor unplugged) is not used.
 */
public final class WindowLayout {
    private static final String X = "x";
    private static final String Y = "y";
    private static final String W = "width";
    private static final String H = "height";
    private static final String MAX = "maximized";
    private static final String COLUMNS = "columns";
    private final Preferences prefs;

    public WindowLayout(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The layout of the app's own preferences. */
    public static WindowLayout forUser() {
        return new WindowLayout(Preferences.userNodeForPackage(WindowLayout.class).node("layout"));
    }

    /** The size a first window opens at: most of the screen, so the call list has its columns. */
    public static Rectangle2D firstSize(Rectangle2D screen) {
        double w = Math.min(screen.getWidth(), Math.max(1000, screen.getWidth() * 0.94));
        double h = Math.min(screen.getHeight(), Math.max(600, screen.getHeight() * 0.94));
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    /** Puts the window where it was, or at {@link #firstSize} of the screen. */
    public void placeWindow(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D first = firstSize(screen);
        double w = prefs.getDouble(W, first.getWidth());
        double h = prefs.getDouble(H, first.getHeight());
        double x = prefs.getDouble(X, first.getMinX());
        double y = prefs.getDouble(Y, first.getMinY());
        if (Screen.getScreensForRectangle(x, y, Math.max(1, w), Math.max(1, h)).isEmpty()) {
            x = first.getMinX();
            y = first.getMinY();
            w = first.getWidth();
            h = first.getHeight();
        }
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(Math.min(w, screen.getWidth()));
        stage.setHeight(Math.min(h, screen.getHeight()));
        stage.setMaximized(prefs.getBoolean(MAX, false));
    }

    /** Remembers the window; a maximized window keeps the size it had before, to come back to. */
    public void saveWindow(Stage stage) {
        prefs.putBoolean(MAX, stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
            prefs.putDouble(X, stage.getX());
            prefs.putDouble(Y, stage.getY());
            prefs.putDouble(W, stage.getWidth());
            prefs.putDouble(H, stage.getHeight());
        }
        flush();
    }

    /** Remembers each column's place, width and visibility, by id: "id:width:visible;…". */
    public void saveColumns(TableView<?> table) {
        List<String> parts = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            parts.add(c.getId() + ":" + Math.round(c.getWidth()) + ":" + c.isVisible());
        }
        prefs.put(COLUMNS, String.join(";", parts));
        flush();
    }

    /** Puts the columns back as remembered; columns this version added keep their place at the end. */
    public <T> void restoreColumns(TableView<T> table) {
        String saved = prefs.get(COLUMNS, "");
        if (saved.isEmpty()) {
            return;
        }
        Map<String, TableColumn<T, ?>> byId = new HashMap<>();
        table.getColumns().forEach(c -> byId.put(c.getId(), c));
        List<TableColumn<T, ?>> order = new ArrayList<>();
        for (String part : Arrays.asList(saved.split(";"))) {
            String[] f = part.split(":");
            TableColumn<T, ?> c = f.length == 3 ? byId.remove(f[0]) : null;
            if (c == null) {
                continue;
            }
            try {
                c.setPrefWidth(Math.max(c.getMinWidth(), Double.parseDouble(f[1])));
            } catch (NumberFormatException ignored) {
                // a damaged width: the column keeps its default
            }
            c.setVisible(Boolean.parseBoolean(f[2]));
            order.add(c);
        }
        table.getColumns().forEach(c -> {
            if (byId.containsKey(c.getId())) {
                order.add(c);
            }
        });
        table.getColumns().setAll(order);
    }

    private void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience: a window that cannot remember its size still works
        }
    }
}
