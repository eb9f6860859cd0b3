package dev.hotlist;

import dev.hotlist.cli.HotlistCommand;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.ui.HotlistApp;

/**
 * The jar's entry point. Not a JavaFX {@code Application}, so a plain fat jar starts: with a subcommand it runs
 * headless, without one it opens the app.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = HotlistCommand.commandLine(
                db -> HotlistApp.launch(() -> LocalHotlist.open(db), new String[0]),
                LocalHotlist::open).execute(args);
        if (code != 0 || args.length > 0) {
            System.exit(code);
        }
    }
}
