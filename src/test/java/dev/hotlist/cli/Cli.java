package dev.hotlist.cli;

import dev.hotlist.service.LocalHotlist;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in this JVM, as {@code java -jar hotlist.jar ARGS} would, capturing what it prints. */
public final class Cli {
    /** How a run went. */
    public record Run(int code, String out, String err) {
    }

    private Cli() {
    }

    public static Run run(String... args) {
        CommandLine cmd = HotlistCommand.commandLine(db -> {
            throw new AssertionError("the app must not open for a subcommand");
        }, LocalHotlist::open);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
