package dev.hotlist.sheets;

import dev.hotlist.domain.ColumnMapping;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMapperTest {
    private static ColumnMapping map(String... headers) {
        return ColumnMapper.map(List.of(headers), Map.of());
    }

    @Test
    void priorityIsTheNeedInACrmSheet() {
        ColumnMapping m = map("Name", "Company", "Priority");
        assertThat(m.fieldOf(2)).isEqualTo(LeadField.NEED);
        assertThat(map("姓名", "公司", "优先级").fieldOf(2)).isEqualTo(LeadField.NEED);
    }

    @Test
    void hotlistsOwnExportImportsBackCleanly() {
        ColumnMapping m = map("Rank", "Tier", "Priority", "Need score", "Timing score", "Why", "Stage", "Last call",
                "Next action", "Record ID", "Name", "Company", "Email", "Phone", "Need", "Buying time", "Budget",
                "Source", "Segment", "Customer type", "Region", "Size", "Owner", "Notes");
        for (int c = 0; c < 9; c++) {
            assertThat(m.fieldOf(c)).as(m.headers().get(c)).isEqualTo(LeadField.IGNORE);
        }
        assertThat(List.of(m.fieldOf(9), m.fieldOf(10), m.fieldOf(11), m.fieldOf(12), m.fieldOf(13), m.fieldOf(14),
                m.fieldOf(15), m.fieldOf(16), m.fieldOf(17), m.fieldOf(18), m.fieldOf(19), m.fieldOf(20),
                m.fieldOf(21), m.fieldOf(22), m.fieldOf(23)))
                .containsExactly(LeadField.EXTERNAL_ID, LeadField.NAME, LeadField.COMPANY, LeadField.EMAIL,
                        LeadField.PHONE, LeadField.NEED, LeadField.BUYING_TIME, LeadField.BUDGET, LeadField.SOURCE,
                        LeadField.SEGMENT, LeadField.CUSTOMER_TYPE, LeadField.REGION, LeadField.SIZE,
                        LeadField.OWNER, LeadField.NOTES);
    }

    @Test
    void hotlistsChineseExportImportsBackCleanly() {
        ColumnMapping m = map("排名", "等级", "优先级", "需求分", "时机分", "原因", "阶段", "最近通话", "下次行动", "记录ID",
                "姓名", "公司", "邮箱", "电话", "需求", "预计购买时间", "预算", "来源", "行业", "客户类型", "地区", "规模",
                "负责人", "备注");
        for (int c = 0; c < 9; c++) {
            assertThat(m.fieldOf(c)).as(m.headers().get(c)).isEqualTo(LeadField.IGNORE);
        }
        assertThat(m.fieldOf(9)).isEqualTo(LeadField.EXTERNAL_ID);
        assertThat(m.fieldOf(14)).isEqualTo(LeadField.NEED);
        assertThat(m.fieldOf(15)).isEqualTo(LeadField.BUYING_TIME);
        assertThat(m.fieldOf(23)).isEqualTo(LeadField.NOTES);
    }

    @Test
    void unknownAndBlankHeadersAreExtra() {
        ColumnMapping m = map("Name", "", "Favourite colour");
        assertThat(m.fieldOf(1)).isEqualTo(LeadField.EXTRA);
        assertThat(m.fieldOf(2)).isEqualTo(LeadField.EXTRA);
        assertThat(m.fieldOf(7)).isEqualTo(LeadField.EXTRA);
    }

    @Test
    void overridesWinOverAutomaticMapping() {
        ColumnMapping m = ColumnMapper.map(List.of("Name", "Contact", "Favourite colour"),
                Map.of("Contact", LeadField.PHONE, "favourite COLOUR", LeadField.NEED, "Name", LeadField.IGNORE));
        assertThat(m.fieldOf(0)).isEqualTo(LeadField.IGNORE);
        assertThat(m.fieldOf(1)).isEqualTo(LeadField.PHONE);
        assertThat(m.fieldOf(2)).isEqualTo(LeadField.NEED);
    }

    @Test
    void recognisedCountsKnownNamesAndOverrides() {
        assertThat(ColumnMapper.recognised(List.of("Leads 2026", "", ""), Map.of())).isZero();
        assertThat(ColumnMapper.recognised(List.of("Name", "Phone", "Colour"), Map.of())).isEqualTo(2);
        assertThat(ColumnMapper.recognised(List.of("Name", "Phone", "Colour"), Map.of("Colour", LeadField.NEED)))
                .isEqualTo(3);
    }

    @Test
    void leadNameIsThePersonUnlessTheRowHasNameColumnsOfItsOwn() {
        // Zoho CRM's leads: the lead is a person and "Lead Name" is their full name
        assertThat(map("Lead Name", "Company", "Email").fieldOf(0)).isEqualTo(LeadField.NAME);
        // a lead with a title beside the person's names (Pipedrive, HubSpot's lead object)
        ColumnMapping titled = map("Lead Name", "First Name", "Last Name", "Email");
        assertThat(titled.fieldOf(0)).isEqualTo(LeadField.EXTRA);
        assertThat(titled.fieldOf(1)).isEqualTo(LeadField.FIRST_NAME);
        assertThat(map("Lead Name", "Contact Name").fieldOf(0)).isEqualTo(LeadField.EXTRA);
        assertThat(ColumnMapper.map(List.of("Lead Name", "First Name"), Map.of("Lead Name", LeadField.NAME))
                .fieldOf(0)).as("the user's choice stands").isEqualTo(LeadField.NAME);
    }

    @Test
    void aChineseLeadTitleYieldsToTheContactPersonBesideIt() {
        // 线索名称 is the lead's title (often the company) where a 联系人 column names the person
        ColumnMapping titled = map("线索名称", "联系人", "联系电话", "邮箱");
        assertThat(titled.fieldOf(0)).isEqualTo(LeadField.EXTRA);
        assertThat(titled.fieldOf(1)).isEqualTo(LeadField.NAME);
        // with no person column it is the only name the row has
        assertThat(map("线索名称", "手机", "邮箱").fieldOf(0)).isEqualTo(LeadField.NAME);
    }

    @Test
    void aStatusColumnIsTheNeedOnlyWhenItHoldsTemperatures() {
        List<String> headers = List.of("Name", "Email", "Lead Status");
        ColumnMapping hot = ColumnMapper.map(headers, List.of(List.of("Ann", "a@x.com", "Hot"),
                List.of("Ben", "b@x.com", "Cold"), List.of("Cy", "c@x.com", "")), Map.of());
        assertThat(hot.fieldOf(2)).isEqualTo(LeadField.NEED);
        ColumnMapping open = ColumnMapper.map(headers, List.of(List.of("Ann", "a@x.com", "Open"),
                List.of("Ben", "b@x.com", "Contacted")), Map.of());
        assertThat(open.fieldOf(2)).isEqualTo(LeadField.EXTRA);
        assertThat(ColumnMapper.map(List.of("姓名", "客户状态"), List.of(List.of("王芳", "热"), List.of("李雷", "冷")),
                Map.of()).fieldOf(1)).isEqualTo(LeadField.NEED);
    }

    @Test
    void dealTitleIsNotThePersonsName() {
        ColumnMapping m = map("Deal Name", "Contact Name", "Amount");
        assertThat(m.fieldOf(0)).isEqualTo(LeadField.EXTRA);
        assertThat(m.fieldOf(1)).isEqualTo(LeadField.NAME);
    }
}
