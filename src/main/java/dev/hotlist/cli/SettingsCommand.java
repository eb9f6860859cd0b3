package dev.hotlist.cli;

import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.service.Hotlist;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hotlist settings}: shows the scoring settings, changes them ({@code --set}) or restores the defaults. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = "Show or change the scoring settings stored in the database.")
final class SettingsCommand implements Callable<Integer> {
    static final String NEED_WEIGHT = "need-weight";
    static final String HOT_NEED = "hot-need";
    static final String HOT_TIMING = "hot-timing";
    static final String MIDPOINT = "timing-midpoint-days";
    static final String STEEPNESS = "timing-steepness";
    static final String GRACE = "overdue-grace-days";
    static final String STALE = "stale-after-days";

    @ParentCommand
    HotlistCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DB", description = "Database file, or a team server: postgresql://user@host[:port]/dbname.")
    String db;
    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Change a setting: " + NEED_WEIGHT + " (0.05–0.95), "
            + HOT_NEED + ", " + HOT_TIMING + " (1–99), " + MIDPOINT + " (1–730), " + STEEPNESS + " (0.5–6), " + GRACE
            + " (0–60), " + STALE + " (more than the grace days).")
    Map<String, String> changes = new LinkedHashMap<>();
    @Option(names = "--reset", description = "Restore the default settings.")
    boolean reset;

    @Override
    public Integer call() {
        if (reset && !changes.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--reset and --set cannot be used together");
        }
        try (Hotlist hotlist = parent.open(db)) {
            ScoringSettings settings = hotlist.settings();
            if (reset) {
                settings = hotlist.resetSettings();
            } else if (!changes.isEmpty()) {
                // only the keys given are written: a change made meanwhile to another key (the app) is kept
                settings = hotlist.updateSettings(settings, changed(settings));
            }
            print(settings, spec.commandLine().getOut());
        }
        return 0;
    }

    private ScoringSettings changed(ScoringSettings s) {
        double needWeight = s.needWeight();
        int hotNeed = s.hotNeed();
        int hotTiming = s.hotTiming();
        double midpoint = s.timingMidpointDays();
        double steepness = s.timingSteepness();
        int grace = s.overdueGraceDays();
        int stale = s.staleAfterDays();
        for (Map.Entry<String, String> e : changes.entrySet()) {
            String value = e.getValue().strip();
            try {
                switch (e.getKey().strip().toLowerCase(Locale.ROOT)) {
                    case NEED_WEIGHT -> needWeight = Double.parseDouble(value);
                    case HOT_NEED -> hotNeed = Integer.parseInt(value);
                    case HOT_TIMING -> hotTiming = Integer.parseInt(value);
                    case MIDPOINT -> midpoint = Double.parseDouble(value);
                    case STEEPNESS -> steepness = Double.parseDouble(value);
                    case GRACE -> grace = Integer.parseInt(value);
                    case STALE -> stale = Integer.parseInt(value);
                    default -> throw new ParameterException(spec.commandLine(), "Unknown setting '" + e.getKey()
                            + "'; the settings are " + String.join(", ", NEED_WEIGHT, HOT_NEED, HOT_TIMING, MIDPOINT,
                            STEEPNESS, GRACE, STALE));
                }
            } catch (NumberFormatException bad) {
                throw new ParameterException(spec.commandLine(), "'" + value + "' is not a number for " + e.getKey());
            }
        }
        try {
            return new ScoringSettings(needWeight, hotNeed, hotTiming, midpoint, steepness, grace, stale);
        } catch (IllegalArgumentException out) {
            throw new ParameterException(spec.commandLine(), out.getMessage());
        }
    }

    static void print(ScoringSettings s, PrintWriter out) {
        out.println(NEED_WEIGHT + " = " + s.needWeight());
        out.println(HOT_NEED + " = " + s.hotNeed());
        out.println(HOT_TIMING + " = " + s.hotTiming());
        out.println(MIDPOINT + " = " + s.timingMidpointDays());
        out.println(STEEPNESS + " = " + s.timingSteepness());
        out.println(GRACE + " = " + s.overdueGraceDays());
        out.println(STALE + " = " + s.staleAfterDays());
        out.flush();
    }
}
