package dev.hotlist.service;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.scoring.BuyingTimeParser;
import dev.hotlist.scoring.NeedScale;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Applies a field typed by hand to a lead, or refuses it with one sentence: an email must be an address, a phone
 * must be digits, a buying time or a next action must be a date or words the buying-time reader understands (read
 * against the day the user sees, and stored as that date, as an import does).
 */
final class LeadEditor {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()./-]+(\\s*(x|ext\\.?|转)\\s*\\d+)?");
    private static final int MIN_PHONE_DIGITS = 5;

    private LeadEditor() {
    }

    static Lead apply(Lead lead, LeadEdit edit, LocalDate asOf) {
        String v = edit.value();
        Lead.Builder b = lead.toBuilder();
        switch (edit.field()) {
            case NAME -> b.name(v);
            case COMPANY -> b.company(v);
            case EMAIL -> b.email(email(v));
            case PHONE -> b.phone(phone(v));
            case NEED -> b.needStated(v).needScale(scaleOf(v));
            case BUYING_TIME -> buyingTime(b, v, asOf);
            case BUDGET -> b.budget(v);
            case SOURCE -> b.source(v);
            case SEGMENT -> b.segment(v);
            case CUSTOMER_TYPE -> b.customerType(v);
            case REGION -> b.region(v);
            case SIZE -> b.size(v);
            case OWNER -> b.owner(v);
            case MY_NOTES -> b.userNotes(v);
            case NEXT_ACTION -> b.nextActionDate(v.isEmpty() ? null : day(v, asOf)
                    .orElseThrow(() -> new InvalidEditException("edit.nextAction", v)));
        }
        Lead edited = b.build();
        if (edited.name().isEmpty() && edited.company().isEmpty() && edited.email().isEmpty()
                && edited.phone().isEmpty()) {
            throw new InvalidEditException("edit.noIdentity");
        }
        return edited;
    }

    private static String email(String v) {
        if (!v.isEmpty() && !EMAIL.matcher(v).matches()) {
            throw new InvalidEditException("edit.email", v);
        }
        return v;
    }

    private static String phone(String v) {
        if (v.isEmpty()) {
            return v;
        }
        long digits = v.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(v).matches() || digits < MIN_PHONE_DIGITS) {
            throw new InvalidEditException("edit.phone", v);
        }
        return v;
    }

    /** A need typed as a bare number is read on the smallest usual scale it fits: 1–5, 1–10, else percent. */
    private static Integer scaleOf(String need) {
        OptionalDouble n = NeedScale.bareNumber(need);
        if (n.isEmpty()) {
            return null;
        }
        double v = n.getAsDouble();
        return v <= 5 ? 5 : v <= 10 ? 10 : 100;
    }

    private static void buyingTime(Lead.Builder b, String v, LocalDate asOf) {
        if (v.isEmpty()) {
            b.buyingStated("").buyingDate(null);
            return;
        }
        BuyingTimeParser.Result read = BuyingTimeParser.parse(v, asOf)
                .orElseThrow(() -> new InvalidEditException("edit.buyingTime", v));
        b.buyingStated(v).buyingDate(read instanceof BuyingTimeParser.Result.OnDate on ? on.date() : null);
    }

    private static Optional<LocalDate> day(String v, LocalDate asOf) {
        return BuyingTimeParser.parse(v, asOf)
                .filter(BuyingTimeParser.Result.OnDate.class::isInstance)
                .map(r -> ((BuyingTimeParser.Result.OnDate) r).date());
    }
}
