package dev.hotlist.scoring.learning;

import dev.hotlist.domain.ExtraColumns;
import dev.hotlist.domain.Lead;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A column a learned need can read: one of the lead's own sheet fields, or an extra column of its sheet by
 * header. No column is named in code: every extra column any lead carries is a candidate, and the values decide.
 * The stage and the outcome are never columns (the stage is not a field here; an outcome column is caught by
 * {@link LeakageGuard} like any column that is the outcome in other words).
 *
 * @param field  which field, or {@link Field#EXTRA}
 * @param header the extra column's header; "" for a field
 */
public record LeadColumn(Field field, String header) {
    /** The lead's fields a need can be learned from (contact details and notes are not: they name, not describe). */
    public enum Field { NEED, BUDGET, SOURCE, SEGMENT, CUSTOMER_TYPE, REGION, SIZE, OWNER, EXTRA }

    public LeadColumn {
        Objects.requireNonNull(field, "field");
        header = header == null ? "" : header;
        if (field == Field.EXTRA && header.isEmpty()) {
            throw new IllegalArgumentException("An extra column needs its header");
        }
    }

    public static LeadColumn of(Field field) {
        return new LeadColumn(field, "");
    }

    public static LeadColumn extra(String header) {
        return new LeadColumn(Field.EXTRA, header);
    }

    public boolean isExtra() {
        return field == Field.EXTRA;
    }

    /** The lead's text in this column; "" when it has none. */
    public String valueOf(Lead lead) {
        return switch (field) {
            case NEED -> lead.needStated();
            case BUDGET -> lead.budget();
            case SOURCE -> lead.source();
            case SEGMENT -> lead.segment();
            case CUSTOMER_TYPE -> lead.customerType();
            case REGION -> lead.region();
            case SIZE -> lead.size();
            case OWNER -> lead.owner();
            case EXTRA -> {
                String v = lead.extra().get(header);
                yield v == null ? "" : v;
            }
        };
    }

    /** The fields, then every extra header the leads carry, in the order first met. */
    public static List<LeadColumn> of(Collection<Lead> leads) {
        List<LeadColumn> columns = new ArrayList<>();
        for (Field f : Field.values()) {
            if (f != Field.EXTRA) {
                columns.add(of(f));
            }
        }
        Set<String> headers = new LinkedHashSet<>();
        String[] seen = null;
        for (Lead lead : leads) {
            // the leads of one sheet share a layout: its headers are added once
            ExtraColumns extra = ExtraColumns.of(lead.extra());
            if (extra.layout() != seen) {
                headers.addAll(Arrays.asList(extra.layout()));
                seen = extra.layout();
            }
        }
        for (String h : headers) {
            columns.add(extra(h));
        }
        return columns;
    }
}
