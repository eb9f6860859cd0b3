package dev.hotlist.ui.window;

import dev.hotlist.service.Hotlist;
import dev.hotlist.ui.AppContext;
import dev.hotlist.ui.I18n;
import java.io.InputStream;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application and the app's composition root: it builds the shared {@link AppContext} (executor,
 * clock, window layout) once, and each {@link MainWindow} with its language, dialogs and view models on it.
 * {@link dev.hotlist.Main} starts it through {@link #launch} with a way to open the service, which runs off the
 * JavaFX thread while the window already shows.
 */
public final class HotlistApp extends Application {
    private static volatile Supplier<Hotlist> opener;
    private static volatile MainWindow.Recovery recovery = MainWindow.Recovery.NONE;
    private static volatile java.util.function.Function<String, Hotlist> openAt;
    private final AppContext context = AppContext.standard();
    private volatile Hotlist hotlist;
    private Stage stage;
    private MainWindow window;

    /**
     * Starts the app; {@code open} opens the service, {@code recover} puts a backup back when the database cannot
     * be opened.
     */
    public static void launch(Supplier<Hotlist> open, MainWindow.Recovery recover, String[] args) {
        launch(open, recover, null, args);
    }

    /** As {@link #launch(Supplier, MainWindow.Recovery, String[])}; {@code openLocation} opens File ▸ Open team database…'s. */
    public static void launch(Supplier<Hotlist> open, MainWindow.Recovery recover,
                              java.util.function.Function<String, Hotlist> openLocation, String[] args) {
        openAt = openLocation;
        opener = open;
        recovery = recover;
        Application.launch(HotlistApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        addIcons(primary);
        Supplier<Hotlist> open = opener;
        build(I18n.remembered(), () -> hotlist = open.get(), recovery, null);
    }

    /**
     * Shows the main window in {@code i18n}'s language; a language switch rebuilds it on the open service, keeping
     * the window's size and state, the view, the selection and the column layout.
     */
    void build(I18n i18n, Supplier<Hotlist> open, MainWindow.Recovery recover, MainWindow.Kept kept) {
        window = new MainWindow(stage, i18n, context, locale -> {
            I18n.remember(locale);
            Hotlist current = hotlist;
            build(new I18n(locale), () -> current, recover, window.kept());
        });
        if (kept != null) {
            window.carryOver(kept);
        }
        if (openAt != null) {
            window.setDatabaseOpener(openAt, opened -> hotlist = opened);
        }
        window.show(open, recover);
    }

    @Override
    public void stop() {
        context.executor().shutdown();
        Hotlist h = hotlist;
        if (h != null) {
            h.close();
        }
    }

    /** The window icons, when the build put them on the classpath. */
    static void addIcons(Stage stage) {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            try (InputStream in = HotlistApp.class.getResourceAsStream("/dev/hotlist/ui/icons/hotlist-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // an icon that cannot be read is left out; the window still opens
            }
        }
    }
}
