package dev.hotlist.cli;

import dev.hotlist.domain.StoreException;
import dev.hotlist.domain.Tier;
import dev.hotlist.domain.UnusableFileException;
import dev.hotlist.service.Hotlist;
import dev.hotlist.service.DatabaseLocation;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hotlist}: with no subcommand it opens the app; {@code import}, {@code rank}, {@code export},
 * {@code explain}, {@code settings} and {@code learn} run headless. Exit codes: 0 done, 1 database problem, 2 wrong usage, 3 unusable input file.
 */
@Command(name = "hotlist", mixinStandardHelpOptions = true, versionProvider = HotlistCommand.Version.class,
        description = "Turns a lead sheet into today's call list.",
        subcommands = {ImportCommand.class, RankCommand.class, ExportCommand.class, ExplainCommand.class,
            SettingsCommand.class, LearnCommand.class})
public final class HotlistCommand implements Callable<Integer> {
    public static final int EXIT_DATABASE = 1;
    public static final int EXIT_UNUSABLE_INPUT = 3;

    @Option(names = "--db", paramLabel = "DB", description = "Database file, or a team server "
            + "postgresql://user[:password]@host[:port]/dbname (default: $HOTLIST_DB or ~/.hotlist/hotlist.db).")
    String db;

    private final Consumer<DatabaseLocation> openApp;
    final Function<DatabaseLocation, Hotlist> opener;

    private HotlistCommand(Consumer<DatabaseLocation> openApp, Function<DatabaseLocation, Hotlist> opener) {
        this.openApp = openApp;
        this.opener = opener;
    }

    /**
     * The command line, wired: {@code openApp} starts the desktop app on a database path, {@code opener} opens
     * the service on one. Output is UTF-8 whatever the platform default, so Chinese names survive pipes.
     */
    public static CommandLine commandLine(Consumer<DatabaseLocation> openApp,
                                          Function<DatabaseLocation, Hotlist> opener) {
        CommandLine cmd = new CommandLine(new HotlistCommand(openApp, opener));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.registerConverter(LocalDate.class, HotlistCommand::parseDate);
        cmd.registerConverter(Tier.class, Tier::parse);
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof UnusableFileException u) {
                err.println("hotlist: " + TerminalText.safe(u.getLocalizedMessage()));
                return EXIT_UNUSABLE_INPUT;
            }
            if (ex instanceof StoreException s) {
                err.println("hotlist: " + TerminalText.safe(s.getLocalizedMessage()));
                return EXIT_DATABASE;
            }
            if (ex instanceof java.io.IOException io) {
                err.println("hotlist: " + TerminalText.safe(io.getLocalizedMessage()));
                return EXIT_DATABASE;
            }
            throw ex;
        });
        return cmd;
    }

    @Override
    public Integer call() {
        openApp.accept(DatabaseLocation.resolve(db));
        return 0;
    }

    Hotlist open(String explicitDb) {
        return opener.apply(database(explicitDb));
    }

    /**
     * The database, which must exist: reading a mistyped path must not create an empty database there. (A team
     * server always exists; its schema is created on first use, which is harmless.)
     */
    Hotlist openExisting(String explicitDb, CommandLine.Model.CommandSpec spec) {
        DatabaseLocation location = database(explicitDb);
        if (!location.isServer() && !Files.isRegularFile(location.file().orElseThrow())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "There is no Hotlist database at "
                    + location + ": import a lead sheet into it first, or check --db");
        }
        return opener.apply(location);
    }

    DatabaseLocation database(String explicitDb) {
        return DatabaseLocation.resolve(explicitDb != null ? explicitDb : db);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date of the form YYYY-MM-DD");
        }
    }

    /** The version from the jar's manifest (or "development" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = HotlistCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Hotlist " + (v == null ? "development" : v)};
        }
    }
}
