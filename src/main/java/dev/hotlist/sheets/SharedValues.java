package dev.hotlist.sheets;

import dev.hotlist.domain.ColumnMapping;
import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.LeadKeys;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The emails and phones that a sheet's sample shows on the rows of more than {@link LeadKeys#MAX_PEOPLE_PER_KEY}
 * different people ("email_not_unlocked@domain.com", a company switchboard): no match key for that sheet. People
 * are told apart by their record id, else their name; rows with neither do not count. Worked out once per sheet from
 * the rows the mapping was checked on.
 *
 * @param emails email keys ({@link LeadKeys#email})
 * @param phones phone keys ({@link LeadKeys#phone})
 */
public record SharedValues(Set<String> emails, Set<String> phones) {
    public static final SharedValues NONE = new SharedValues(Set.of(), Set.of());

    public SharedValues {
        emails = Set.copyOf(emails);
        phones = Set.copyOf(phones);
    }

    static SharedValues of(ColumnMapping mapping, List<List<String>> samples) {
        Map<String, Set<String>> byEmail = new HashMap<>();
        Map<String, Set<String>> byPhone = new HashMap<>();
        for (List<String> row : samples) {
            String person = person(mapping, row);
            if (person.isEmpty()) {
                continue;
            }
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                if (v == null || v.isBlank()) {
                    continue;
                }
                LeadField f = mapping.fieldOf(c);
                if (f == LeadField.EMAIL) {
                    add(byEmail, LeadKeys.email(CellValues.first(v, true)), person);
                } else if (f == LeadField.PHONE) {
                    add(byPhone, LeadKeys.phone(CellValues.first(v, false)), person);
                }
            }
        }
        return new SharedValues(sharedOf(byEmail), sharedOf(byPhone));
    }

    /** Who a row is: its record id, else its name columns folded; "" when it has neither. */
    private static String person(ColumnMapping mapping, List<String> row) {
        StringBuilder name = new StringBuilder();
        for (int c = 0; c < row.size(); c++) {
            String v = row.get(c);
            if (v == null || v.isBlank() || CellValues.isPlaceholder(v.strip())) {
                continue;
            }
            switch (mapping.fieldOf(c)) {
                case EXTERNAL_ID -> {
                    return "#" + v.strip();
                }
                case NAME, FIRST_NAME, LAST_NAME -> name.append(v.strip().toLowerCase(java.util.Locale.ROOT))
                        .append(' ');
                default -> {
                }
            }
        }
        return name.toString();
    }

    private static void add(Map<String, Set<String>> map, String key, String person) {
        if (!key.isEmpty()) {
            map.computeIfAbsent(key, k -> new HashSet<>()).add(person);
        }
    }

    private static Set<String> sharedOf(Map<String, Set<String>> map) {
        Set<String> out = new HashSet<>();
        map.forEach((k, people) -> {
            if (people.size() > LeadKeys.MAX_PEOPLE_PER_KEY) {
                out.add(k);
            }
        });
        return out;
    }
}
