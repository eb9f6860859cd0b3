package dev.hotlist.ui.testing;

import dev.hotlist.domain.Lead;
import java.time.LocalDate;
import java.util.List;

/**
 * Named leads for UI tests, as AB3's TypicalPersons: who they are says where they rank on {@link #TODAY}.
 * Ann, Ben, Cara, Dan and Eve are HOT (hungry, buying within days); Fay is hungry but buys next year (SCHEDULE);
 * Gus buys this week with no stated need (QUALIFY); Hal is just looking (NURTURE).
 */
public final class TypicalLeads {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    public static final Lead ANN = lead(1, "Ann Hot", "Acme", "555 0101", "urgent", 1, "East", "Wang", "dealer");
    public static final Lead BEN = lead(2, "Ben Hot", "Birch", "555 0102", "urgent", 2, "West", "Li", "contractor");
    public static final Lead CARA = lead(3, "Cara Hot", "Cedar", "555-0103", "high", 3, "East", "Li", "dealer");
    public static final Lead DAN = lead(4, "Dan Hot", "Delta", "(555) 0104", "high", 5, "North", "Wang", "owner");
    public static final Lead EVE = lead(5, "Eve Hot", "Elm", "555 0105", "high", 6, "West", "Wang", "dealer");
    public static final Lead FAY = lead(6, "Fay Later", "Fir", "555 0106", "urgent", 400, "East", "Li", "owner");
    public static final Lead GUS = lead(7, "Gus Soon", "Gum", "555 0107", "", 4, "South", "Zhao", "contractor");
    public static final Lead HAL = Lead.builder().id(8).name("Hal Looking").company("Hazel").phone("555 0108")
            .needStated("none").buyingStated("just looking").region("South").owner("Zhao").source("cold list")
            .build();

    private TypicalLeads() {
    }

    /** The five HOT leads, best first: a call list to work down. */
    public static List<Lead> fiveHot() {
        return List.of(ANN, BEN, CARA, DAN, EVE);
    }

    public static List<Lead> all() {
        return List.of(ANN, BEN, CARA, DAN, EVE, FAY, GUS, HAL);
    }

    private static Lead lead(long id, String name, String company, String phone, String need, int buysInDays,
                             String region, String owner, String type) {
        return Lead.builder().id(id).name(name).company(company).phone(phone).email(name.split(" ")[0]
                        .toLowerCase(java.util.Locale.ROOT) + "@" + company.toLowerCase(java.util.Locale.ROOT) + ".example")
                .needStated(need).buyingDate(TODAY.plusDays(buysInDays)).buyingStated(TODAY.plusDays(buysInDays)
                        .toString()).region(region).owner(owner).customerType(type).segment("machinery")
                .source("trade show").build();
    }
}
