package dev.hotlist.ui;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Keeps the size a window is shown at. JavaFX 21 on GTK (JDK-8316423; fixed in JavaFX 22, a short-term release,
 * while JavaFX 23 and later need Java 21) lets some window managers (openbox, recent mutter) answer a new
 * window's first configure with their default size: measured under openbox, a main window asked at 1204×752 came
 * out at its minimum, 960×600 (issue 15 saw the import dialog at about 200×240). So for a short while after
 * showing, a window that shrinks below the size it was shown at is put back; later resizes are the user's and are
 * left alone.
 */
public final class ShownSize {
    /** Long enough for the window manager's first configures, short enough never to meet a user's resize. */
    private static final Duration SETTLE = Duration.millis(1500);
    private static final int MAX_RESTORES = 4;

    private ShownSize() {
    }

    /** Call before the first show: the size the window has when shown (its content's, or the one set) is kept. */
    public static void keep(Window window) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            double width = window.getWidth();
            double height = window.getHeight();
            int[] restores = {0};
            ChangeListener<Number> back = (obs, old, now) -> {
                boolean maximized = window instanceof Stage s && (s.isMaximized() || s.isFullScreen());
                boolean shrunk = window.getWidth() < width - 1 || window.getHeight() < height - 1;
                if (shrunk && !maximized && restores[0]++ < MAX_RESTORES) {
                    window.setWidth(width);
                    window.setHeight(height);
                }
            };
            window.widthProperty().addListener(back);
            window.heightProperty().addListener(back);
            PauseTransition settle = new PauseTransition(SETTLE);
            settle.setOnFinished(done -> {
                window.widthProperty().removeListener(back);
                window.heightProperty().removeListener(back);
            });
            settle.play();
        });
    }

    /** The same for a dialog's window, which exists from the dialog's construction on. */
    public static void keep(Dialog<?> dialog) {
        keep(dialog.getDialogPane().getScene().getWindow());
    }
}
