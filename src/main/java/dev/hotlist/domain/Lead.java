package dev.hotlist.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person who might buy, as the sheet described them and as the salesperson has worked them.
 *
 * <p>Fields fall in two groups. The <em>sheet fields</em> (contact, need, buying time, classification, notes,
 * extra columns) come from imports and are refreshed by a re-import. The <em>work fields</em> (stage, own
 * notes, snooze, next action) belong to the salesperson and an import never touches them.
 *
 * @param id            database id; 0 before the lead is stored
 * @param externalId    a CRM record id, the first key for matching on re-import; may be empty
 * @param needStated    need as the sheet stated it ("急需", "high", "4", "80%", "★★★★")
 * @param needScale     the scale of a numeric need inferred from its column (5, 10, 100, or 1 for fractions);
 *                      null when the need is not a bare number
 * @param buyingStated  expected purchase / need-by as the sheet stated it ("明天", "next month", "2026-12-01")
 * @param buyingDate    {@code buyingStated} resolved to a real date against the import's as-of day; null if none
 * @param extra         imported columns that have no field of their own, by header, in sheet order (held as
 *                      {@link ExtraColumns})
 * @param outcome       how the lead ended as the sheet states it (an outcome column); null while unknown or open
 * @param closedOn      the close or conversion date the sheet gives beside its outcome; null if none
 * @param doNotCall     the sheet flags the person as not to be called (a Do Not Call column): never offered for calling
 * @param batchId       the import batch that last wrote the sheet fields; null for leads entered by hand
 * @param assignee      who on the team claimed the lead (team mode's owner); empty when unassigned
 * @param version       raised by every change; an edit made against an older version is refused, not lost
 */
public record Lead(
        long id,
        String externalId,
        String name,
        String company,
        String email,
        String phone,
        String needStated,
        Integer needScale,
        String buyingStated,
        LocalDate buyingDate,
        String budget,
        String source,
        String segment,
        String customerType,
        String region,
        String size,
        String owner,
        String notes,
        Map<String, String> extra,
        Outcome outcome,
        LocalDate closedOn,
        boolean doNotCall,
        Stage stage,
        String userNotes,
        LocalDate snoozedUntil,
        LocalDate nextActionDate,
        Long batchId,
        Instant createdAt,
        Instant updatedAt,
        String assignee,
        long version) {

    public Lead {
        externalId = orEmpty(externalId);
        name = orEmpty(name);
        company = orEmpty(company);
        email = orEmpty(email);
        phone = orEmpty(phone);
        needStated = orEmpty(needStated);
        buyingStated = orEmpty(buyingStated);
        budget = orEmpty(budget);
        source = orEmpty(source);
        segment = orEmpty(segment);
        customerType = orEmpty(customerType);
        region = orEmpty(region);
        size = orEmpty(size);
        owner = orEmpty(owner);
        notes = orEmpty(notes);
        userNotes = orEmpty(userNotes);
        assignee = orEmpty(assignee);
        extra = ExtraColumns.of(extra);
        stage = stage == null ? Stage.NEW : stage;
    }

    /** A name to show: the person, else the company, else the email, phone or record id. */
    public String displayName() {
        if (!name.isEmpty()) {
            return name;
        }
        if (!company.isEmpty()) {
            return company;
        }
        if (!email.isEmpty()) {
            return email;
        }
        return !phone.isEmpty() ? phone : externalId;
    }

    /** Closed leads leave the call list: the user's stage says won or lost, or the sheet states an outcome. */
    public boolean isClosed() {
        return outcome != null || stage.isClosed();
    }

    /** True when nobody on the team has claimed it. */
    public boolean isUnassigned() {
        return assignee.isEmpty();
    }

    /** True when snoozed past the given day. */
    public boolean isSnoozedOn(LocalDate day) {
        return snoozedUntil != null && snoozedUntil.isAfter(day);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Builds leads field by field; unset fields are empty. */
    public static final class Builder {
        private long id;
        private String externalId;
        private String name;
        private String company;
        private String email;
        private String phone;
        private String needStated;
        private Integer needScale;
        private String buyingStated;
        private LocalDate buyingDate;
        private String budget;
        private String source;
        private String segment;
        private String customerType;
        private String region;
        private String size;
        private String owner;
        private String notes;
        private Map<String, String> extra = new LinkedHashMap<>();
        private Outcome outcome;
        private LocalDate closedOn;
        private boolean doNotCall;
        private Stage stage = Stage.NEW;
        private String userNotes;
        private LocalDate snoozedUntil;
        private LocalDate nextActionDate;
        private Long batchId;
        private Instant createdAt;
        private Instant updatedAt;
        private String assignee;
        private long version;

        private Builder() {
        }

        private Builder(Lead l) {
            id = l.id;
            externalId = l.externalId;
            name = l.name;
            company = l.company;
            email = l.email;
            phone = l.phone;
            needStated = l.needStated;
            needScale = l.needScale;
            buyingStated = l.buyingStated;
            buyingDate = l.buyingDate;
            budget = l.budget;
            source = l.source;
            segment = l.segment;
            customerType = l.customerType;
            region = l.region;
            size = l.size;
            owner = l.owner;
            notes = l.notes;
            extra = new LinkedHashMap<>(l.extra);
            outcome = l.outcome;
            closedOn = l.closedOn;
            doNotCall = l.doNotCall;
            stage = l.stage;
            userNotes = l.userNotes;
            snoozedUntil = l.snoozedUntil;
            nextActionDate = l.nextActionDate;
            batchId = l.batchId;
            createdAt = l.createdAt;
            updatedAt = l.updatedAt;
            assignee = l.assignee;
            version = l.version;
        }

        public Builder id(long v) { id = v; return this; }
        public Builder externalId(String v) { externalId = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder company(String v) { company = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder needStated(String v) { needStated = v; return this; }
        public Builder needScale(Integer v) { needScale = v; return this; }
        public Builder buyingStated(String v) { buyingStated = v; return this; }
        public Builder buyingDate(LocalDate v) { buyingDate = v; return this; }
        public Builder budget(String v) { budget = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder segment(String v) { segment = v; return this; }
        public Builder customerType(String v) { customerType = v; return this; }
        public Builder region(String v) { region = v; return this; }
        public Builder size(String v) { size = v; return this; }
        public Builder owner(String v) { owner = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder extra(Map<String, String> v) { extra = new LinkedHashMap<>(v); return this; }
        public Builder putExtra(String key, String value) { extra.put(key, value); return this; }
        public Builder outcome(Outcome v) { outcome = v; return this; }
        public Builder closedOn(LocalDate v) { closedOn = v; return this; }
        public Builder doNotCall(boolean v) { doNotCall = v; return this; }
        public Builder stage(Stage v) { stage = v; return this; }
        public Builder userNotes(String v) { userNotes = v; return this; }
        public Builder snoozedUntil(LocalDate v) { snoozedUntil = v; return this; }
        public Builder nextActionDate(LocalDate v) { nextActionDate = v; return this; }
        public Builder batchId(Long v) { batchId = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder assignee(String v) { assignee = v; return this; }
        public Builder version(long v) { version = v; return this; }

        public Lead build() {
            return new Lead(id, externalId, name, company, email, phone, needStated, needScale, buyingStated,
                    buyingDate, budget, source, segment, customerType, region, size, owner, notes, extra, outcome,
                    closedOn, doNotCall, stage,
                    userNotes, snoozedUntil, nextActionDate, batchId, createdAt, updatedAt, assignee, version);
        }
    }
}
