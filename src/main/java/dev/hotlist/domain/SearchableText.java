package dev.hotlist.domain;

import java.util.Locale;

/**
 * A lead's searchable words in lower case and its phone's digits, worked out once per prepared lead, at the first
 * search: lowering eleven fields of 100,000 leads on every keystroke cost more than the rest of a re-rank together,
 * and working them out for every lead of a ranking that searches nothing was a tenth of its cost.
 *
 * @param words       name, company, email, phone, both notes, source, segment, region, owner and customer type,
 *                    lowered, each after a NUL, which nothing typed holds, so no match runs across two fields
 * @param phoneDigits the phone's digits alone ("555 0103" → "5550103")
 */
public record SearchableText(String words, String phoneDigits) {
    private static final char GAP = '\u0000';

    public static SearchableText of(Lead lead) {
        StringBuilder all = new StringBuilder(128);
        for (String field : new String[] {lead.name(), lead.company(), lead.email(), lead.phone(), lead.notes(),
                lead.userNotes(), lead.source(), lead.segment(), lead.region(), lead.owner(), lead.customerType()}) {
            all.append(GAP).append(field);
        }
        return new SearchableText(all.toString().toLowerCase(Locale.ROOT), digitsOf(lead.phone()));
    }

    /** Whether the words hold the query, or the phone's digits hold a query typed as a phone number. */
    public boolean matches(Query query) {
        return words.contains(query.lowered()) || query.digits() != null && phoneDigits.contains(query.digits());
    }

    /**
     * A search text prepared once for testing many leads.
     *
     * @param lowered the text in lower case
     * @param digits  its digits when it is typed as (part of) a phone number, "555-01" or "+1 (555)"; else null
     */
    public record Query(String lowered, String digits) {
        public static Query of(String text) {
            return new Query(text.toLowerCase(Locale.ROOT), phoneDigits(text));
        }
    }

    static String phoneDigits(String typed) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char ch = typed.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            } else if (" +-().".indexOf(ch) < 0) {
                return null;
            }
        }
        return digits.length() >= 2 ? digits.toString() : null;
    }

    static String digitsOf(String phone) {
        StringBuilder digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char ch = phone.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            }
        }
        return digits.toString();
    }
}
