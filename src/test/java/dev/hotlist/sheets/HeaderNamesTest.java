package dev.hotlist.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.LeadField;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderNamesTest {
    @Test
    void normalizeIgnoresCaseSpacesPunctuationAndWidth() {
        assertThat(HeaderNames.normalize(" E-Mail ")).isEqualTo("email");
        assertThat(HeaderNames.normalize("Lead  Source")).isEqualTo("leadsource");
        assertThat(HeaderNames.normalize("ＥＭＡＩＬ")).isEqualTo("email");
        assertThat(HeaderNames.normalize("姓名*")).isEqualTo("姓名");
        assertThat(HeaderNames.normalize("联系电话：")).isEqualTo("联系电话");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Name|NAME", "Full Name|NAME", "contact|NAME", "Customer Name|NAME", "姓名|NAME", "客户姓名|NAME",
            "联系人|NAME", "客户|NAME",
            "First Name|FIRST_NAME", "given name|FIRST_NAME", "名|FIRST_NAME",
            "Last Name|LAST_NAME", "Surname|LAST_NAME", "family name|LAST_NAME", "姓|LAST_NAME",
            "Company|COMPANY", "Account|COMPANY", "Organization|COMPANY", "Company Name|COMPANY", "公司|COMPANY",
            "单位|COMPANY", "公司名称|COMPANY", "企业|COMPANY", "客户单位|COMPANY", "Account Name|COMPANY",
            "Phone|PHONE", "Mobile|PHONE", "TEL|PHONE", "Telephone|PHONE", "Cell|PHONE", "手机|PHONE",
            "电话|PHONE", "联系电话|PHONE", "手机号|PHONE", "Phone Number|PHONE", "Work Phone|PHONE",
            "Email|EMAIL", "E-mail|EMAIL", "mail|EMAIL", "邮箱|EMAIL", "电子邮件|EMAIL", "Email Address|EMAIL",
            "Need|NEED", "Need Level|NEED", "Interest|NEED", "Rating|NEED", "Priority|NEED", "Lead Rating|NEED",
            "Urgency|NEED", "需求|NEED", "需求程度|NEED", "意向|NEED", "意向度|NEED", "紧急程度|NEED", "优先级|NEED",
            "客户等级|NEED", "评级|NEED",
            "Buying time|BUYING_TIME", "Expected Purchase|BUYING_TIME", "Buying Date|BUYING_TIME",
            "Need by|BUYING_TIME", "Close Date|BUYING_TIME", "Expected Close Date|BUYING_TIME",
            "Expected Closing|BUYING_TIME", "Timeline|BUYING_TIME", "预计购买时间|BUYING_TIME",
            "采购时间|BUYING_TIME", "购买时间|BUYING_TIME", "预计成交日期|BUYING_TIME", "需求时间|BUYING_TIME",
            "Budget|BUDGET", "Budget Amount|BUDGET", "预算|BUDGET", "预算金额|BUDGET",
            "Source|SOURCE", "Lead Source|SOURCE", "Channel|SOURCE", "来源|SOURCE", "线索来源|SOURCE", "渠道|SOURCE",
            "Segment|SEGMENT", "Industry|SEGMENT", "Vertical|SEGMENT", "Sector|SEGMENT", "行业|SEGMENT",
            "细分|SEGMENT", "客户行业|SEGMENT",
            "Customer Type|CUSTOMER_TYPE", "Type|CUSTOMER_TYPE", "Account Type|CUSTOMER_TYPE",
            "客户类型|CUSTOMER_TYPE", "类型|CUSTOMER_TYPE",
            "Region|REGION", "Area|REGION", "Territory|REGION", "City|REGION", "Province|REGION", "地区|REGION",
            "区域|REGION", "城市|REGION", "省份|REGION",
            "Size|SIZE", "Company Size|SIZE", "Employees|SIZE", "规模|SIZE", "公司规模|SIZE", "人数|SIZE",
            "Owner|OWNER", "Lead Owner|OWNER", "Sales Rep|OWNER", "Salesperson|OWNER", "Assigned To|OWNER",
            "负责人|OWNER", "销售|OWNER", "跟进人|OWNER", "业务员|OWNER", "Contact owner|OWNER",
            "Notes|NOTES", "Note|NOTES", "Remarks|NOTES", "Comment|NOTES", "Description|NOTES", "备注|NOTES",
            "说明|NOTES", "描述|NOTES", "跟进记录|NOTES",
            "Record ID|EXTERNAL_ID", "Lead ID|EXTERNAL_ID", "ID|EXTERNAL_ID", "CRM ID|EXTERNAL_ID",
            "Contact ID|EXTERNAL_ID", "记录ID|EXTERNAL_ID", "线索ID|EXTERNAL_ID", "客户编号|EXTERNAL_ID",
            "Deal Name|EXTRA", "Opportunity Name|EXTRA", "商机名称|EXTRA", "Opportunity|EXTRA",
            "Rank|IGNORE", "Tier|IGNORE", "Need score|IGNORE", "Timing score|IGNORE", "Why|IGNORE", "Stage|IGNORE",
            "Last call|IGNORE", "Next action|IGNORE", "排名|IGNORE", "等级|IGNORE", "需求分|IGNORE", "时机分|IGNORE",
            "原因|IGNORE", "阶段|IGNORE", "最近通话|IGNORE", "下次行动|IGNORE", "序号|IGNORE"})
    void knownHeadersMapToTheirField(String header, LeadField field) {
        assertThat(HeaderNames.fieldOf(header)).contains(field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mobile No.|PHONE", "Phone No.|PHONE", "Mobile Number|PHONE", "Contact No.|PHONE", "Tel|PHONE",
            "Tel. No.|PHONE", "Contact Number|PHONE", "WhatsApp No|PHONE", "Alt. Phone Number|PHONE",
            "Email ID|EMAIL", "E-mail Id|EMAIL",
            "Client|COMPANY", "Client Name|NAME", "客户名|NAME", "公司名|COMPANY", "Associated Company|COMPANY",
            "意向等级|NEED", "客户意向|NEED", "需求紧迫度|NEED", "Deal Priority|NEED",
            "预计采购日期|BUYING_TIME", "计划采购时间|BUYING_TIME",
            "Deal ID|EXTERNAL_ID", "Opportunity ID|EXTERNAL_ID", "HubSpot Deal ID|EXTERNAL_ID", "商机ID|EXTERNAL_ID",
            "Province/State|REGION", "Amount|BUDGET", "Deal Amount|BUDGET", "金额|BUDGET",
            "Lead Name|NAME", "意向产品|EXTRA"})
    void commonVariantsAndPartsOfHeadersMapToTheirField(String header, LeadField field) {
        assertThat(HeaderNames.fieldOf(header)).contains(field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Account No.", "Hotel No", "Associated Company ID", "Parent Account ID",
            "WeChat ID", "Order Number", "上次购买日期", "紧急联系人", "Lead Status"})
    void lookalikesOfThosePartsAreNotTakenForThem(String header) {
        assertThat(HeaderNames.fieldOf(header)).as(header).isEmpty();
    }

    @Test
    void knownEndingsNameAFieldWhenTheWholeHeaderIsUnknown() {
        assertThat(HeaderNames.fieldOf("联系人手机")).contains(LeadField.PHONE);
        assertThat(HeaderNames.fieldOf("Secondary Email")).contains(LeadField.EMAIL);
        assertThat(HeaderNames.fieldOf("Opportunity Owner")).contains(LeadField.OWNER);
        assertThat(HeaderNames.fieldOf("销售备注")).contains(LeadField.NOTES);
        assertThat(HeaderNames.fieldOf("Estimated Close Date")).contains(LeadField.BUYING_TIME);
    }

    @Test
    void unknownHeadersAreUnknown() {
        assertThat(HeaderNames.fieldOf("Favourite colour")).isEmpty();
        assertThat(HeaderNames.fieldOf("")).isEmpty();
        assertThat(HeaderNames.fieldOf("Email Opt Out")).isEqualTo(Optional.empty());
    }
}
