package dev.hotlist.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The keys a re-imported row is matched on: normalised email, then phone, then name + company, and for a row with
 * nothing stronger, its name or its company alone. Two rows with different emails, or with different names, are two
 * people even when they share a phone (an office switchboard).
 */
public final class LeadKeys {
    /** Phones shorter than this many digits are extensions or junk, never a key. */
    static final int MIN_PHONE_DIGITS = 7;
    /** Comparing the last ten digits makes "+86 138…", "0086 138…" and "138…" the same number. */
    static final int PHONE_KEY_DIGITS = 10;
    /**
     * An email or phone on the rows of more than this many different people of one sheet (a placeholder address, a
     * switchboard) is no match key for that sheet.
     */
    public static final int MAX_PEOPLE_PER_KEY = 2;

    private LeadKeys() {
    }

    /** A row's keys, worked out once: record id, email, phone and name + company, each "" when missing. */
    public record Keys(String externalId, String email, String phone, String name) {
    }

    /** The keys of {@code lead}. */
    public static Keys of(Lead lead) {
        return new Keys(lead.externalId().strip(), email(lead.email()), phone(lead.phone()),
                nameKey(lead.name(), lead.company()));
    }

    /** Trimmed, lower-case email; "" when there is none. */
    public static String email(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The phone's digits with any country or trunk prefix dropped; "" when too short to identify anyone. */
    public static String phone(String phone) {
        if (phone == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            }
        }
        if (digits.length() < MIN_PHONE_DIGITS) {
            return "";
        }
        return digits.length() > PHONE_KEY_DIGITS ? digits.substring(digits.length() - PHONE_KEY_DIGITS)
                : digits.toString();
    }

    /**
     * Name and company folded (case, width, spaces, punctuation) and joined by "|". With only one of them present the
     * key is that one alone ("ann|", "|acme"): a {@link #isWeak weak} key. "" when both are missing.
     */
    public static String nameKey(String name, String company) {
        String n = fold(name);
        String c = fold(company);
        return n.isEmpty() && c.isEmpty() ? "" : n + "|" + c;
    }

    /**
     * A key of a name alone or a company alone: many people share one, so it is only good for a row that has no
     * record id, email or phone either (a re-imported list of bare names must not duplicate).
     */
    public static boolean isWeak(String nameKey) {
        return !nameKey.isEmpty() && (nameKey.charAt(0) == '|' || nameKey.charAt(nameKey.length() - 1) == '|');
    }

    /** Whether two names allow the rows to be one person: equal once folded, or at least one of them missing. */
    public static boolean namesCompatible(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        return fa.isEmpty() || fb.isEmpty() || fa.equals(fb);
    }

    private static String fold(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        if (isAscii(s)) {
            // NFKC leaves plain ASCII (most rows) as it is
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    out.append((char) (c + ('a' - 'A')));
                } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    out.append(c);
                }
            }
            return out.toString();
        }
        // NFKC folds full-width letters and digits
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether two emails allow the rows to be one person: equal, or at least one of them missing. */
    public static boolean emailsCompatible(String a, String b) {
        String ka = email(a);
        String kb = email(b);
        return ka.isEmpty() || kb.isEmpty() || ka.equals(kb);
    }
}
