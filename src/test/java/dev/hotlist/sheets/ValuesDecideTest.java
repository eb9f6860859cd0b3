package dev.hotlist.sheets;

import dev.hotlist.domain.ColumnMapping;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers propose a field; the column's values confirm or reject it, and a rejection says why. */
class ValuesDecideTest {
    private static ColumnMapping map(List<String> headers, String[]... rows) {
        List<List<String>> samples = new ArrayList<>();
        for (String[] r : rows) {
            samples.add(List.of(r));
        }
        return ColumnMapper.map(headers, samples, Map.of());
    }

    private static String reason(ColumnMapping m, int column) {
        return m.rejectionOf(column).orElseThrow().reason(Locale.ENGLISH);
    }

    @Test
    void anOptOutFlagEndingInEmailIsNeverTheEmailAndSaysWhy() {
        ColumnMapping m = map(List.of("Email", "HasOptedOutOfEmail", "Do Not Email", "Name"),
                new String[] {"ann@acme.com", "true", "Yes", "Ann"}, new String[] {"bob@bolt.io", "false", "No", "Bob"});
        assertThat(m.fieldOf(0)).isEqualTo(LeadField.EMAIL);
        assertThat(m.fieldOf(1)).isEqualTo(LeadField.EXTRA);
        assertThat(m.fieldOf(2)).isEqualTo(LeadField.EXTRA);
        assertThat(reason(m, 1)).isEqualTo("'HasOptedOutOfEmail' holds true/false: not an email");
        assertThat(reason(m, 2)).isEqualTo("'Do Not Email' holds Yes/No: not an email");
        assertThat(m.rejectionOf(2).orElseThrow().reason(Locale.SIMPLIFIED_CHINESE)).contains("Do Not Email", "邮箱");
    }

    @Test
    void anEmailHeaderOverFlagsIsRejectedByItsValues() {
        ColumnMapping m = map(List.of("Name", "Email"), new String[] {"Ann", "No"}, new String[] {"Bob", "Yes"},
                new String[] {"Cy", "No"});
        assertThat(m.fieldOf(1)).isEqualTo(LeadField.EXTRA);
        assertThat(reason(m, 1)).isEqualTo("'Email' holds No/Yes: not an email");
    }

    @Test
    void aNameColumnOfDatesOrOrderNumbersIsNoName() {
        ColumnMapping m = map(List.of("Name", "Billing Name", "Phone"),
                new String[] {"#1001", "Ann Lee", "+1 415 555 0100"}, new String[] {"#1002", "Bob Stone", "4155550101"});
        assertThat(m.fieldOf(0)).isEqualTo(LeadField.EXTRA);
        assertThat(reason(m, 0)).isEqualTo("'Name' holds numbers: not a name");
        assertThat(m.fieldOf(1)).isEqualTo(LeadField.NAME);
        assertThat(m.fieldOf(2)).isEqualTo(LeadField.PHONE);
    }

    @Test
    void phonesWrappedInInvisibleDirectionMarksAreStillPhones() {
        // right-to-left systems wrap numbers in isolates (U+2066..U+2069) or marks (U+200E); a zero-width space
        ColumnMapping m = map(List.of("Name", "Phone"), new String[] {"Ann", "\u2066555 0101\u2069"},
                new String[] {"Bob", "\u200E+1 415 555 0102"}, new String[] {"Cy", "415\u200B555\u200B0103"});
        assertThat(m.fieldOf(1)).isEqualTo(LeadField.PHONE);
        ColumnMapping words = map(List.of("Name", "Phone"), new String[] {"Ann", "\u2066call me\u2069"},
                new String[] {"Bob", "\u200Eask\u200E"});
        assertThat(words.fieldOf(1)).as("marks alone make no phone").isNotEqualTo(LeadField.PHONE);
    }

    @Test
    void aRecordIdColumnMustHoldDistinctValues() {
        String[][] rows = new String[10][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new String[] {"Person " + i, i % 2 == 0 ? "A" : "B"};
        }
        ColumnMapping m = map(List.of("Name", "Record ID"), rows);
        assertThat(m.fieldOf(1)).isEqualTo(LeadField.EXTRA);
        assertThat(reason(m, 1)).isEqualTo("'Record ID' repeats its values (2 distinct of 10): not a record id");
    }

