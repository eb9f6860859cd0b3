package dev.hotlist.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.Outcome;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.service.ImportReport;
import dev.hotlist.service.LocalHotlist;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real export shapes (header rows and value formats of each system's own exports, templates and docs: see
 * {@code src/test/resources/dev/hotlist/sheets/exports/README.md}) import with one lead per person, under the
 * person's own name, email and phone, nobody merged, need and timing read from the columns that state them. Systems
 * that export workbooks are also imported as .xlsx made from the same rows.
 */
class ExportCorpusTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final String CORPUS = "/dev/hotlist/sheets/exports/";
    @TempDir
    Path dir;
    LocalHotlist hotlist;

    @BeforeEach
    void open() {
        hotlist = LocalHotlist.open(dir.resolve("hotlist.db"));
    }

    @AfterEach
    void close() {
        hotlist.close();
    }

    private Path corpusFile(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = ExportCorpusTest.class.getResourceAsStream(CORPUS + name)) {
            assertThat(in).as(name).isNotNull();
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private ImportReport importFile(Path file) throws Exception {
        return hotlist.importFile(file, SheetOptions.defaults(), AS_OF, Progress.NONE, Locale.ENGLISH);
    }

    /** Every lead, closed and snoozed ones too, by name. */
    private List<Lead> leads() {
        return hotlist.rank(LeadFilter.all().withClosedAndSnoozed(true, true), AS_OF).stream()
                .map(RankedLead::lead).sorted(Comparator.comparing(Lead::name)).toList();
    }

    private Lead lead(String name) {
        return leads().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(() ->
                new AssertionError("no lead named " + name + " in " + leads().stream().map(Lead::name).toList()));
    }

    /** Imports the file, checks one lead per person and that a second import adds and changes nothing. */
    private ImportReport importTwice(String name, int people) throws Exception {
        Path file = corpusFile(name);
        ImportReport first = importFile(file);
        assertThat(leads()).as(name + ": one lead per person").hasSize(people);
        ImportReport again = importFile(file);
        assertThat(again.newCount()).as(name + " re-imported adds nobody").isZero();
        assertThat(again.updatedCount()).as(name + " re-imported changes nothing").isZero();
        assertThat(leads()).hasSize(people);
        return first;
    }

    /** The CSV's rows written as the .xlsx the system also exports, imported into a fresh database. */
    private List<Lead> asWorkbook(String name, Charset charset) throws Exception {
        Path csv = corpusFile(name);
        List<Object[]> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, charset)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
                rows.add(rec.stream().map(v -> v.isEmpty() ? null : (Object) v.replace("\uFEFF", "")).toArray());
            }
        }
        Path xlsx = TestWorkbooks.xlsx(dir.resolve(name.replace(".csv", "-" + UUID.randomUUID() + ".xlsx")),
                rows.toArray(Object[][]::new));
        return TestWorkbooks.leads(TestWorkbooks.readAll(xlsx));
    }

    private static List<String> names(List<Lead> leads) {
        return leads.stream().map(Lead::name).sorted().toList();
    }

    @Test
    void salesforceLeadsReportWithItsFooter() throws Exception {
        ImportReport report = importTwice("salesforce-leads-report.csv", 3);
        assertThat(report.skipped()).as("the totals, confidentiality and copyright lines are no leads")
                .extracting(ImportReport.Skipped::rowNumber).containsExactly(6, 8, 9);
        assertThat(leads()).extracting(Lead::name, Lead::email, Lead::phone).containsExactly(
                tuple("Ann Lee", "ann.lee@acmepumps.com", "(415) 555-0199"),
                tuple("Bob Stone", "bob@stoneinc.io", "(212) 555-0150"),
                tuple("Carla Diaz", "carla@diazfarms.mx", "+52 55 1234 5678"));
        assertThat(lead("Ann Lee").needStated()).isEqualTo("Hot");
        assertThat(lead("Ann Lee").owner()).isEqualTo("Jane Roe");
        assertThat(lead("Carla Diaz").outcome()).isEqualTo(Outcome.WON);
        assertThat(lead("Bob Stone").outcome()).isNull();
        assertThat(lead("Bob Stone").extra()).containsEntry("Email Opt Out", "1");
        assertThat(names(asWorkbook("salesforce-leads-report.csv", StandardCharsets.UTF_8)))
                .containsExactly("Ann Lee", "Bob Stone", "Carla Diaz");
        assertThat(lead("Ann Lee").region()).isEmpty();
    }

    @Test
    void salesforceDataExportNeverMergesDifferentRecordIdsAndReadsItsFlags() throws Exception {
        ImportReport report = importTwice("salesforce-data-export-Lead.csv", 4);
        List<Lead> anns = leads().stream().filter(l -> l.name().equals("Ann Lee")).toList();
        assertThat(anns).as("two records of one email are two leads").extracting(Lead::externalId)
                .containsExactlyInAnyOrder("00Q5g00000AbCdEAAA", "00Q5g00000AbCdFAAA");
        assertThat(anns).extracting(Lead::phone).containsExactlyInAnyOrder("(415) 555-0199", "+353 1 555 0100");
        assertThat(anns).filteredOn(Lead::doNotCall).extracting(Lead::company).containsExactly("Acme Pumps Europe");
        assertThat(leads()).allSatisfy(l -> assertThat(l.owner()).as("IsUnreadByOwner is no owner").isEmpty());
        assertThat(lead("Carla Diaz").outcome()).isEqualTo(Outcome.WON);
        assertThat(lead("Carla Diaz").closedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(lead("Chidi Okafor").outcome()).isEqualTo(Outcome.LOST);
        assertThat(report.notes()).contains("'HasOptedOutOfEmail' holds false/true: not an email");
        assertThat(anns).extracting(Lead::notes).contains(
                "Met at the pump expo.\nWants a quote for 40 units before year end.", "");
        assertThat(lead("Carla Diaz").extra()).as("the converted contact's id is another record's")
                .containsEntry("ConvertedContactId", "0035g00000XyZaBAAV");
    }

    @Test
    void hubspotContactsAndDeals() throws Exception {
        importTwice("hubspot-contacts.csv", 3);
        assertThat(leads()).extracting(Lead::externalId, Lead::name, Lead::email, Lead::phone).containsExactly(
                tuple("51", "Bob Stone", "bob@stoneinc.io", "+1 212 555 0150"),
                tuple("52", "Dana Kim", "dana.kim@brightco.com", "+1 206 555 0177"),
                tuple("53", "Eli Park", "eli@parkfoods.kr", "+82 10 1234 5678"));
        assertThat(lead("Dana Kim").owner()).isEqualTo("Amy Chen");
        assertThat(lead("Dana Kim").extra()).containsEntry("Unsubscribed from all email", "true")
                .containsEntry("Primary Associated Company ID", "8802");
        assertThat(lead("Eli Park").company()).isEqualTo("Park Foods");

        List<Lead> deals = asWorkbook("hubspot-deals.csv", StandardCharsets.UTF_8);
        assertThat(deals).extracting(Lead::name, Lead::company, Lead::needStated, Lead::buyingDate, Lead::outcome)
                .containsExactly(tuple("Bob Stone", "Stone Inc", "High", LocalDate.of(2026, 12, 15), null),
                        tuple("Dana Kim", "BrightCo", "Medium", LocalDate.of(2026, 11, 20), Outcome.WON),
                        tuple("Eli Park", "Park Foods", "Low", LocalDate.of(2026, 11, 1), Outcome.LOST));
        assertThat(deals.get(0).extra()).containsEntry("Deal Name", "Stone Inc - 40 seats")
                .containsEntry("Associated Contact IDs", "51");
    }

    @Test
    void zohoLeadsKeepTheOwnersEmailApart() throws Exception {
        importTwice("zoho-leads.csv", 3);
        assertThat(leads()).extracting(Lead::name, Lead::email, Lead::phone, Lead::owner).containsExactly(
                tuple("Arjun Rao", "arjun@raomotors.in", "+91 99000 11122", "Sam Lee"),
                tuple("Meera Shah", "meera@shahexports.in", "+91 22 5555 0101", "Priya Nair"),
                tuple("Ravi Kumar", "ravi@kumartextiles.in", "+91 98765 43210", "Priya Nair"));
        assertThat(lead("Ravi Kumar").extra()).containsEntry("Lead Owner Email", "priya@oursales.com");
        assertThat(lead("Ravi Kumar").externalId()).isEqualTo("zcrm_4876876000000333001");
        assertThat(lead("Ravi Kumar").extra()).containsEntry("Lead Owner.id", "zcrm_4876876000000222001")
                .containsEntry("Created By", "Priya Nair");
        assertThat(names(asWorkbook("zoho-leads.csv", StandardCharsets.UTF_8)))
                .containsExactly("Arjun Rao", "Meera Shah", "Ravi Kumar");
    }

    @Test
    void pipedrivePeopleAndDeals() throws Exception {
        importTwice("pipedrive-people.csv", 3);
        assertThat(leads()).extracting(Lead::externalId, Lead::name, Lead::company, Lead::email, Lead::phone)
                .containsExactly(tuple("101", "Anna Berg", "Berg AB", "anna@berg.se", "+46 70 555 01 01"),
                        tuple("102", "Lars Nyström", "Nyström Bygg", "lars@nystrombygg.se", "+46 31 555 020 20"),
                        tuple("103", "Sofia Lind", "Berg AB", "sofia.lind@outlook.com", "+46 73 555 03 03"));
        assertThat(lead("Anna Berg").needStated()).isEqualTo("Hot lead");
        assertThat(lead("Anna Berg").extra()).as("her second mobile, written in the same cell")
                .containsEntry("Person - Phone - Mobile", "+46 70 555 01 02");
        assertThat(lead("Lars Nyström").extra()).containsEntry("Person - Email - Work", "lars.nystrom@nystrombygg.se");

        ImportReport deals = hotlist.importFile(corpusFile("pipedrive-deals.csv"), SheetOptions.defaults(), AS_OF,
                Progress.NONE, Locale.ENGLISH);
        assertThat(deals.newCount()).isZero();
        assertThat(deals.duplicateCount()).as("Anna's second deal joins her lead").isEqualTo(1);
        assertThat(leads()).hasSize(3);
        Lead anna = lead("Anna Berg");
        assertThat(anna.buyingDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(anna.budget()).isEqualTo("1200");
        assertThat(anna.extra()).containsEntry("Deal - Title", "Berg AB add-on");
        assertThat(lead("Lars Nyström").outcome()).isEqualTo(Outcome.WON);
        assertThat(lead("Lars Nyström").closedOn()).isEqualTo(LocalDate.of(2026, 11, 14));
        assertThat(lead("Lars Nyström").externalId()).as("his deal found him by his first address")
                .isEqualTo("102");
    }

    @Test
    void dynamics365ExcelExportWithItsHiddenColumnsAndPurchaseTimeframe() throws Exception {
        List<Lead> leads = asWorkbook("dynamics365-leads.csv", StandardCharsets.UTF_8);
        assertThat(leads).extracting(Lead::externalId).containsExactly("8f3b6c1e-1d2a-4b3c-9e8f-0a1b2c3d4e01",
                "8f3b6c1e-1d2a-4b3c-9e8f-0a1b2c3d4e02", "8f3b6c1e-1d2a-4b3c-9e8f-0a1b2c3d4e03");
        assertThat(leads).extracting(Lead::name, Lead::company, Lead::phone, Lead::needStated, Lead::buyingDate)
                .containsExactly(tuple("Yvonne McKay", "Fourth Coffee", "555-0177", "Hot", AS_OF),
                        tuple("Susanna Stubberod", "Litware, Inc.", "555-0103", "Warm", LocalDate.of(2027, 3, 31)),
                        tuple("Nancy Anderson", "Adventure Works", "555-0188", "Cold", LocalDate.of(2026, 12, 31)));
        assertThat(leads.get(0).extra()).doesNotContainKey("(Do Not Modify) Row Checksum")
                .containsEntry("Topic", "10 coffee machines");
        importTwice("dynamics365-leads.csv", 3);
    }

    @Test
    void closeLeadsAreTheirPrimaryContact() throws Exception {
        importTwice("close-leads.csv", 3);
        assertThat(leads()).extracting(Lead::name, Lead::email, Lead::phone).containsExactly(
                tuple("Bruce Wayne", "bruce@wayne.com", "+1 212 555 0190"),
                tuple("Lois Lane", "lois@dailyplanet.com", "+1 212 555 0177"),
                tuple("Pepper Potts", "pepper@stark.com", "+1 310 555 0142"));
        assertThat(lead("Bruce Wayne").extra()).containsEntry("display_name", "Wayne Enterprises")
                .containsEntry("primary_contact_primary_phone_type", "office")
                .containsEntry("primary_contact_other_phones", "+1 212 555 0191");
        assertThat(lead("Bruce Wayne").notes()).isEqualTo("Fleet of 12 vans");
        assertThat(lead("Pepper Potts").extra()).containsEntry("primary_contact_other_emails", "ppotts@stark.com");
    }

    @Test
    void apolloPlaceholderEmailAndCorporatePhoneJoinNobody() throws Exception {
        ImportReport report = importTwice("apollo-people.csv", 4);
        assertThat(leads()).extracting(Lead::name, Lead::phone).containsExactly(
                tuple("Ada Lovelace", "+44 7700 900123"), tuple("Alan Turing", "+1 703-555-0102"),
                tuple("Grace Hopper", "+1 703-555-0101"), tuple("Katherine Johnson", "+1 757-555-0199"));
        assertThat(lead("Grace Hopper").externalId()).isEqualTo("64a1f0c2e1b2a30001a0b001");
        assertThat(lead("Grace Hopper").extra()).containsEntry("Corporate Phone", "+1 703-555-0100")
                .containsEntry("Company Phone", "+1 703-555-0100")
                .containsEntry("Company Name for Emails", "Cobol Systems")
                .containsEntry("Apollo Account Id", "64a1f0c2e1b2a30001a0c001");
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("email_not_unlocked@domain.com")
                .contains("no match key"));
        assertThat(report.notes()).contains("'Company Name for Emails' holds text: not an email");
    }

    @Test
    void zoomInfoDirectLineBeforeTheCompanysAndNoHashedEmail() throws Exception {
        ImportReport report = importTwice("zoominfo-contacts.csv", 3);
        assertThat(leads()).extracting(Lead::externalId, Lead::name, Lead::email, Lead::phone).containsExactly(
                tuple("1234567890", "Linh Nguyen", "linh.nguyen@siliconparts.com", "(408) 555-0134"),
                tuple("1234567891", "Raj Patel", "raj.patel@siliconparts.com", "(408) 555-0100"),
                tuple("1234567892", "Tom Meyer", "tom.meyer@midwestmetal.com", "(312) 555-0123"));
        assertThat(lead("Linh Nguyen").extra()).containsEntry("Company phone number", "(408) 555-0100")
                .containsEntry("Encrypted Email Address", "4f1c9d0a7e2b6c3d8e9f0a1b2c3d4e5f");
        assertThat(report.notes()).contains("'Encrypted Email Address' holds text: not an email");
    }

    @Test
    void linkedinConnectionsUnderTheirNotes() throws Exception {
        importTwice("linkedin-connections.csv", 3);
        assertThat(leads()).extracting(Lead::name, Lead::company, Lead::email).containsExactlyInAnyOrder(
                tuple("Olivia Brown", "Northwind Traders", "olivia.brown@northwind.com"),
                tuple("Wei Zhang", "Shanghai Optics", ""), tuple("Wei Zhang", "Shenzhen Drones", ""));
    }

    @Test
    void googleContactsNumberedValues() throws Exception {
        importTwice("google-contacts.csv", 3);
        assertThat(leads()).extracting(Lead::name, Lead::company, Lead::email, Lead::phone).containsExactly(
                tuple("Lucía Romero", "Romero Café", "lucia@romerocafe.es", "+34 93 555 0200"),
                tuple("Maria Garcia", "Garcia Bakery", "maria@garciabakery.es", "+34 600 123 456"),
                tuple("Tom Baker", "", "", "+44 7700 900456"));
        assertThat(lead("Maria Garcia").notes()).isEqualTo("needs a new oven asap\nmet at the Madrid fair");
        assertThat(lead("Maria Garcia").extra()).as("Google joins a label's numbers with ' ::: '")
                .containsEntry("Phone 1 - Value", "+34 600 123 457").containsEntry("Phone 2 - Value", "+34 91 555 0100")
                .containsEntry("Labels", "* myContacts ::: Clients");
        assertThat(hotlist.rank(LeadFilter.all(), AS_OF).get(0).lead().name()).isEqualTo("Maria Garcia");
    }

    @Test
    void outlookContactsInWindows1252() throws Exception {
        importTwice("outlook-contacts-windows1252.csv", 3);
        assertThat(leads()).extracting(Lead::name, Lead::company, Lead::email, Lead::phone).containsExactly(
                tuple("Françoise Lefèvre", "Château Lefèvre", "francoise@chateau-lefevre.fr", "+33 1 55 55 01 23"),
                tuple("José Álvarez", "Ibérica Óptica", "jose.alvarez@iberica.es", "+34 600 555 123"),
                tuple("Jörg Müller", "Müller Maschinenbau GmbH", "j.mueller@mueller-mb.de", "+49 30 1234567"));
        assertThat(lead("José Álvarez").extra()).containsEntry("Assistant's Phone", "+34 91 555 0001")
                .containsEntry("Spouse", "Marta").containsEntry("Assistant's Name", "Lucía Pérez")
                .containsEntry("Referred By", "Jörg Müller").containsEntry("Company Main Phone", "+34 91 555 0000");
        assertThat(lead("Jörg Müller").phone()).as("his business line before the company's").isEqualTo("+49 30 1234567");
        assertThat(leads()).allSatisfy(l -> assertThat(l.buyingDate()).as("0/0/00 is no date").isNull());
        assertThat(hotlist.rank(LeadFilter.all(), AS_OF).get(0).lead().name()).as("the urgent note, not 'Normal'")
                .isEqualTo("José Álvarez");
    }

    @Test
    void mailchimpAudience() throws Exception {
        importTwice("mailchimp-members.csv", 3);
        assertThat(leads()).extracting(Lead::name, Lead::email, Lead::needStated, Lead::region).containsExactly(
                tuple("Kate Bloom", "kate@bloomflowers.com", "5", "OR"), tuple("Sam Ortiz", "sam@ortizco.mx", "1", ""),
                tuple("Wei Li", "li.wei@greenleaf.cn", "2", "SH"));
    }

    @Test
    void odooPipelineWithStarsAndAWonStage() throws Exception {
        List<Lead> leads = asWorkbook("odoo-crm-lead.csv", StandardCharsets.UTF_8);
        assertThat(leads).extracting(Lead::name, Lead::company, Lead::needStated, Lead::outcome).containsExactly(
                tuple("Marc Demo", "Deco Addict", "★★★", null), tuple("Joel Willis", "Ready Mat", "★★", null),
                tuple("Toni Jimenez", "Gemini Furniture", "★", Outcome.WON));
        importTwice("odoo-crm-lead.csv", 3);
        assertThat(lead("Marc Demo").buyingDate()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(lead("Marc Demo").externalId()).as("Odoo's external id, with its suffix")
                .isEqualTo("__export__.crm_lead_42_5f3c9a1b");
    }

    @Test
    void freshsalesContacts() throws Exception {
        importTwice("freshsales-contacts.csv", 3);
        assertThat(leads()).extracting(Lead::name, Lead::email, Lead::phone, Lead::needStated, Lead::owner)
                .containsExactly(tuple("Ivan Sokolov", "ivan@uralmash.ru", "+7 343 555-02-01", "35", "Oleg Ivanov"),
                        tuple("Nina Petrova", "nina@volgatrade.ru", "+7 916 555-01-02", "92", "Oleg Ivanov"),
                        tuple("Olga Smirnova", "olga@nevabank.ru", "+7 921 555-03-03", "60", "Anna Volkova"));
    }

    @Test
    void fxiaokeStyleLeadsTheMobileBeforeTheCompanyLineAndNeverTheOwners() throws Exception {
        List<Lead> leads = asWorkbook("fxiaoke-leads.csv", StandardCharsets.UTF_8);
        assertThat(leads).extracting(Lead::name, Lead::phone, Lead::owner).containsExactly(
                tuple("张伟", "138 0731 1234", "刘芳"), tuple("王芳", "136 0731 5678", "刘芳"),
                tuple("李强", "137 2000 8888", "陈杰"));
        importTwice("fxiaoke-leads.csv", 3);
        assertThat(lead("王芳").doNotCall()).isTrue();
        assertThat(lead("张伟").doNotCall()).isFalse();
        assertThat(lead("张伟").needStated()).isEqualTo("高");
        assertThat(lead("张伟").buyingDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(lead("王芳").buyingDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(lead("李强").outcome()).isEqualTo(Outcome.WON);
        assertThat(lead("张伟").extra()).containsEntry("负责人手机", "139 0000 1111");
    }

    @Test
    void chineseCrmCustomersInGbkWithAnOutcomeColumn() throws Exception {
        importTwice("chinese-crm-customers-gbk.csv", 3);
        assertThat(leads()).extracting(Lead::externalId, Lead::name, Lead::company, Lead::phone)
                .containsExactlyInAnyOrder(tuple("KH20261101", "赵磊", "长沙宏图贸易有限公司", "13912345601"),
                        tuple("KH20261102", "钱进", "武汉远航物流", "13912345602"),
                        tuple("KH20261103", "孙丽", "成都天府食品厂", "13912345603"));
        assertThat(lead("赵磊").outcome()).isEqualTo(Outcome.WON);
        assertThat(lead("赵磊").closedOn()).isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(lead("钱进").outcome()).isEqualTo(Outcome.LOST);
        assertThat(lead("孙丽").outcome()).isNull();
        assertThat(lead("孙丽").source()).as("未填写 is a placeholder").isEmpty();
        assertThat(hotlist.rank(LeadFilter.all(), AS_OF)).as("closed leads leave the call list")
                .extracting(r -> r.lead().name()).containsExactly("孙丽");
    }

    @Test
    void anOrderExportMakesOneLeadPerBuyer() throws Exception {
        Path file = corpusFile("taobao-orders-gbk.csv");
        ImportReport report = importFile(file);
        assertThat(report.newCount()).isEqualTo(2);
        assertThat(report.duplicateCount()).as("黄梅's second order joins her lead").isEqualTo(1);
        assertThat(importFile(file).newCount()).isZero();
        assertThat(leads()).extracting(Lead::name, Lead::phone).containsExactly(
                tuple("吴阳", "18812345678"), tuple("黄梅", "13512345678"));
        assertThat(lead("黄梅").extra()).containsEntry("订单编号", "3245678901234567891")
                .containsEntry("买家会员名", "tb_huangmei88");
        assertThat(lead("吴阳").extra()).as("the landline stays beside the mobile").containsEntry("联系电话", "025-8333 0000");
    }

    @Test
    void shopifyCustomersWithTheirApostrophedIdsAndNumbers() throws Exception {
        ImportReport report = importTwice("shopify-customers.csv", 3);
        assertThat(leads()).extracting(Lead::externalId, Lead::name, Lead::email, Lead::phone).containsExactly(
                tuple("7210448301124", "Ines Duarte", "ines@duarte.pt", "+351912345678"),
                tuple("7210448301122", "Nora Vance", "nora@vancefarm.com", "+17755550154"),
                tuple("7210448301123", "Omar Haddad", "omar.haddad@example.com", "+17755550188"));
        assertThat(lead("Nora Vance").notes()).isEqualTo("Wants the bulk price for spring");
        assertThat(lead("Nora Vance").extra()).as("consent flags stay flags")
                .containsEntry("Accepts Email Marketing", "yes").containsEntry("Tax Exempt", "yes");
        assertThat(report.notes()).isEmpty();
    }

    @Test
    void aChineseLeadExportWhoseLeadNameIsTheCompanyAndItsContactThePerson() throws Exception {
        importTwice("chinese-crm-leads-contact.csv", 3);
        assertThat(leads()).extracting(Lead::name, Lead::email, Lead::phone, Lead::owner).containsExactlyInAnyOrder(
                tuple("陈明", "chenming@gzzn.cn", "13600001111", "刘洋"),
                tuple("林静", "linjing@hzwlw.cn", "13700002222", "陈静"),
                tuple("王磊", "", "13800003333", "刘洋"));
        assertThat(lead("陈明").extra()).containsEntry("线索名称", "广州智能制造公司").containsEntry("座机", "020-8555 1234");
        assertThat(lead("陈明").needStated()).isEqualTo("A（重点客户）");
        assertThat(lead("陈明").notes()).isEmpty();
        assertThat(hotlist.rank(LeadFilter.all(), AS_OF).get(0).lead().name()).as("the A-grade customer first")
                .isEqualTo("陈明");
    }

    @Test
    void aPhoneAddressBookSavedAsUnicodeText() throws Exception {
        importTwice("phone-address-book-unicode.txt", 3);
        assertThat(leads()).extracting(Lead::name, Lead::phone, Lead::company).containsExactly(
                tuple("Zoë Brontë", "+44 7700 900789", "Brontë & Co"), tuple("吴敏", "13900139000", ""),
                tuple("周杰", "13800138000", "北方重工"));
        assertThat(lead("周杰").extra()).containsEntry("单位电话", "010-8888 0000");
    }

    @Test
    void aLeadDataSetWithOutcomes() throws Exception {
        importTwice("lead-scoring-outcomes.csv", 5);
        List<Lead> leads = leads();
        assertThat(leads).extracting(Lead::externalId).contains("7927b2df-8bba-4d29-b9a2-b6e0beafe620");
        assertThat(leads).filteredOn(l -> l.outcome() == Outcome.WON).hasSize(2);
        assertThat(leads).filteredOn(l -> l.outcome() == Outcome.LOST).hasSize(3);
        assertThat(leads).filteredOn(Lead::doNotCall).extracting(Lead::externalId)
                .containsExactly("0cc2df48-7cf4-4e39-9de9-19797f9b38cc");
        assertThat(leads).allSatisfy(l -> assertThat(l.email()).isEmpty());
        assertThat(leads).extracting(Lead::region).containsOnly("", "Mumbai");
        assertThat(leads).extracting(Lead::source).contains("Olark Chat", "Direct Traffic");
    }

    @Test
    void nineThousandRowsOfRecordIdsAndYesNoFlagsAreOneLeadEach() throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", LeadScoringShape.HEADER)).append('\n');
        for (int i = 0; i < 9240; i++) {
            csv.append(LeadScoringShape.row(i)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("Leads.csv"), csv.toString());
        ImportReport first = importFile(file);
        assertThat(first.newCount()).isEqualTo(9240);
        assertThat(first.duplicateCount()).isZero();
        assertThat(hotlist.leadCount()).isEqualTo(9240);
        ImportReport again = importFile(file);
        assertThat(again.newCount()).isZero();
        assertThat(again.unchangedCount()).isEqualTo(9240);
        List<Lead> all = leads();
        assertThat(all).filteredOn(l -> l.outcome() == Outcome.WON).hasSize(9240 / 3);
        assertThat(all).filteredOn(l -> l.outcome() == Outcome.LOST).hasSize(9240 - 9240 / 3);
        assertThat(all).filteredOn(Lead::doNotCall).hasSize(9240 / 10);
        assertThat(all).allSatisfy(l -> assertThat(l.email()).isEmpty());
    }
}
