package dev.hotlist.sheets;

import static dev.hotlist.sheets.TestWorkbooks.leads;
import static dev.hotlist.sheets.TestWorkbooks.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.ParsedRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheets as CRMs export them must import with no mapping work. */
class CrmExportsTest {
    @TempDir
    Path dir;

    @Test
    void salesforceLeads() throws Exception {
        Object[][] rows = {
                {"Lead ID", "First Name", "Last Name", "Title", "Company / Account", "Email", "Phone", "Mobile",
                        "Lead Source", "Lead Status", "Rating", "Industry", "No. of Employees", "Lead Owner", "City",
                        "Description", "Email Opt Out"},
                {"00Q5g00000AbCdE", "Ann", "Lee", "CTO", "Acme", "ann@acme.com", null, 13812345678L, "Web",
                        "Open", "Hot", "Manufacturing", 250, "Jane Roe", "Shanghai", "Needs it asap", false},
        };
        List<Lead> leads = leads(readAll(TestWorkbooks.xlsx(dir.resolve("salesforce.xlsx"), rows)));
        Lead l = leads.get(0);
        assertThat(l.externalId()).isEqualTo("00Q5g00000AbCdE");
        assertThat(l.name()).isEqualTo("Ann Lee");
        assertThat(l.company()).isEqualTo("Acme");
        assertThat(l.phone()).isEqualTo("13812345678");
        assertThat(l.needStated()).isEqualTo("Hot");
        assertThat(l.source()).isEqualTo("Web");
        assertThat(l.segment()).isEqualTo("Manufacturing");
        assertThat(l.size()).isEqualTo("250");
        assertThat(l.owner()).isEqualTo("Jane Roe");
        assertThat(l.region()).isEqualTo("Shanghai");
        assertThat(l.notes()).isEqualTo("Needs it asap");
        assertThat(l.extra()).containsEntry("Title", "CTO").containsEntry("Lead Status", "Open")
                .containsEntry("Email Opt Out", "FALSE");
    }