    @Test
    void someoneElsesContactStaysAnExtraAndThePersonsOwnWins() {
        ColumnMapping m = map(List.of("Lead Owner Email", "Assistant's Phone", "Company Main Phone",
                        "Business Phone", "Mobile Phone", "Email", "Spouse Email", "IsUnreadByOwner", "Owner"),
                new String[] {"rep@us.com", "5550001", "5550002", "5550003", "5550004", "ann@acme.com", "s@x.com",
                    "false", "Jane"});
        assertThat(m.fieldOf(0)).isEqualTo(LeadField.EXTRA);
        assertThat(m.fieldOf(1)).isEqualTo(LeadField.EXTRA);
        assertThat(m.fieldOf(6)).isEqualTo(LeadField.EXTRA);
        assertThat(m.fieldOf(7)).isEqualTo(LeadField.EXTRA);
        assertThat(m.fieldOf(8)).isEqualTo(LeadField.OWNER);
        assertThat(reason(m, 0)).contains("someone else");
        assertThat(m.rankOf(4)).isLessThan(m.rankOf(3));
        assertThat(m.rankOf(3)).isLessThan(m.rankOf(2));
    }

    @Test
    void entityPrefixesAndNumberedValuesAreRead() {
        ColumnMapping pipedrive = map(List.of("Deal - ID", "Deal - Title", "Deal - Value", "Person - ID",
                "Person - Name", "Person - Email - Work", "Person - Phone - Work", "Person - Organization",
                "Deal - Expected close date", "Deal - Status"),
                new String[] {"17", "Acme deal", "5000", "301", "Ann Lee", "ann@acme.com", "+1 415 555 0100", "Acme",
                    "2026-12-20", "won"});
        assertThat(pipedrive.fieldOf(3)).isEqualTo(LeadField.EXTERNAL_ID);
        assertThat(pipedrive.fieldOf(0)).isEqualTo(LeadField.EXTRA);
        assertThat(pipedrive.fieldOf(1)).isEqualTo(LeadField.EXTRA);
        assertThat(pipedrive.fieldOf(2)).isEqualTo(LeadField.BUDGET);
        assertThat(pipedrive.fieldOf(4)).isEqualTo(LeadField.NAME);
        assertThat(pipedrive.fieldOf(5)).isEqualTo(LeadField.EMAIL);
        assertThat(pipedrive.fieldOf(6)).isEqualTo(LeadField.PHONE);
        assertThat(pipedrive.fieldOf(7)).isEqualTo(LeadField.COMPANY);
        assertThat(pipedrive.fieldOf(8)).isEqualTo(LeadField.BUYING_TIME);
        assertThat(pipedrive.fieldOf(9)).isEqualTo(LeadField.OUTCOME);
        ColumnMapping google = map(List.of("First Name", "Organization Name", "E-mail 1 - Label", "E-mail 1 - Value",
                "Phone 1 - Value", "Phone 2 - Value"), new String[] {"Ann", "Acme", "* Work", "ann@acme.com",
                    "+1 415 555 0100", "+1 415 555 0199"});
        assertThat(google.fieldOf(1)).isEqualTo(LeadField.COMPANY);
        assertThat(google.fieldOf(2)).isEqualTo(LeadField.EXTRA);
        assertThat(google.fieldOf(3)).isEqualTo(LeadField.EMAIL);
        assertThat(google.fieldOf(4)).isEqualTo(LeadField.PHONE);
        assertThat(google.rankOf(4)).isLessThan(google.rankOf(5));
        ColumnMapping dynamics = map(List.of("(Do Not Modify) Lead", "(Do Not Modify) Row Checksum",
                "(Do Not Modify) Modified On", "Name"), new String[] {"5f1c6c2e-1a2b-4c3d-9e8f-0a1b2c3d4e5f", "xyz",
                    "2026-11-02", "Ann Lee"});
        assertThat(dynamics.fieldOf(0)).isEqualTo(LeadField.EXTERNAL_ID);
        assertThat(dynamics.fieldOf(1)).isEqualTo(LeadField.IGNORE);
        assertThat(dynamics.fieldOf(2)).isEqualTo(LeadField.IGNORE);
    }

