package dev.hotlist.sheets.export;

import static dev.hotlist.sheets.export.ExportFixtures.AS_OF;
import static dev.hotlist.sheets.export.ExportFixtures.EN_HEADERS;
import static dev.hotlist.sheets.export.ExportFixtures.REASON_TEXT;
import static dev.hotlist.sheets.export.ExportFixtures.ZH_HEADERS;
import static dev.hotlist.sheets.export.ExportFixtures.ranked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.domain.Stage;
import dev.hotlist.domain.Tier;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {
    @TempDir
    Path dir;

    private final Lead ann = Lead.builder().id(1).name("Lee, Ann").company("Say \"hi\" Ltd").phone("013812345678")
            .needStated("4").needScale(5).buyingStated("tomorrow").buyingDate(AS_OF.plusDays(1))
            .notes("line one\nline two").putExtra("Booth", "B12").stage(Stage.CONTACTED)
            .nextActionDate(AS_OF.plusDays(3)).build();
    private final Lead wang = Lead.builder().id(2).name("王伟").company("上海机械, 华东区").needStated("急需")
            .buyingStated("随便看看").build();
    private final Lead dora = Lead.builder().id(3).name("=HYPERLINK(\"http://x.example\",\"click\")").notes("+1")
            .email("-2+3").owner("@SUM(A1)").region("\t=1").size("\r=1").putExtra("=cmd|' /C calc'!A0", "=1+1")
            .build();

    private List<RankedLead> rows() {
        return List.of(
                ranked(1, ann, Tier.HOT, 90, 95, Reason.need(30, "need.urgent"), Reason.timing(35, "timing.tomorrow")),
                ranked(2, wang, Tier.SCHEDULE, 85, 20),
                ranked(3, dora, Tier.NURTURE, 10, 5, Reason.need(-10, "need.none")));
    }

    private byte[] export(Locale locale) throws IOException {
        Map<Long, LastCall> calls = Map.of(1L, new LastCall(CallOutcome.CALL_BACK, LocalDateTime.of(2026, 11, 20, 9, 30)));
        ExportRequest request = new ExportRequest(rows(), AS_OF, ScoringSettings.defaults(), REASON_TEXT, calls, locale);
        Path out = dir.resolve("leads.csv");
        assertThat(Exporters.write(out, request, Progress.NONE)).isEqualTo(3);
        return Files.readAllBytes(out);
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static String field(List<CSVRecord> records, int row, String header) {
        int col = records.get(0).toList().indexOf(header);
        assertThat(col).as("column %s", header).isNotNegative();
        return records.get(row).get(col);
    }

    @Test
    void startsWithTheUtf8ByteOrderMark() throws IOException {
        byte[] bytes = export(Locale.US);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        assertThat(bytes[3]).isEqualTo((byte) 'R'); // the BOM once, then the header
    }

    @Test
    void sameColumnsAsTheWorkbookInBothLanguages() throws IOException {
        List<String> expected = new ArrayList<>(EN_HEADERS);
        expected.addAll(List.of("Booth", "'=cmd|' /C calc'!A0"));
        assertThat(parse(export(Locale.US)).get(0).toList()).containsExactlyElementsOf(expected);

        List<String> header = parse(export(Locale.SIMPLIFIED_CHINESE)).get(0).toList();
        assertThat(header.subList(0, ZH_HEADERS.size())).containsExactlyElementsOf(ZH_HEADERS);
    }

    @Test
    void quotesCommasQuotesAndNewlinesPerRfc4180AndKeepsChinese() throws IOException {
        byte[] bytes = export(Locale.US);
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertThat(raw).contains("\"Lee, Ann\"", "\"Say \"\"hi\"\" Ltd\"", "\"line one\nline two\"",
                "\"上海机械, 华东区\"");
        assertThat(raw).contains("\r\n").doesNotContain("Ann\"\n");
        List<CSVRecord> records = parse(bytes);
        assertThat(records).hasSize(4);
        assertThat(field(records, 1, "Name")).isEqualTo("Lee, Ann");
        assertThat(field(records, 1, "Company")).isEqualTo("Say \"hi\" Ltd");
        assertThat(field(records, 1, "Notes")).isEqualTo("line one\nline two");
        assertThat(field(records, 2, "Name")).isEqualTo("王伟");
        assertThat(field(records, 2, "Company")).isEqualTo("上海机械, 华东区");
        assertThat(field(records, 2, "Buying time")).isEqualTo("随便看看");
        List<CSVRecord> zh = parse(export(Locale.CHINA));
        assertThat(field(zh, 1, "阶段")).isEqualTo("已联系");
        assertThat(field(zh, 1, "最近通话")).isEqualTo("约定回电");
    }

    @Test
    void numbersDatesAndTextReadAsTheyShould() throws IOException {
        List<CSVRecord> records = parse(export(Locale.US));
        assertThat(field(records, 1, "Rank")).isEqualTo("1");
        assertThat(field(records, 1, "Tier")).isEqualTo("HOT");
        assertThat(field(records, 1, "Priority")).isEqualTo("93");
        assertThat(field(records, 1, "Need score")).isEqualTo("90");
        assertThat(field(records, 1, "Timing score")).isEqualTo("95");
        assertThat(field(records, 1, "Phone")).isEqualTo("013812345678");
        assertThat(field(records, 1, "Need")).isEqualTo("4/5");
        assertThat(field(records, 1, "Buying time")).isEqualTo("2026-11-25");
        assertThat(field(records, 1, "Next action")).isEqualTo("2026-11-27");
        assertThat(field(records, 1, "Last call at")).isEqualTo("2026-11-20T09:30");
        assertThat(field(records, 1, "Last call")).isEqualTo("call back");
        assertThat(field(records, 1, "Stage")).isEqualTo("Contacted");
        assertThat(field(records, 2, "Last call")).isEmpty();
        assertThat(field(records, 2, "Last call at")).isEmpty();
        assertThat(field(records, 1, "Booth")).isEqualTo("B12");
        assertThat(field(records, 2, "Booth")).isEmpty();
    }

    @Test
    void textThatWouldStartAFormulaGetsALeadingQuote() throws IOException {
        List<CSVRecord> records = parse(export(Locale.US));
        assertThat(field(records, 3, "Name")).isEqualTo("'=HYPERLINK(\"http://x.example\",\"click\")");
        assertThat(field(records, 3, "Notes")).isEqualTo("'+1");
        assertThat(field(records, 3, "Email")).isEqualTo("'-2+3");
        assertThat(field(records, 3, "Owner")).isEqualTo("'@SUM(A1)");
        assertThat(field(records, 3, "Region")).isEqualTo("'\t=1");
        assertThat(field(records, 3, "Size")).isEqualTo("'\r=1");
        assertThat(records.get(3).get(EN_HEADERS.size() + 1)).isEqualTo("'=1+1"); // the extra column's value
        // Reasons begin with the score they moved, so they need no guard quote.
        assertThat(field(records, 1, "Why")).as("strongest first").isEqualTo("timing +35: timing.tomorrow; need +30: need.urgent");
        assertThat(field(records, 3, "Why")).isEqualTo("need -10: need.none");
        // Our own numbers are left alone.
        assertThat(field(records, 3, "Rank")).isEqualTo("3");
        assertThat(field(records, 3, "Need score")).isEqualTo("10");
    }
}
