package dev.hotlist.store;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Writes one import's rows inside its transaction: finds the lead a row describes (record id, then email, then
 * phone, then name + company, then, for a row with nothing stronger, name or company alone), inserts or merges it,
 * and records what it did so the import can be undone. Merging never joins two people:
 * <ul>
 *   <li>rows with different record ids are different leads, whatever else they share;</li>
 *   <li>a phone or name match is refused when the two carry different emails or different names (one switchboard,
 *       two people), and within one sheet so is an email match between different names (a shared address);</li>
 *   <li>an email or phone found on the rows of more than {@link #MAX_PEOPLE_PER_KEY} different people of one sheet
 *       (a placeholder address, a switchboard) is no match key for that sheet from then on ({@link #noKeys} gives
 *       those the sheet's sample already shows), and {@link #sharedKeys} says which;</li>
 *   <li>a company alone (no name) matches only a lead of an earlier import known by that company alone: two
 *       nameless rows of one sheet are not taken for one person.</li>
 * </ul>
 * Prepared statements live as long as the writer; close it before the transaction ends.
 *
 * <p>These rules are the same on both engines. On a shared server the writer first takes the import lock
 * ({@link Sql#lockForImport}), held until the transaction ends: two people importing at once match against each
 * other's committed leads instead of both inserting one person, and the unique indexes of PostgreSQL's V9.1 refuse
 * what would still slip through.
 */
public final class LeadWriter implements AutoCloseable {
    /** Marks a bare-number need whose scale is known only once the whole column has been read. */
    public static final int SCALE_PENDING = -1;

    private final Connection c;
    private final Long batchId;
    private final String now;
    private long nextId;
    /** Ids from here on were given by this writer: leads this import created. */
    private final long firstNewId;
    private final PreparedStatement insertLead;
    private final PreparedStatement insertExtra;
    private final PreparedStatement deleteExtras;
    private final PreparedStatement updateLead;
    private final PreparedStatement recordChange;
    private final PreparedStatement snapshotLead;
    private final PreparedStatement snapshotExtras;
    private final PreparedStatement byExternalId;
    private final PreparedStatement byEmail;
    private final PreparedStatement byPhone;
    private final PreparedStatement byName;
    private final PreparedStatement byId;
    private final PreparedStatement extrasById;
    /** Stamps a lead that a row left unchanged with that row's print, so that the next import need not read it. */
    private final PreparedStatement stampPrint;
    private int pendingPrints;
    /** The keys this import has written. */
    private final KeySet keys = new KeySet();
    /** Whether the table had leads when the import began. */
    private final boolean storedLeads;
    /** The stored leads the current batch of rows points at ({@link #prefetch}). */
    private final Lookahead ahead;
    /** New leads queued per SQLite batch. */
    private static final int BATCH = 256;
    private int pendingLeads;
    private int pendingExtras;
    /** Ids of the leads from before this import that a row of it has found. */
    private final BitSet matched = new BitSet();
    /** Ids of the leads from before this import whose first row changed nothing (and no row since has). */
    private final BitSet unchanged = new BitSet();
    private boolean revisedUnchanged;
    /**
     * The {@link SheetPrint} each lead from before this import had when a row of it first changed the lead: a sheet
     * that holds one person twice (two rows that differ) changes the lead with the first and puts it back with the
     * second on every re-import, which is no change at all ({@link #restoredCount}).
     */
    private final Map<Long, Long> printBefore = new HashMap<>();
    /** Ids of the leads of {@link #printBefore} whose sheet fields are, after the rows so far, as they were. */
    private final BitSet restored = new BitSet();

    /** The columns {@link #compatible} and {@link #weakMatch} judge a candidate by. */
    private static final String CANDIDATE = "SELECT " + Lookahead.Candidate.COLUMNS + " FROM lead WHERE ";
    /** Candidates looked at per key: past this many, leads share it anyway. */
    private static final int CANDIDATE_LIMIT = 64;
    private static final String CANDIDATES = " ORDER BY id LIMIT " + CANDIDATE_LIMIT;

    /**
     * What a merged row did: created a lead, updated one that was there before this import, or repeated a lead an
     * earlier row of this same import already created or updated (a duplicate row, merged into it).
     */
    public enum Outcome { NEW, UPDATED, UNCHANGED, DUPLICATE }

    /** More different people than this on one email or phone of a sheet make it no key for that sheet. */
    static final int MAX_PEOPLE_PER_KEY = LeadKeys.MAX_PEOPLE_PER_KEY;
    /** The lead the last merged row went to, and the key that found it ('x', 'e', 'p', 'n'; 0 for a new lead). */
    private long lastLead;
    private char lastKey;
    /** The current print ({@link SheetPrint}) of the candidate the last match found; 0 when none or stale. */
    private long matchPrint;
    /** Keys that matched a lead of this import with another person's name or id, with how often. */
    private final Map<String, Integer> conflicts = new java.util.HashMap<>();
    /** Keys that are no match key for this sheet ("e" or "p" + the key), with the rows seen carrying them. */
    private final Map<String, Integer> shared = new LinkedHashMap<>();

    public LeadWriter(Connection c, Long batchId, Instant now) throws SQLException {
        this.c = c;
        this.batchId = batchId;
        this.now = now.toString();
        Sql.lockForImport(c);
        this.nextId = Database.longQuery(c, "SELECT coalesce(max(id), 0) + 1 FROM lead");
        this.firstNewId = nextId;
        insertLead = c.prepareStatement("INSERT INTO lead (id, " + LeadStore.SHEET_COLUMNS
                + ", stage, batch_id, created_batch, created_at, updated_at, sheet_print, version, print_version) "
                + "VALUES (" + "?,".repeat(29) + "?, 1, 1)");
        insertExtra = c.prepareStatement("INSERT INTO lead_extra (lead_id, position, key, value) VALUES (?,?,?,?) "
                + "ON CONFLICT (lead_id, key) DO UPDATE SET position = excluded.position, value = excluded.value");
        deleteExtras = c.prepareStatement("DELETE FROM lead_extra WHERE lead_id = ?");
        updateLead = c.prepareStatement("UPDATE lead SET external_id=?, name=?, company=?, email=?, phone=?, "
                + "email_key=?, phone_key=?, name_key=?, need_stated=?, need_scale=?, buying_stated=?, buying_date=?, "
                + "budget=?, source=?, segment=?, customer_type=?, region=?, size=?, owner=?, notes=?, outcome=?, "
                + "closed_on=?, do_not_call=?, batch_id=?, "
                + "updated_at=?, sheet_print=?, print_version = version + 1, version = version + 1 WHERE id=?");
        stampPrint = c.prepareStatement("UPDATE lead SET sheet_print = ?, print_version = version WHERE id = ?");
        recordChange = c.prepareStatement("INSERT INTO import_change (batch_id, lead_id, kind) VALUES (?,?,?) "
                + "ON CONFLICT DO NOTHING");
        snapshotLead = c.prepareStatement("INSERT INTO lead_before (batch_id, lead_id, " + LeadStore.SHEET_COLUMNS
                + ", batch_id_before, updated_at) SELECT ?, id, " + LeadStore.SHEET_COLUMNS
                + ", batch_id, updated_at FROM lead WHERE id = ?");
        snapshotExtras = c.prepareStatement("INSERT INTO lead_extra_before (batch_id, lead_id, position, key, value) "
                + "SELECT ?, lead_id, position, key, value FROM lead_extra WHERE lead_id = ?");
        // "<> ''" lets SQLite use the partial indexes (it cannot prove a bound parameter is non-empty).
        byExternalId = c.prepareStatement(CANDIDATE + "external_id = ? AND external_id <> '' ORDER BY id LIMIT 1");
        byEmail = c.prepareStatement(CANDIDATE + "email_key = ? AND email_key <> ''" + CANDIDATES);
        byPhone = c.prepareStatement(CANDIDATE + "phone_key = ? AND phone_key <> ''" + CANDIDATES);
        byName = c.prepareStatement(CANDIDATE + "name_key = ? AND name_key <> ''" + CANDIDATES);
        byId = c.prepareStatement(LeadStore.FIND_BY_ID);
        extrasById = c.prepareStatement(LeadStore.EXTRAS_BY_ID);
        ahead = new Lookahead(c, CANDIDATE_LIMIT);
        storedLeads = firstNewId > 1;
    }

    /**
     * Whether a lead may carry this key: any key when leads were stored before this import (the batch's lookahead or
     * a query tells), else only the keys this import has written. The stored keys are not read up front: that cost
     * a scan of every lead before the first row, for every import however small.
     */
    private boolean mightCarry(char kind, String key) {
        return storedLeads || keys.mightContain(kind, key);
    }

    private void rememberKeys(String externalId, String email, String phone, String name) {
        keys.add('x', externalId);
        keys.add('e', email);
        keys.add('p', phone);
        keys.add('n', name);
    }

    private void rememberKeys(LeadKeys.Keys k) {
        rememberKeys(k.externalId(), k.email(), k.phone(), k.name());
    }

    /**
     * Emails and phones (as {@link LeadKeys} keys them) that the sheet shows on the rows of several different
     * people: no match key for any row of this import.
     */
    public void noKeys(java.util.Collection<String> emails, java.util.Collection<String> phones) {
        emails.forEach(e -> shared.putIfAbsent("e" + e, 0));
        phones.forEach(p -> shared.putIfAbsent("p" + p, 0));
    }

    /** The emails and phones that were no match key for this sheet, with how many of its rows carried each. */
    public Map<String, Integer> sharedKeys() {
        Map<String, Integer> out = new LinkedHashMap<>();
        shared.forEach((k, n) -> out.put(k.substring(1), n));
        return out;
    }

    /**
     * The next rows to be merged, in order (their keys and {@link SheetPrint}s): the stored leads they may match are
     * then fetched a batch at a time, a few queries instead of three per row, and only those whose print is none of
     * the rows' are read whole (a row with a lead's print leaves it as it is). Merging without it gives the same
     * results.
     */
    public void prefetch(java.util.List<LeadKeys.Keys> upcoming, long[] prints) {
        ahead.next(upcoming, prints);
    }

    /** Inserts the row as a new lead or merges it into the lead it describes. */
    public Outcome merge(Lead row) throws SQLException {
        return merge(row, LeadKeys.of(row));
    }

    /** {@link #merge(Lead)} with the row's keys already worked out (on the thread that read the row, say). */
    public Outcome merge(Lead row, LeadKeys.Keys rowKeys) throws SQLException {
        return merge(row, rowKeys, SheetPrint.of(row));
    }

    /**
     * {@link #merge(Lead, LeadKeys.Keys)} with the row's {@link SheetPrint} worked out too. A lead from before this
     * import that no row of it has found yet, whose current print is the row's, is left unchanged without being
     * read: merging is idempotent, so the row that last merged into it, unchanged since, changes nothing again.
     */
    public Outcome merge(Lead row, LeadKeys.Keys rowKeys, long print) throws SQLException {
        lastKey = 0;
        matchPrint = 0;
        revisedUnchanged = false;
        OptionalLong match = findMatch(row, rowKeys);
        if (match.isEmpty()) {
            lastKey = 0;
            lastLead = insert(row, rowKeys, print);
            return Outcome.NEW;
        }
        lastLead = match.getAsLong();
        if (matchPrint == print && lastLead < firstNewId && !matched.get(Math.toIntExact(lastLead))) {
            int id = Math.toIntExact(lastLead);
            matched.set(id);
            unchanged.set(id);
            return Outcome.UNCHANGED;
        }
        Lead existing = ahead.lead(lastLead);
        if (existing == null) {
            flush();
            existing = LeadStore.find(byId, extrasById, lastLead).orElseThrow();
        }
        return update(existing, row, print);
    }

    /** The lead this row describes, if it is already in the database (or earlier in this import). */
    private OptionalLong findMatch(Lead row, LeadKeys.Keys k) throws SQLException {
        if (!k.externalId().isEmpty() && mightCarry('x', k.externalId())) {
            OptionalLong id = first(k.externalId());
            if (id.isPresent()) {
                lastKey = 'x';
                return id;
            }
        }
        if (usable('e', k.email()) && mightCarry('e', k.email())) {
            OptionalLong id = candidate('e', k.email(), row, k);
            if (id.isPresent()) {
                lastKey = 'e';
                return id;
            }
        }
        if (usable('p', k.phone()) && mightCarry('p', k.phone())) {
            OptionalLong id = candidate('p', k.phone(), row, k);
            if (id.isPresent()) {
                lastKey = 'p';
                return id;
            }
        }
        String name = k.name();
        if (name.isEmpty() || !mightCarry('n', name)) {
            return OptionalLong.empty();
        }
        lastKey = 'n';
        if (!LeadKeys.isWeak(name)) {
            return candidate('n', name, row, k);
        }
        boolean stronger = !k.externalId().isEmpty() || !k.email().isEmpty() || !k.phone().isEmpty();
        return stronger ? OptionalLong.empty() : weakMatch(name);
    }

    /**
     * How many of the leads this import counted {@link Outcome#UPDATED} its later rows have put back as they were
     * before it (same sheet fields and extra fields): updated by none of it in the end, so unchanged. An import's
     * report and its backup count them so.
     */
    public int restoredCount() {
        return restored.cardinality();
    }

    /** The id of the lead the last {@link #merge} wrote to. */
    public long lastLead() {
        return lastLead;
    }

    /**
     * True when the last merge was an update of a lead an earlier row of this import had found unchanged: that
     * earlier row's {@link Outcome#UNCHANGED} no longer holds.
     */
    public boolean lastRevisedUnchanged() {
        return revisedUnchanged;
    }

    /** The key that matched the last merged row: 'x' record id, 'e' email, 'p' phone, 'n' name; 0 for a new lead. */
    public char lastKey() {
        return lastKey;
    }

    /** A key that may match: present, and not one many people of this sheet share (counted when it is not). */
    private boolean usable(char kind, String key) {
        if (key.isEmpty()) {
            return false;
        }
        Integer rows = shared.get(kind + key);
        if (rows == null) {
            return true;
        }
        shared.put(kind + key, rows + 1);
        return false;
    }

    /** Adds the lead as a new one; it reaches the database at the latest when this writer is closed. */
    public long insert(Lead lead) throws SQLException {
        return insert(lead, LeadKeys.of(lead), SheetPrint.of(lead));
    }

    /**
     * Queues the insert: new leads go to SQLite in JDBC batches, a third cheaper than one statement run per lead.
     * Anything that reads or changes stored leads flushes the queue first, so a later row always finds them.
     */
    private long insert(Lead lead, LeadKeys.Keys k, long print) throws SQLException {
        long id = nextId++;
        int i = 1;
        insertLead.setLong(i++, id);
        i = bindSheetFields(insertLead, i, lead, k);
        insertLead.setString(i++, lead.stage().name());
        bindBatch(insertLead, i++);
        bindBatch(insertLead, i++);
        insertLead.setString(i++, now);
        insertLead.setString(i++, now);
        insertLead.setLong(i, print);
        insertLead.addBatch();
        rememberKeys(k);
        ahead.forget(k);
        queueExtras(id, lead.extra());
        if (++pendingLeads == BATCH) {
            flush();
        }
        return id;
    }

    /** Runs the queued inserts. */
    private void flush() throws SQLException {
        if (pendingLeads > 0) {
            insertLead.executeBatch();
            pendingLeads = 0;
        }
        if (pendingExtras > 0) {
            insertExtra.executeBatch();
            pendingExtras = 0;
        }
        if (pendingPrints > 0) {
            stampPrint.executeBatch();
            pendingPrints = 0;
        }
    }

    /**
     * After the whole sheet is read: gives every bare-number need of this import its column's scale.
     */
    public void settleNeedScale(Integer scale) throws SQLException {
        flush();
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE lead SET need_scale = ? WHERE batch_id IS NOT DISTINCT FROM ? AND need_scale = " + SCALE_PENDING)) {
            if (scale == null) {
                st.setNull(1, Types.INTEGER);
            } else {
                st.setInt(1, scale);
            }
            bindBatch(st, 2);
            st.executeUpdate();
        }
    }

    /**
     * Merges the row into the lead: an update when this is the first row of the import to find this lead from before
     * it and it changes something, unchanged when it changes nothing, a duplicate when an earlier row of this import
     * already found or created the lead. A row that changes nothing writes nothing: re-importing a sheet whose leads
     * are mostly as they were costs lookups only.
     */
    private Outcome update(Lead existing, Lead row, long print) throws SQLException {
        // A lead this import created needs no snapshot: undoing the import deletes it.
        boolean createdNow = existing.id() >= firstNewId;
        int id = Math.toIntExact(existing.id());
        boolean firstSight = !createdNow && !matched.get(id);
        matched.set(id);
        Lead merged = mergeSheetFields(existing, row);
        revisedUnchanged = false;
        if (sameSheetFields(merged, existing)) {
            if (firstSight) {
                unchanged.set(id);
                if (matchPrint != print) {
                    // this row changes nothing: its print will tell so next time (the version is not raised)
                    stampPrint.setLong(1, print);
                    stampPrint.setLong(2, existing.id());
                    stampPrint.addBatch();
                    if (++pendingPrints == BATCH) {
                        flush();
                    }
                }
                return Outcome.UNCHANGED;
            }
            return Outcome.DUPLICATE;
        }
        flush();
        LeadKeys.Keys mergedKeys = LeadKeys.of(merged);
        ahead.forget(existing.id(), LeadKeys.of(existing));
        ahead.forget(mergedKeys);
        boolean firstChange = !createdNow && (batchId == null || recordChange(existing.id(), Outcome.UPDATED));
        if (firstChange && unchanged.get(id)) {
            // found unchanged by an earlier row, changed by this one: the lead is updated after all
            unchanged.clear(id);
            revisedUnchanged = true;
            firstSight = true;
        }
        if (batchId != null && firstChange) {
            snapshotLead.setLong(1, batchId);
            snapshotLead.setLong(2, existing.id());
            snapshotLead.executeUpdate();
            snapshotExtras.setLong(1, batchId);
            snapshotExtras.setLong(2, existing.id());
            snapshotExtras.executeUpdate();
        }
        if (firstSight) {
            // the first change of a lead from before the import: it differs from where it started by construction
            printBefore.put(existing.id(), SheetPrint.of(existing));
        } else if (!createdNow) {
            Long before = printBefore.get(existing.id());
            restored.set(id, before != null && before == SheetPrint.of(merged));
        }
        int i = bindSheetFields(updateLead, 1, merged, mergedKeys);
        bindBatch(updateLead, i++);
        updateLead.setString(i++, now);
        updateLead.setLong(i++, print);
        updateLead.setLong(i, existing.id());
        updateLead.executeUpdate();
        rememberKeys(mergedKeys);
        if (!row.extra().isEmpty()) {
            deleteExtras.setLong(1, existing.id());
            deleteExtras.executeUpdate();
            queueExtras(existing.id(), merged.extra());
        }
        return firstSight ? Outcome.UPDATED : Outcome.DUPLICATE;
    }

    /** A newer sheet refreshes what it states; a blank cell never erases what an earlier sheet said. */
    static Lead mergeSheetFields(Lead old, Lead row) {
        Map<String, String> extra = new LinkedHashMap<>(old.extra());
        row.extra().forEach((k, v) -> {
            if (!v.isBlank()) {
                extra.put(k, v);
            }
        });
        // a bare number waiting for its column's scale, as stored before: the scale it was given stands
        boolean sameNeed = row.needStated().equals(old.needStated()) && Integer.valueOf(SCALE_PENDING)
                .equals(row.needScale());
        boolean newNeed = !row.needStated().isBlank() && !sameNeed;
        boolean newBuying = !row.buyingStated().isBlank() || row.buyingDate() != null;
        // an outcome, once stated, is refreshed by a sheet that states one; a sheet without it changes nothing
        boolean newOutcome = row.outcome() != null;
        return old.toBuilder()
                .externalId(pick(row.externalId(), old.externalId()))
                .name(pick(row.name(), old.name()))
                .company(pick(row.company(), old.company()))
                .email(pick(row.email(), old.email()))
                .phone(pick(row.phone(), old.phone()))
                .needStated(newNeed ? row.needStated() : old.needStated())
                .needScale(newNeed ? row.needScale() : old.needScale())
                .buyingStated(newBuying ? row.buyingStated() : old.buyingStated())
                .buyingDate(newBuying ? row.buyingDate() : old.buyingDate())
                .budget(pick(row.budget(), old.budget()))
                .source(pick(row.source(), old.source()))
                .segment(pick(row.segment(), old.segment()))
                .customerType(pick(row.customerType(), old.customerType()))
                .region(pick(row.region(), old.region()))
                .size(pick(row.size(), old.size()))
                .owner(pick(row.owner(), old.owner()))
                .notes(pick(row.notes(), old.notes()))
                .outcome(newOutcome ? row.outcome() : old.outcome())
                .closedOn(row.closedOn() != null ? row.closedOn() : old.closedOn())
                .doNotCall(row.doNotCall() || old.doNotCall())
                .extra(extra)
                .build();
    }

    /**
     * Whether {@code merged} ({@link #mergeSheetFields} of {@code old}) states every sheet field as {@code old} does:
     * the fields a merge can change. The record's own {@code equals} compares all thirty components through method
     * handles, which was a tenth of a re-import's writing thread until the JIT had compiled it.
     */
    static boolean sameSheetFields(Lead merged, Lead old) {
        return merged.externalId().equals(old.externalId()) && merged.name().equals(old.name())
                && merged.company().equals(old.company()) && merged.email().equals(old.email())
                && merged.phone().equals(old.phone()) && merged.needStated().equals(old.needStated())
                && java.util.Objects.equals(merged.needScale(), old.needScale())
                && merged.buyingStated().equals(old.buyingStated())
                && java.util.Objects.equals(merged.buyingDate(), old.buyingDate())
                && merged.budget().equals(old.budget()) && merged.source().equals(old.source())
                && merged.segment().equals(old.segment()) && merged.customerType().equals(old.customerType())
                && merged.region().equals(old.region()) && merged.size().equals(old.size())
                && merged.owner().equals(old.owner()) && merged.notes().equals(old.notes())
                && merged.outcome() == old.outcome() && java.util.Objects.equals(merged.closedOn(), old.closedOn())
                && merged.doNotCall() == old.doNotCall() && merged.extra().equals(old.extra());
    }

    private static String pick(String fresh, String old) {
        return fresh.isBlank() ? old : fresh;
    }

    /** Binds the {@link LeadStore#SHEET_COLUMNS} of {@code lead} from {@code i} on; returns the next index. */
    static int bindSheetFields(PreparedStatement st, int i, Lead lead, LeadKeys.Keys k) throws SQLException {
        st.setString(i++, k.externalId());
        st.setString(i++, lead.name());
        st.setString(i++, lead.company());
        st.setString(i++, lead.email());
        st.setString(i++, lead.phone());
        st.setString(i++, k.email());
        st.setString(i++, k.phone());
        st.setString(i++, k.name());
        st.setString(i++, lead.needStated());
        Integer scale = lead.needScale();
        if (scale == null) {
            st.setNull(i++, Types.INTEGER);
        } else {
            st.setInt(i++, scale);
        }
        st.setString(i++, lead.buyingStated());
        st.setString(i++, LeadStore.iso(lead.buyingDate()));
        st.setString(i++, lead.budget());
        st.setString(i++, lead.source());
        st.setString(i++, lead.segment());
        st.setString(i++, lead.customerType());
        st.setString(i++, lead.region());
        st.setString(i++, lead.size());
        st.setString(i++, lead.owner());
        st.setString(i++, lead.notes());
        st.setString(i++, LeadStore.stored(lead.outcome()));
        st.setString(i++, LeadStore.iso(lead.closedOn()));
        st.setInt(i++, lead.doNotCall() ? 1 : 0);
        return i;
    }

    private void bindBatch(PreparedStatement st, int i) throws SQLException {
        if (batchId == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setLong(i, batchId);
        }
    }

    /** Queues the lead's extra fields, in order; they are written with the queued leads. */
    private void queueExtras(long id, Map<String, String> extra) throws SQLException {
        int position = 0;
        for (Map.Entry<String, String> e : extra.entrySet()) {
            insertExtra.setLong(1, id);
            insertExtra.setInt(2, position++);
            insertExtra.setString(3, e.getKey());
            insertExtra.setString(4, e.getValue());
            insertExtra.addBatch();
            pendingExtras++;
        }
    }

    /** Returns true when this is the first change this batch makes to the lead. */
    private boolean recordChange(long leadId, Outcome kind) throws SQLException {
        recordChange.setLong(1, batchId);
        recordChange.setLong(2, leadId);
        recordChange.setString(3, kind.name());
        return recordChange.executeUpdate() == 1;
    }

    /** The first lead with this record id. */
    private OptionalLong first(String key) throws SQLException {
        List<Lookahead.Candidate> found = lookUp('x', key);
        if (found.isEmpty()) {
            return OptionalLong.empty();
        }
        matchPrint = found.get(0).print();
        return OptionalLong.of(found.get(0).id());
    }

    /**
     * The leads carrying this key, by ascending id (at most {@value #CANDIDATE_LIMIT}; one for a record id): from
     * the batch's fetch when it has them, else from a query.
     */
    private List<Lookahead.Candidate> lookUp(char kind, String key) throws SQLException {
        if (ahead.unfetched(kind)) {
            flush();
            ahead.fetch(kind, k -> mightCarry(kind, k) && !shared.containsKey(kind + k));
        }
        List<Lookahead.Candidate> known = ahead.candidates(kind, key);
        if (known != null) {
            return kind == 'x' && known.size() > 1 ? known.subList(0, 1) : known;
        }
        flush();
        PreparedStatement st = switch (kind) {
            case 'x' -> byExternalId;
            case 'e' -> byEmail;
            case 'p' -> byPhone;
            default -> byName;
        };
        st.setString(1, key);
        List<Lookahead.Candidate> found = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                found.add(Lookahead.Candidate.of(rs));
            }
        }
        return found;
    }

    /** Whether a lead was created or found by an earlier row of this import. */
    private boolean touchedNow(long id) {
        return id >= firstNewId || matched.get(Math.toIntExact(id));
    }

    /**
     * The first candidate sharing an email, phone or name + company key that may be the same person as {@code row}:
     * its record id does not differ from the row's; for a phone or name match, its email and name do not contradict
     * the row's; for an email match, its name (or, both nameless, its company) does not, when an earlier row of this
     * sheet wrote it (across imports a person keeps their address when their name is spelt anew). A key that keeps pointing at other people of this
     * sheet becomes no key for it.
     */
    private OptionalLong candidate(char kind, String key, Lead row, LeadKeys.Keys k) throws SQLException {
        boolean conflict = false;
        for (Lookahead.Candidate other : lookUp(kind, key)) {
            long id = other.id();
            String otherId = other.externalId();
            boolean idsAgree = k.externalId().isEmpty() || otherId.isEmpty() || otherId.equals(k.externalId());
            boolean sameSheet = touchedNow(id);
            // names are compared only where they decide: an email found on a lead of an earlier import fits as it is
            boolean fits = idsAgree && switch (kind) {
                case 'e' -> !sameSheet || sameWho(row, other);
                default -> LeadKeys.emailsCompatible(row.email(), other.email())
                        && LeadKeys.namesCompatible(row.name(), other.name());
            };
            if (fits) {
                matchPrint = other.print();
                return OptionalLong.of(id);
            }
            conflict |= sameSheet;
        }
        if (conflict && kind != 'n' && conflicts.merge(kind + key, 1, Integer::sum) >= MAX_PEOPLE_PER_KEY) {
            // this row makes more than MAX_PEOPLE_PER_KEY people of this sheet on one key
            shared.put(kind + key, MAX_PEOPLE_PER_KEY + 1);
            conflicts.remove(kind + key);
        }
        return OptionalLong.empty();
    }

    /** The names agree; two nameless rows of one sheet are told apart by their companies. */
    private static boolean sameWho(Lead row, Lookahead.Candidate other) {
        return LeadKeys.namesCompatible(row.name(), other.name()) && (!row.name().isBlank() || !other.name().isBlank()
                || LeadKeys.namesCompatible(row.company(), other.company()));
    }

    /**
     * For a row known only by its name (or only by its company): the lead known by that alone too (this row's own
     * lead from an earlier import), else the one lead of that name; none when several people share it. A company
     * alone matches only leads of earlier imports: a name + company match needs a name.
     */
    private OptionalLong weakMatch(String key) throws SQLException {
        boolean companyOnly = key.charAt(0) == '|';
        Lookahead.Candidate only = null;
        int count = 0;
        for (Lookahead.Candidate other : lookUp('n', key)) {
            long id = other.id();
            if (companyOnly && touchedNow(id)) {
                continue;
            }
            if (other.email().isEmpty() && other.phoneKey().isEmpty() && other.externalId().isEmpty()) {
                matchPrint = other.print();
                return OptionalLong.of(id);
            }
            only = other;
            count++;
        }
        if (count != 1) {
            return OptionalLong.empty();
        }
        matchPrint = only.print();
        return OptionalLong.of(only.id());
    }

    /** Runs the queued inserts, then closes the statements. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            closeStatements();
        }
    }

    private void closeStatements() throws SQLException {
        for (PreparedStatement st : new PreparedStatement[] {insertLead, insertExtra, deleteExtras, updateLead,
                recordChange, snapshotLead, snapshotExtras, byExternalId, byEmail, byPhone, byName, byId, extrasById,
                stampPrint}) {
            st.close();
        }
    }
}
