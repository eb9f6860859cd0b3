package dev.hotlist.sheets;

import static dev.hotlist.sheets.HeaderFamilies.RANK_BEST;
import static dev.hotlist.sheets.HeaderFamilies.RANK_COMPANY;
import static dev.hotlist.sheets.HeaderFamilies.RANK_PLAIN;
import static dev.hotlist.sheets.HeaderFamilies.RANK_SECOND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadField;
import dev.hotlist.sheets.HeaderFamilies.Proposal;
import org.junit.jupiter.api.Test;

/** Each rule family's proposal for the headers it names: the field, the rank among alike columns, or why not. */
class HeaderFamiliesTest {
    private static Proposal propose(String header) {
        return HeaderFamilies.propose(header);
    }

    private static void proposes(String header, LeadField field, int rank) {
        assertThat(propose(header)).as(header).isEqualTo(Proposal.of(field, rank));
    }

    private static void keepsOut(String header, String why) {
        assertThat(propose(header)).as(header).isEqualTo(new Proposal(LeadField.EXTRA, 0, why));
    }

    @Test
    void blankHeadersProposeNothing() {
        assertThat(propose(null)).isNull();
        assertThat(propose("  ")).isNull();
        assertThat(propose("---")).isNull();
    }

    @Test
    void dynamicsDoNotModifyColumnsAreTheRecordIdOrBookkeeping() {
        proposes("(Do Not Modify) Lead", LeadField.EXTERNAL_ID, RANK_BEST);
        proposes("(Do Not Modify) Opportunity", LeadField.EXTERNAL_ID, RANK_PLAIN);
        proposes("(Do Not Modify) Row Checksum", LeadField.IGNORE, RANK_PLAIN);
        proposes("(Do Not Modify) Modified On", LeadField.IGNORE, RANK_PLAIN);
        proposes("(do not modify)", LeadField.IGNORE, RANK_PLAIN);
    }

    @Test
    void outcomesAndTheirDatesComeBeforeFlags() {
        proposes("Converted", LeadField.OUTCOME, RANK_PLAIN);
        proposes("是否成交", LeadField.OUTCOME, RANK_PLAIN);
        proposes("Won Time", LeadField.CLOSED_ON, RANK_PLAIN);
        proposes("成交日期", LeadField.CLOSED_ON, RANK_PLAIN);
    }

    @Test
    void flagsAreNeverContactsAndAFlagAboutCallsIsDoNotCall() {
        proposes("Do Not Call", LeadField.DO_NOT_CALL, RANK_PLAIN);
        proposes("DNC", LeadField.DO_NOT_CALL, RANK_PLAIN);
        proposes("勿电", LeadField.DO_NOT_CALL, RANK_PLAIN);
        proposes("No Call List", LeadField.DO_NOT_CALL, RANK_PLAIN);
        keepsOut("Do Not Email", "mapping.flag");
        keepsOut("HasOptedOutOfEmail", "mapping.flag");
        keepsOut("Email Opt Out", "mapping.flag");
        keepsOut("拒绝短信", "mapping.flag");
        keepsOut("Is Active", "mapping.flag");
        keepsOut("Do Not Fax Phone", "mapping.flag");
        // not flags: a count, a phone column, a plain verb
        assertThat(propose("No. of employees")).isNotEqualTo(new Proposal(LeadField.EXTRA, 0, "mapping.flag"));
        proposes("Mobile No", LeadField.PHONE, RANK_BEST);
        assertThat(propose("Do Something")).isNull();
        assertThat(propose("Is")).isNull();
    }

    @Test
    void someoneElsesContactStaysOutAndThePersonsOwnRanksByKind() {
        keepsOut("Lead Owner Email", "mapping.othersContact");
        keepsOut("Owner Phone", "mapping.othersContact");
        keepsOut("Assistant Phone", "mapping.othersContact");
        keepsOut("负责人电话", "mapping.othersContact");
        keepsOut("助理手机", "mapping.othersContact");
        proposes("Owner Name", LeadField.OWNER, RANK_PLAIN);
        proposes("Mobile Phone", LeadField.PHONE, RANK_BEST);
        proposes("Phone", LeadField.PHONE, RANK_PLAIN);
        proposes("Home Phone", LeadField.PHONE, RANK_SECOND);
        proposes("Company Phone", LeadField.PHONE, RANK_COMPANY);
        proposes("手机", LeadField.PHONE, RANK_BEST);
        proposes("公司电话", LeadField.PHONE, RANK_COMPANY);
        proposes("备用电话", LeadField.PHONE, RANK_SECOND);
        assertThat(propose("Fax Phone")).isNull();
    }

