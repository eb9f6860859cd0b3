package dev.hotlist.sheets;

import static dev.hotlist.sheets.TestWorkbooks.leads;
import static dev.hotlist.sheets.TestWorkbooks.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.UnusableFileException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every encoding exports are written in, decided on the whole file; binary data anywhere is refused. */
class CsvEncodingsTest {
    @TempDir
    Path dir;

    private List<Lead> read(String name, String text, String charset) throws Exception {
        return leads(readAll(Files.write(dir.resolve(name), text.getBytes(Charset.forName(charset)))));
    }

    @Test
    void windows1252IsReadAsWindows1252() throws Exception {
        String csv = "Name;Phone;Budget\nJosé Álvarez;+34 912 345 678;1.234,56 €\nJörg Müller;+49 30 1234567;900 €\n";
        List<Lead> leads = read("outlook.csv", csv, "windows-1252");
        assertThat(leads).extracting(Lead::name).containsExactly("José Álvarez", "Jörg Müller");
        assertThat(leads.get(0).budget()).isEqualTo("1.234,56 €");
    }

    @Test
    void windows1252FarDownAnAsciiFileIsStillFound() throws Exception {
        StringBuilder csv = new StringBuilder("Name,Phone\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("Person ").append(i).append(",55501").append(i % 100).append("00\n");
        }
        csv.append("Françoise Gaël,5550199\n");
        List<Lead> leads = read("late.csv", csv.toString(), "windows-1252");
        assertThat(leads.get(leads.size() - 1).name()).isEqualTo("Françoise Gaël");
    }

    @Test
    void gbkAndBig5AreToldApart() throws Exception {
        String simplified = "姓名,手机,公司\n王小明,13812345678,长沙市岳麓区明达机械有限公司\n李雷,13912345678,北京科技发展有限公司\n";
        assertThat(read("gbk.csv", simplified, "GBK")).extracting(Lead::name).containsExactly("王小明", "李雷");
        String traditional = "姓名,手機,公司\n王小明,0912345678,臺北市信義區明達機械股份有限公司\n陳美麗,0922345678,高雄港灣貿易有限公司\n";
        assertThat(read("big5.csv", traditional, "Big5")).extracting(Lead::name, Lead::company).containsExactly(
                org.assertj.core.groups.Tuple.tuple("王小明", "臺北市信義區明達機械股份有限公司"),
                org.assertj.core.groups.Tuple.tuple("陳美麗", "高雄港灣貿易有限公司"));
    }

    @Test
    void utf16WithItsByteOrderMarkAsExcelSavesUnicodeText() throws Exception {
        String tsv = "\uFEFFName\tPhone\tCompany\nZoë Brontë\t+44 20 7946 0018\t北京科技\n";
        assertThat(read("unicode.txt", tsv, "UTF-16LE")).singleElement()
                .satisfies(l -> assertThat(l.company()).isEqualTo("北京科技"))
                .satisfies(l -> assertThat(l.name()).isEqualTo("Zoë Brontë"));
    }

    @Test
    void binaryDataAfterAGoodHeadIsRefusedNotImported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("Name,Phone\n".getBytes());
        for (int i = 0; i < 3000; i++) {
            out.write(("Person " + i + ",5550" + (1000 + i) + "\n").getBytes());
        }
        byte[] junk = new byte[2 << 20];
        new Random(7).nextBytes(junk);
        out.write(junk);
        Path file = Files.write(dir.resolve("tail.csv"), out.toByteArray());
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(UnusableFileException.class)
                .hasMessageContaining("tail.csv").hasMessageContaining("binary");
    }
}
