package dev.hotlist.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column feeds which lead field.
 *
 * @param headers  the header row's texts, by column index (blank headers as "")
 * @param fields   the field of each column index; columns absent here are {@link LeadField#EXTRA}
 * @param ranks    among columns feeding one field, lower wins (the person's mobile before the company's line);
 *                 columns absent here rank {@link #RANK_PLAIN}
 * @param rejected the proposals that were turned down, with why, in column order
 */
public record ColumnMapping(List<String> headers, Map<Integer, LeadField> fields, Map<Integer, Integer> ranks,
                            List<Rejection> rejected) {
    /** The rank of a column the header families did not rank (the sheets' {@code HeaderFamilies} rank the rest). */
    public static final int RANK_PLAIN = 1;

    public ColumnMapping {
        headers = List.copyOf(headers);
        fields = Map.copyOf(fields);
        ranks = Map.copyOf(ranks);
        rejected = List.copyOf(rejected);
    }

    public ColumnMapping(List<String> headers, Map<Integer, LeadField> fields) {
        this(headers, fields, Map.of(), List.of());
    }

    public LeadField fieldOf(int column) {
        return fields.getOrDefault(column, LeadField.EXTRA);
    }

    public int rankOf(int column) {
        return ranks.getOrDefault(column, RANK_PLAIN);
    }

    /** The rejection of a column's proposal, if it had one. */
    public java.util.Optional<Rejection> rejectionOf(int column) {
        return rejected.stream().filter(r -> r.column() == column).findFirst();
    }

    /**
     * A proposal the mapping turned down: the column stays an extra field.
     *
     * @param proposed  the field the header proposed
     * @param reasonKey a key of {@code dev/hotlist/sheets/messages}; {@link #reason} renders it
     * @param args      its arguments after the header (the values held, counts, another column)
     */
    public record Rejection(int column, String header, LeadField proposed, String reasonKey, List<String> args) {
        public Rejection {
            args = List.copyOf(args);
        }

        /** One sentence: "'HasOptedOutOfEmail' holds true/false: not an email". */
        public String reason(Locale locale) {
            Object[] all = new Object[args.size() + 2];
            all[0] = header;
            all[1] = UnusableFileException.render("field." + proposed.name(), new Object[0], locale);
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                all[i + 2] = a.startsWith("shape.") ? UnusableFileException.render(a, new Object[0], locale) : a;
            }
            return UnusableFileException.render(reasonKey, all, locale);
        }
    }
}
