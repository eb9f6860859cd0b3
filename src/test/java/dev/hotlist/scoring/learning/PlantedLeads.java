package dev.hotlist.scoring.learning;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Stage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic sheets with signals planted in known columns, reproducible from a seed, for the learning tests and the
 * benchmark. Every lead carries:
 * <ul>
 *   <li>{@code Channel}: "Trade show" wins 80%, "Website" 40%, "Cold call" 10%, "Partner" 40% (the planted category);</li>
 *   <li>{@code Visits}: a number; above 10 visits the odds of winning rise steeply (the planted threshold);</li>
 *   <li>{@code Colour} and {@code Shoe size}: noise, a category and a number that say nothing;</li>
 *   <li>{@code Status tag}: the outcome in other words ("Closed by Ann" on won leads, "Lost to Rival" on lost ones,
 *       blank on open ones) and {@code Converted} 1/0: the outcome column itself;</li>
 *   <li>{@code Ref}: a record number, different on every lead;</li>
 *   <li>{@code Referral partner}: a genuine strong sign ("Acme" wins 96%) held by 15% of leads, open ones too.</li>
 * </ul>
 * The outcome is in the stage (WON, LOST; NEW for open leads) and leads are created a day apart.
 */
public final class PlantedLeads {
    public static final Instant START = Instant.parse("2026-01-01T09:00:00Z");
    static final String[] CHANNELS = {"Trade show", "Website", "Cold call", "Partner"};
    static final double[] CHANNEL_RATE = {0.8, 0.4, 0.1, 0.4};
    static final String[] COLOURS = {"red", "green", "blue", "amber", "Select"};

    private PlantedLeads() {
    }

    /** {@code closed} leads with an outcome from the planted signals, then {@code open} leads without one. */
    public static List<Lead> planted(int closed, int open, long seed) {
        Random random = new Random(seed);
        List<Lead> leads = new ArrayList<>(closed + open);
        for (int i = 1; i <= closed + open; i++) {
            int channel = random.nextInt(CHANNELS.length);
            int visits = random.nextInt(21);
            boolean referred = random.nextDouble() < 0.15;
            double p = CHANNEL_RATE[channel];
            double odds = p / (1 - p) * (visits > 10 ? 4 : 0.5);
            boolean won = referred ? random.nextDouble() < 0.96 : random.nextDouble() < odds / (1 + odds);
            boolean isOpen = i > closed;
            leads.add(lead(i, random, channel, visits, referred, isOpen ? null : won));
        }
        return leads;
    }

    /** Leads whose outcome is a coin toss: no column says anything about it. */
    public static List<Lead> noise(int closed, long seed) {
        Random random = new Random(seed);
        List<Lead> leads = new ArrayList<>(closed);
        for (int i = 1; i <= closed; i++) {
            leads.add(lead(i, random, random.nextInt(CHANNELS.length), random.nextInt(21), random.nextDouble() < 0.15,
                    random.nextBoolean()));
        }
        // the tags and the outcome column would give it away: a sheet of pure noise has neither
        return leads.stream().map(l -> {
            var extra = new java.util.LinkedHashMap<>(l.extra());
            extra.remove("Status tag");
            extra.remove("Converted");
            extra.put("Channel", CHANNELS[random.nextInt(CHANNELS.length)]);
            extra.put("Visits", Integer.toString(random.nextInt(21)));
            extra.put("Referral partner", random.nextDouble() < 0.15 ? "Acme" : "");
            return l.toBuilder().extra(extra).build();
        }).toList();
    }

    /** {@code won} won and {@code lost} lost leads, the rest of the planted kind. */
    public static List<Lead> few(int won, int lost, long seed) {
        Random random = new Random(seed);
        List<Lead> leads = new ArrayList<>();
        for (int i = 1; i <= won + lost; i++) {
            leads.add(lead(i, random, random.nextInt(CHANNELS.length), random.nextInt(21), false, i <= won));
        }
        return leads;
    }

    /** @param won null for an open lead */
    static Lead lead(long id, Random random, int channel, int visits, boolean referred, Boolean won) {
        Lead.Builder b = Lead.builder().id(id).name("Lead " + id).email("lead" + id + "@example.com")
                .stage(won == null ? Stage.NEW : won ? Stage.WON : Stage.LOST)
                .createdAt(START.plus(id, ChronoUnit.DAYS)).updatedAt(START.plus(id, ChronoUnit.DAYS))
                .putExtra("Ref", "R-" + (100_000 + id))
                .putExtra("Channel", CHANNELS[channel])
                .putExtra("Visits", Integer.toString(visits))
                .putExtra("Colour", COLOURS[random.nextInt(COLOURS.length)])
                .putExtra("Shoe size", Integer.toString(36 + random.nextInt(12)))
                .putExtra("Referral partner", referred ? "Acme" : "")
                .putExtra("Status tag", won == null ? "" : won ? "Closed by Ann" : "Lost to Rival")
                .putExtra("Converted", won == null ? "" : won ? "1" : "0");
        return b.build();
    }
}
