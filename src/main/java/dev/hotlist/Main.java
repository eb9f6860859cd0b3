package dev.hotlist;

import dev.hotlist.cli.HotlistCommand;
import dev.hotlist.service.DatabaseLocation;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.ui.window.HotlistApp;
import dev.hotlist.ui.window.MainWindow;
import java.nio.file.Path;
import java.util.List;

/**
 * The jar's entry point. Not a JavaFX {@code Application}, so a plain fat jar starts: with a subcommand it runs
 * headless, without one it opens the app.
 */
public final class Main {
    private Main() {
    }

    /**
     * POI logs through the Log4j API; Hotlist ships no Log4j back end (it costs half a second of start-up), so
     * point the API at its own simple logger, switched off: every failure reaches the user as one sentence of
     * Hotlist's own, and POI's error lines (a parser's stack trace for a malformed package part) would only bury it.
     */
    static void quietLibraryLogging() {
        System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        System.setProperty("log4j2.simplelogLevel", "OFF");
    }

    /**
     * The backups of the database at {@code db}, and putting one back, for a database that does not open; a team
     * server has none here (its operator backs it up).
     */
    static MainWindow.Recovery recovery(DatabaseLocation db) {
        return new MainWindow.Recovery() {
            @Override
            public List<Path> backups() {
                return db.file().map(LocalHotlist::backupsOf).orElse(List.of());
            }

            @Override
            public void restore(Path backup) {
                LocalHotlist.restoreInto(db.file().orElseThrow(), backup);
            }
        };
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        int code = HotlistCommand.commandLine(
                db -> HotlistApp.launch(() -> LocalHotlist.open(db), recovery(db),
                        location -> LocalHotlist.open(DatabaseLocation.of(location)), new String[0]),
                location -> LocalHotlist.open(location)).execute(args);
        if (code != 0 || args.length > 0) {
            System.exit(code);
        }
    }
}