    @Test
    void outcomeAndDoNotCallColumnsAreReadByHeaderAndCheckedByValues() {
        ColumnMapping m = map(List.of("Prospect ID", "Converted", "Do Not Call", "是否成交", "Lead Status"),
                new String[] {"a1", "1", "No", "是", "Closed - Converted"},
                new String[] {"a2", "0", "Yes", "否", "Open - Not Contacted"});
        assertThat(m.fieldOf(1)).isEqualTo(LeadField.OUTCOME);
        assertThat(m.fieldOf(2)).isEqualTo(LeadField.DO_NOT_CALL);
        assertThat(m.fieldOf(3)).isEqualTo(LeadField.OUTCOME);
        assertThat(m.fieldOf(4)).isEqualTo(LeadField.OUTCOME);
        ColumnMapping allNo = map(List.of("Name", "Converted"), new String[] {"Ann", "0"}, new String[] {"Bob", "0"});
        assertThat(allNo.fieldOf(1)).isEqualTo(LeadField.EXTRA);
        assertThat(reason(allNo, 1)).isEqualTo("'Converted' holds no won or lost value: not an outcome");
        ColumnMapping open = map(List.of("Name", "Lead Status"), new String[] {"Ann", "Open"},
                new String[] {"Bob", "Contacted"});
        assertThat(open.fieldOf(1)).isEqualTo(LeadField.EXTRA);
    }

    @Test
    void anEmailColumnMostlyFilledWithNoneIsStillTheEmailColumnAndOwnersMayBeAddresses() {
        String[][] rows = new String[10][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new String[] {"客户" + i, i < 3 ? "c" + i + "@x.cn" : "无", "rep@ourco.com"};
        }
        ColumnMapping m = map(List.of("姓名", "邮箱", "Contact Owner"), rows);
        assertThat(m.fieldOf(1)).isEqualTo(LeadField.EMAIL);
        assertThat(m.fieldOf(2)).isEqualTo(LeadField.OWNER);
    }

    @Test
    void aCellOfAnEmailColumnThatIsNoAddressIsNotTheLeadsEmail(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path csv = TestWorkbooks.csv(dir.resolve("none.csv"),
                "姓名,邮箱,手机\n王芳,wang@x.cn,13812345678\n李雷,无,无\n");
        List<dev.hotlist.domain.Lead> leads = TestWorkbooks.leads(TestWorkbooks.readAll(csv));
        assertThat(leads.get(1).email()).isEmpty();
        assertThat(leads.get(1).phone()).isEmpty();
        assertThat(leads.get(1).extra()).containsEntry("邮箱", "无");
    }

    @Test
    void placeholdersAreBlank() {
        assertThat(CellValues.isPlaceholder("Select")).isTrue();
        assertThat(CellValues.isPlaceholder("--")).isTrue();
        assertThat(CellValues.isPlaceholder("N/A")).isTrue();
        assertThat(CellValues.isPlaceholder("未填写")).isTrue();
        assertThat(CellValues.isPlaceholder("Selection")).isFalse();
        assertThat(CellValues.isPlaceholder("Nanjing")).isFalse();
    }

    @Test
    void aCellOfSeveralAddressesOrNumbersGivesTheLeadTheFirstAndKeepsTheRest(@TempDir Path dir) throws Exception {
        // Pipedrive joins a person's addresses of one kind with ", ", Google Contacts with " ::: "
        Path file = TestWorkbooks.csv(dir.resolve("several.csv"), String.join("\n",
                "Person - Name,Person - Email - Work,Person - Phone - Mobile,Notes",
                "Anna Berg,\"anna@berg.se, anna.b@berg.se\",+46 70 555 01 01 ::: +46 70 555 01 02,",
                "Lars Holm,lars@holm.se,\"555-0100, ext. 12\",\"call a@b.se, c@d.se\"", ""));
        List<dev.hotlist.domain.Lead> leads = TestWorkbooks.leads(TestWorkbooks.readAll(file));
        assertThat(leads.get(0).email()).isEqualTo("anna@berg.se");
        assertThat(leads.get(0).phone()).isEqualTo("+46 70 555 01 01");
        assertThat(leads.get(0).extra()).containsEntry("Person - Email - Work", "anna.b@berg.se")
                .containsEntry("Person - Phone - Mobile", "+46 70 555 01 02");
        assertThat(leads.get(1).phone()).as("a number with its extension is one number").isEqualTo("555-0100, ext. 12");
        assertThat(leads.get(1).notes()).as("other columns are not split").isEqualTo("call a@b.se, c@d.se");
        assertThat(CellValues.several("a@x.se, see notes", true)).as("every part must be an address").isNull();
    }
}