    @Test
    void hubspotContactsAndDeals() throws Exception {
        Object[][] contacts = {
                {"Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name", "Lifecycle Stage",
                        "Contact owner", "Lead Status"},
                {"51", "Bob", "Stone", "bob@stone.io", "+1 415 555 0100", "Stone Inc", "lead", "Amy", "NEW"},
        };
        Lead c = leads(readAll(TestWorkbooks.csv(dir.resolve("hubspot-contacts.csv"), toCsv(contacts)))).get(0);
        assertThat(c.externalId()).isEqualTo("51");
        assertThat(c.name()).isEqualTo("Bob Stone");
        assertThat(c.phone()).isEqualTo("+1 415 555 0100");
        assertThat(c.company()).isEqualTo("Stone Inc");
        assertThat(c.owner()).isEqualTo("Amy");

        Object[][] deals = {
                {"Record ID", "Deal Name", "Deal Stage", "Close Date", "Amount", "Deal owner", "Priority"},
                {"9001", "Stone Inc - 40 seats", "appointmentscheduled", LocalDate.of(2026, 12, 15), 12000, "Amy",
                        "High"},
        };
        Lead d = leads(readAll(TestWorkbooks.xlsx(dir.resolve("hubspot-deals.xlsx"), deals))).get(0);
        assertThat(d.externalId()).isEqualTo("9001");
        assertThat(d.name()).isEmpty();
        assertThat(d.extra()).containsEntry("Deal Name", "Stone Inc - 40 seats");
        assertThat(d.buyingDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(d.needStated()).isEqualTo("High");
    }

    @Test
    void hubspotDealWithItsIdAndAssociatedCompanyIsALead() throws Exception {
        Object[][] deals = {
                {"Deal ID", "Deal Name", "Associated Company", "Deal Stage", "Close Date", "Amount", "Deal Priority"},
                {"18237461", "Bolt Ltd - renewal", "Bolt Ltd", "contractsent", LocalDate.of(2026, 12, 3), 12000,
                        "High"},
        };
        List<ParsedRow> rows = readAll(TestWorkbooks.xlsx(dir.resolve("hubspot-deal.xlsx"), deals));
        assertThat(rows).singleElement().isInstanceOf(ParsedRow.LeadRow.class);
        Lead d = leads(rows).get(0);
        assertThat(d.externalId()).isEqualTo("18237461");
        assertThat(d.company()).isEqualTo("Bolt Ltd");
        assertThat(d.budget()).isEqualTo("12000");
        assertThat(d.needStated()).isEqualTo("High");
        assertThat(d.extra()).containsEntry("Deal Name", "Bolt Ltd - renewal");
    }

    @Test
    void salesforceOpportunitiesCarryTheirIdAndAmount() throws Exception {
        Object[][] rows = {
                {"Opportunity ID", "Opportunity Name", "Account Name", "Amount", "Close Date", "Stage",
                        "Opportunity Owner", "Lead Status"},
                {"0065g00000XyZaB", "Acme - 200 pumps", "Acme", "50,000", "2027-01-15", "Prospecting", "Jane Roe",
                        "Warm"},
        };
        Lead l = leads(readAll(TestWorkbooks.csv(dir.resolve("sf-opps.csv"), toCsv(rows)))).get(0);
        assertThat(l.externalId()).isEqualTo("0065g00000XyZaB");
        assertThat(l.company()).isEqualTo("Acme");
        assertThat(l.budget()).isEqualTo("50,000");
        assertThat(l.needStated()).isEqualTo("Warm");
        assertThat(l.owner()).isEqualTo("Jane Roe");
        assertThat(l.extra()).containsEntry("Opportunity Name", "Acme - 200 pumps");
    }

    @Test
    void indianAndChineseLeadSheetVariants() throws Exception {
        Object[][] rows = {
                {"Client Name", "Mobile No.", "Email ID", "Province/State", "客户意向", "预计采购日期"},
                {"Ravi Kumar", "+91 98765 43210", "ravi@kumar.in", "Karnataka", "高", LocalDate.of(2026, 12, 10)},
        };
        Lead l = leads(readAll(TestWorkbooks.xlsx(dir.resolve("variants.xlsx"), rows))).get(0);
        assertThat(l.name()).isEqualTo("Ravi Kumar");
        assertThat(l.phone()).isEqualTo("+91 98765 43210");
        assertThat(l.email()).isEqualTo("ravi@kumar.in");
        assertThat(l.region()).isEqualTo("Karnataka");
        assertThat(l.needStated()).isEqualTo("高");
        assertThat(l.buyingDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(l.extra()).isEmpty();
    }

    @Test
    void zohoLeads() throws Exception {
        Object[][] rows = {
                {"Record Id", "Lead Owner", "Company", "First Name", "Last Name", "Email", "Phone", "Lead Source",
                        "Industry", "Rating", "Expected Close Date", "Description"},
                {"zcrm_4876876000000", "Raj", "Globex", "Priya", "Shah", "priya@globex.in", "9876543210",
                        "Trade Show", "Retail", "Very High", "2026-12-01", "budget approved"},
        };
        Lead l = leads(readAll(TestWorkbooks.xlsx(dir.resolve("zoho.xlsx"), rows))).get(0);
        assertThat(l.externalId()).isEqualTo("zcrm_4876876000000");
        assertThat(l.name()).isEqualTo("Priya Shah");
        assertThat(l.owner()).isEqualTo("Raj");
        assertThat(l.needStated()).isEqualTo("Very High");
        assertThat(l.buyingDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void odooOpportunitiesWithStars() throws Exception {
        Object[][] rows = {
                {"ID", "Opportunity", "Contact Name", "Customer", "Email", "Phone", "Salesperson", "Expected Closing",
                        "Priority", "Stage", "Tags"},
                {"__export__.crm_lead_42", "Office chairs", "Marc Demo", "Deco Addict", "marc@deco.com",
                        "+32 2 290 34 90", "Mitchell Admin", LocalDate.of(2027, 1, 10), "★★★", "Qualified", "Design"},
        };
        Lead l = leads(readAll(TestWorkbooks.xlsx(dir.resolve("odoo.xlsx"), rows))).get(0);
        assertThat(l.externalId()).isEqualTo("__export__.crm_lead_42");
        assertThat(l.name()).isEqualTo("Marc Demo");
        assertThat(l.company()).isEqualTo("Deco Addict");
        assertThat(l.needStated()).isEqualTo("★★★");
        assertThat(l.buyingDate()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(l.owner()).isEqualTo("Mitchell Admin");
        assertThat(l.extra()).containsEntry("Opportunity", "Office chairs").containsEntry("Tags", "Design")
                .containsEntry("Stage", "Qualified");
    }

    @Test
    void fxiaokeStyleChineseExport() throws Exception {
        Object[][] rows = {
                {"线索ID", "姓", "名", "公司名称", "手机", "邮箱", "线索来源", "负责人", "客户级别", "商机名称", "预计成交日期",
                        "省份", "行业", "备注"},
                {"XS-0001", "张", "伟", "杭州某某机械有限公司", 13912345678L, "zw@jx.cn", "官网", "李娜", "A（重要）",
                        "二期扩产设备", LocalDate.of(2026, 12, 20), "浙江", "机械", "设备老化急需更换"},
        };
        Lead l = leads(readAll(TestWorkbooks.xlsx(dir.resolve("fxiaoke.xlsx"), rows))).get(0);
        assertThat(l.externalId()).isEqualTo("XS-0001");
        assertThat(l.name()).isEqualTo("张伟");
        assertThat(l.company()).isEqualTo("杭州某某机械有限公司");
        assertThat(l.phone()).isEqualTo("13912345678");
        assertThat(l.source()).isEqualTo("官网");
        assertThat(l.owner()).isEqualTo("李娜");
        assertThat(l.needStated()).isEqualTo("A（重要）");
        assertThat(l.buyingDate()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(l.region()).isEqualTo("浙江");
        assertThat(l.extra()).containsEntry("商机名称", "二期扩产设备");
    }

    @Test
    void hotlistsOwnExportReadsBackWithoutComputedColumns() throws Exception {
        Object[][] rows = {
                {"Rank", "Tier", "Priority", "Need score", "Timing score", "Why", "Stage", "Last call", "Next action",
                        "Record ID", "Name", "Company", "Email", "Phone", "Need", "Buying time", "Notes"},
                {1, "HOT", 92, 88, 95, "+35 timing: buys tomorrow", "NEW", null, null, "7", "Ann", "Acme",
                        "ann@acme.com", "13800000000", "urgent", LocalDate.of(2026, 11, 25), "call early"},
        };
        Lead l = leads(readAll(TestWorkbooks.xlsx(dir.resolve("hotlist-export.xlsx"), rows))).get(0);
        assertThat(l.needStated()).isEqualTo("urgent");
        assertThat(l.externalId()).isEqualTo("7");
        assertThat(l.extra()).isEmpty();
        assertThat(l.buyingDate()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void firstAndLastNamesJoinInTheirLanguagesOrder() {
        assertThat(LeadAssembler.joinName("伟", "张")).isEqualTo("张伟");
        assertThat(LeadAssembler.joinName("Ann", "Lee")).isEqualTo("Ann Lee");
        assertThat(LeadAssembler.joinName("Ann", "张")).isEqualTo("Ann 张");
        assertThat(LeadAssembler.joinName("", "Lee")).isEqualTo("Lee");
    }

    private static String toCsv(Object[][] rows) {
        StringBuilder sb = new StringBuilder();
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                sb.append(i == 0 ? "" : ",").append(row[i] == null ? "" : "\"" + row[i] + "\"");
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }
}