    @Test
    void billingShippingAndDisplayNamesAreThePersonsName() {
        proposes("Billing Name", LeadField.NAME, RANK_PLAIN);
        proposes("Shipping Name", LeadField.NAME, RANK_PLAIN);
        proposes("Recipient Name", LeadField.NAME, RANK_PLAIN);
        proposes("Display Name", LeadField.NAME, RANK_SECOND);
        assertThat(propose("Billing Email Name")).isNull();
        assertThat(propose("Billing")).isNull();
        assertThat(propose("Pet Name")).isNull();
    }

    @Test
    void onlyThePersonsRecordIdRanksFirst() {
        proposes("Record ID", LeadField.EXTERNAL_ID, RANK_BEST);
        proposes("Deal ID", LeadField.EXTERNAL_ID, RANK_SECOND);
        proposes("Account ID", LeadField.EXTERNAL_ID, RANK_COMPANY);
    }

    @Test
    void pipedriveEntityPrefixesSayWhoseFieldItIs() {
        proposes("Person - Email - Work", LeadField.EMAIL, RANK_PLAIN);
        proposes("Person - Phone - Mobile", LeadField.PHONE, RANK_BEST);
        proposes("Person - ID", LeadField.EXTERNAL_ID, RANK_BEST);
        proposes("Person - Organization", LeadField.COMPANY, RANK_PLAIN);
        proposes("Person - Name", LeadField.NAME, RANK_PLAIN);
        proposes("Organization - Name", LeadField.COMPANY, RANK_PLAIN);
        proposes("Organization", LeadField.COMPANY, RANK_PLAIN);
        proposes("Organization - Phone", LeadField.PHONE, RANK_COMPANY);
        proposes("Organization - Email", LeadField.EMAIL, RANK_COMPANY);
        proposes("Organization - ID", LeadField.EXTRA, RANK_PLAIN);
        proposes("Deal - Title", LeadField.EXTRA, RANK_PLAIN);
        proposes("Deal - Value", LeadField.BUDGET, RANK_PLAIN);
        proposes("Deal - Weighted value", LeadField.EXTRA, RANK_PLAIN);
        proposes("Deal - ID", LeadField.EXTERNAL_ID, RANK_SECOND);
        proposes("Deal - Organization", LeadField.COMPANY, RANK_PLAIN);
        proposes("Deal - Contact person", LeadField.NAME, RANK_PLAIN);
        proposes("Lead: Email", LeadField.EMAIL, RANK_PLAIN);
        assertThat(propose("Person - Favourite colour")).isNull();
    }

    @Test
    void closeAndGoogleExportsAreReadByTheirParts() {
        proposes("primary_contact_name", LeadField.NAME, RANK_PLAIN);
        proposes("primary_contact_email", LeadField.EMAIL, RANK_PLAIN);
        proposes("E-mail 1 - Value", LeadField.EMAIL, RANK_PLAIN);
        proposes("E-mail 2 - Value", LeadField.EMAIL, RANK_SECOND);
        proposes("Phone 1 - Value", LeadField.PHONE, RANK_PLAIN);
        proposes("Phone 1 - Type", LeadField.EXTRA, RANK_PLAIN);
        proposes("Phone 1 - Label", LeadField.EXTRA, RANK_PLAIN);
        assertThat(propose("Nickname 1 - Value")).isNull();
    }

    @Test
    void statusColumnsAreKnownByNameOrByAnEntitysStatusPart() {
        assertThat(HeaderFamilies.isStatus("Lead Status")).isTrue();
        assertThat(HeaderFamilies.isStatus("Status")).isTrue();
        assertThat(HeaderFamilies.isStatus("Opportunity - Status")).isTrue();
        assertThat(HeaderFamilies.isStatus("Person - Label")).isTrue();
        assertThat(HeaderFamilies.isStatus("Random - Status")).isFalse();
        assertThat(HeaderFamilies.isStatus("Deal - Title")).isFalse();
        assertThat(HeaderFamilies.isStatus("Notes")).isFalse();
        assertThat(HeaderFamilies.isStatus(null)).isFalse();
    }

    @Test
    void headersSplitIntoSegmentsAndWords() {
        assertThat(HeaderFamilies.segments("Person - Email – Work")).containsExactly("Person", "Email", "Work");
        assertThat(HeaderFamilies.segments("Lead: Email")).containsExactly("Lead", "Email");
        assertThat(HeaderFamilies.segments("E-mail")).containsExactly("E-mail");
        assertThat(HeaderFamilies.words("HasOptedOutOfEmail")).containsExactly("has", "opted", "out", "of", "email");
        assertThat(HeaderFamilies.words("Email2")).containsExactly("email", "2");
        assertThat(HeaderFamilies.words("E-mail Address")).containsExactly("email", "address");
        assertThat(HeaderFamilies.words("e mail")).containsExactly("email");
        assertThat(HeaderFamilies.words("客户 电话")).containsExactly("客户", "电话");
    }
}
