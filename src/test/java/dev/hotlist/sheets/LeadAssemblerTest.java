package dev.hotlist.sheets;

import static dev.hotlist.sheets.TestWorkbooks.leads;
import static dev.hotlist.sheets.TestWorkbooks.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.ParsedRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How one mapped row becomes a lead: which column wins a field, what stays an extra, which rows are no lead. */
class LeadAssemblerTest {
    @TempDir
    Path dir;

    @Test
    void columnsAreLetteredAsSpreadsheetsDo() {
        assertThat(LeadAssembler.columnLetters(0)).isEqualTo("A");
        assertThat(LeadAssembler.columnLetters(25)).isEqualTo("Z");
        assertThat(LeadAssembler.columnLetters(26)).isEqualTo("AA");
        assertThat(LeadAssembler.columnLetters(51)).isEqualTo("AZ");
        assertThat(LeadAssembler.columnLetters(701)).isEqualTo("ZZ");
        assertThat(LeadAssembler.columnLetters(702)).isEqualTo("AAA");
    }

    @Test
    void totalsRowsAreShortTotalWordsWithOrWithoutAColon() {
        assertThat(LeadAssembler.isTotal("合计")).isTrue();
        assertThat(LeadAssembler.isTotal("Total:")).isTrue();
        assertThat(LeadAssembler.isTotal("Grand Total：")).isTrue();
        assertThat(LeadAssembler.isTotal("SUBTOTAL")).isTrue();
        assertThat(LeadAssembler.isTotal("sub-total")).isTrue();
        assertThat(LeadAssembler.isTotal("Totally")).isFalse();
        assertThat(LeadAssembler.isTotal(":")).isFalse();
        assertThat(LeadAssembler.isTotal(null)).isFalse();
        // longer than any totals word: a lead's text, not read further
        assertThat(LeadAssembler.isTotal("grand total ")).isTrue();
        assertThat(LeadAssembler.isTotal("grand total  ")).isFalse();
    }

    @Test
    void theBestRankedNonBlankContactWinsAndTheOthersStayExtras() throws Exception {
        Path file = TestWorkbooks.csv(dir.resolve("ranks.csv"), """
                Name,Company Phone,Phone,Mobile,Home Phone
                Ann,+1 415 555 0100,+1 415 555 0101,+1 415 555 0102,+1 415 555 0103
                Bob,+1 415 555 0200,+1 415 555 0201,,
                Cy,+1 415 555 0300,,,+1 415 555 0303
                Di,+1 415 555 0400,,,
                """);
        List<Lead> leads = leads(readAll(file));
        assertThat(leads).extracting(Lead::phone).containsExactly("+1 415 555 0102", "+1 415 555 0201",
                "+1 415 555 0303", "+1 415 555 0400");
        assertThat(leads.get(0).extra()).containsEntry("Company Phone", "+1 415 555 0100")
                .containsEntry("Phone", "+1 415 555 0101").containsEntry("Home Phone", "+1 415 555 0103")
                .doesNotContainKey("Mobile");
        assertThat(leads.get(3).extra()).doesNotContainKey("Company Phone");
    }

    @Test
    void aContactCellThatIsNoAddressOrNumberStaysAsWrittenAndTheFirstOfSeveralIsTheLeads() throws Exception {
        Path file = TestWorkbooks.csv(dir.resolve("contacts.csv"), """
                Name,Email,Phone
                Ann,ann@acme.com,see notes
                Bob,none given,+1 415 555 0200
                Cy,"cy@co.cn, cy@home.cn","+34 600 123 456 ::: +34 91 123 4567"
                """);
        List<Lead> leads = leads(readAll(file));
        assertThat(leads.get(0).phone()).isEmpty();
        assertThat(leads.get(0).extra()).containsEntry("Phone", "see notes");
        assertThat(leads.get(1).email()).isEmpty();
        assertThat(leads.get(1).extra()).containsEntry("Email", "none given");
        assertThat(leads.get(2).email()).isEqualTo("cy@co.cn");
        assertThat(leads.get(2).phone()).isEqualTo("+34 600 123 456");
        assertThat(leads.get(2).extra()).containsEntry("Email", "cy@home.cn")
                .containsEntry("Phone", "+34 91 123 4567");
    }

    @Test
    void aRowIsALeadWithAnyKeyOrANameOrCompanyAndDoNotCallNeedsAYes() throws Exception {
        Path file = TestWorkbooks.csv(dir.resolve("keys.csv"), """
                Record ID,First Name,Last Name,Company,Email,Do Not Call,Segment
                ,,,,,,SMB
                X1,,,,,No,
                ,Ann,,,,No,
                ,,Lee,,,Yes,
                ,,,Acme,,,
                ,,,,ann@acme.com,,
                """);
        List<ParsedRow> rows = readAll(file);
        assertThat(rows.get(0)).isInstanceOfSatisfying(ParsedRow.SkippedRow.class,
                s -> assertThat(s.reasonKey()).isEqualTo("row.noContact"));
        List<Lead> leads = leads(rows);
        assertThat(leads).extracting(Lead::externalId, Lead::name, Lead::company, Lead::email).containsExactly(
                org.assertj.core.groups.Tuple.tuple("X1", "", "", ""),
                org.assertj.core.groups.Tuple.tuple("", "Ann", "", ""),
                org.assertj.core.groups.Tuple.tuple("", "Lee", "", ""),
                org.assertj.core.groups.Tuple.tuple("", "", "Acme", ""),
                org.assertj.core.groups.Tuple.tuple("", "", "", "ann@acme.com"));
        assertThat(leads).extracting(Lead::doNotCall).containsExactly(false, false, true, false, false);
    }

    @Test
    void blankHeadersAndRepeatedHeadersGetKeysOfTheirOwn() throws Exception {
        Path file = TestWorkbooks.csv(dir.resolve("extras.csv"), """
                Name,Email,Colour,Colour,,Colour
                Ann,ann@acme.com,red,blue,tall,green
                """);
        Lead ann = leads(readAll(file)).get(0);
        assertThat(ann.extra()).isEqualTo(Map.of("Colour", "red", "Colour (2)", "blue", "Column E", "tall",
                "Colour (3)", "green"));
    }
}
