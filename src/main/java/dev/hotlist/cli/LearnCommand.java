package dev.hotlist.cli;

import dev.hotlist.service.Hotlist;
import dev.hotlist.service.LearningState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hotlist learn}: fits the need from the won and lost leads and prints the contract's line
 * ({@code learned from N leads (W won, L lost): held-out AUC A (rules R); using the learned need}, or
 * {@code ...; keeping the rules: WHY}), then the strongest factors and the columns left out. {@code --off} goes back
 * to the rules.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = "Learn the need from the won and lost leads; rank, export and explain use it when it beats the rules.")
final class LearnCommand implements Callable<Integer> {
    /** Factors listed each way. */
    static final int FACTORS = 10;

    @ParentCommand
    HotlistCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DB", description = "Database file, or a team server: postgresql://user@host[:port]/dbname.")
    String db;
    @Option(names = "--off", description = "Go back to the rules' need (until learn is run again).")
    boolean off;
    @Mixin
    Language language = new Language();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = language.locale();
        try (Hotlist hotlist = parent.openExisting(db, spec)) {
            if (off) {
                hotlist.useRules();
                out.println(LearningState.switchedOff(locale));
                out.flush();
                return 0;
            }
            LearningState learned = hotlist.learn();
            out.println(learned.summary(locale));
            for (String line : learned.headingsAndLines(FACTORS, locale, r -> hotlist.describe(r, locale))) {
                out.println(line);
            }
            out.flush();
        }
        return 0;
    }
}
