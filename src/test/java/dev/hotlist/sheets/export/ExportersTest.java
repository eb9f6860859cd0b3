package dev.hotlist.sheets.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hotlist.domain.Progress;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.ScoringSettings;
import dev.hotlist.sheets.export.ExportException.Problem;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportersTest {
    private static final byte[] OLD = "old content".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** Cancels once it has seen {@code after} progress reports. */
    private static final class CancelAfter implements Progress {
        private final int after;
        private int updates;

        CancelAfter(int after) {
            this.after = after;
        }

        @Override
        public void update(long done, long total) {
            updates++;
        }

        @Override
        public boolean isCancelled() {
            return updates >= after;
        }
    }

    private List<Path> dirContents() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.xlsx", "OUT.XLSX", "Out.Csv", "out.csv"})
    void picksTheFormatByExtensionInAnyCase(String name) throws IOException {
        Path out = dir.resolve(name);
        assertThat(Exporters.write(out, ExportFixtures.request(ExportFixtures.many(10), Locale.US), null)).isEqualTo(10);
        byte[] head = Arrays.copyOf(Files.readAllBytes(out), 3);
        boolean zip = head[0] == 'P' && head[1] == 'K';
        assertThat(zip).isEqualTo(name.toLowerCase(Locale.ROOT).endsWith(".xlsx"));
        assertThat(dirContents()).containsExactly(out);
    }

    @Test
    void refusesOtherExtensionsWithAClearSentence() {
        Path out = dir.resolve("leads.txt");
        ExportRequest request = ExportFixtures.request(ExportFixtures.many(1), Locale.US);
        assertThatThrownBy(() -> Exporters.write(out, request, Progress.NONE))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_TYPE);
                    assertThat(e.file()).isEqualTo(out);
                })
                .hasMessage("Cannot export to " + out + ": the file name must end in .xlsx or .csv.");
        ExportRequest zh = ExportFixtures.request(ExportFixtures.many(1), Locale.CHINA);
        assertThatThrownBy(() -> Exporters.write(dir.resolve(".xlsx"), zh, Progress.NONE))
                .hasMessageContaining("文件名必须以 .xlsx 或 .csv 结尾");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("leads.xlsx");
        Files.write(out, OLD);
        Exporters.write(out, ExportFixtures.request(ExportFixtures.many(20), Locale.US), Progress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(20);
        }
        assertThat(dirContents()).containsExactly(out);
    }

    @Test
    void aNameAsLongAsTheFileSystemAllowsExportsAndLeavesNoTemporaryFile() throws IOException {
        // 250 bytes of name, 3 of them per Chinese character: the temporary name beside it must still fit in 255
        Path out = dir.resolve("客户".repeat(20) + "x".repeat(250 - 120 - 5) + ".xlsx");
        assertThat(out.getFileName().toString().getBytes(StandardCharsets.UTF_8)).hasSize(250);
        Exporters.write(out, ExportFixtures.request(ExportFixtures.many(3), Locale.US), Progress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
        assertThat(dirContents()).containsExactly(out);
        String cut = AtomicFile.shortened(out.getFileName().toString());
        assertThat(cut).endsWith(".xlsx").startsWith("客户客户");
        assertThat(("." + cut + ".0123456789abc.tmp").getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
    }

    @Test
    void aNewFileGetsTheFoldersUsualPermissionsAndAReplacedOneKeepsItsOwn() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(dir.resolve("reference"));
        Path out = dir.resolve("new.csv");
        Exporters.write(out, ExportFixtures.request(ExportFixtures.many(3), Locale.US), null);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(reference));

        Path shared = dir.resolve("shared.xlsx");
        Files.write(shared, OLD);
        Set<PosixFilePermission> groupRead = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(shared, groupRead);
        Exporters.write(shared, ExportFixtures.request(ExportFixtures.many(3), Locale.US), null);
        assertThat(Files.getPosixFilePermissions(shared)).isEqualTo(groupRead);
    }

    @ParameterizedTest
    @ValueSource(strings = {"leads.xlsx", "leads.csv"})
    void cancelMidWayLeavesNoFileAndNoTemporaryFile(String name) {
        Path out = dir.resolve(name);
        ExportRequest request = ExportFixtures.request(ExportFixtures.many(5_000), Locale.US);
        assertThatThrownBy(() -> Exporters.write(out, request, new CancelAfter(5)))
                .isInstanceOf(CancellationException.class);
        assertThat(dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"leads.xlsx", "leads.csv"})
    void cancelMidWayKeepsTheOldFileAsItWas(String name) throws IOException {
        Path out = dir.resolve(name);
        Files.write(out, OLD);
        ExportRequest request = ExportFixtures.request(ExportFixtures.many(5_000), Locale.US);
        assertThatThrownBy(() -> Exporters.write(out, request, new CancelAfter(5)))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readAllBytes(out)).isEqualTo(OLD);
        assertThat(dirContents()).containsExactly(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"leads.xlsx", "leads.csv"})
    void eachDistinctReasonIsWordedOncePerExport(String name) throws IOException {
        List<RankedLead> rows = ExportFixtures.many(2_000);
        long distinct = rows.stream().flatMap(r -> r.score().reasons().stream()).distinct().count();
        int[] calls = {0};
        Function<Reason, String> counting = r -> {
            calls[0]++;
            return r.key();
        };
        ExportRequest request = ExportRequest.of(rows, ExportFixtures.AS_OF, ScoringSettings.defaults(), counting,
                Locale.US);
        assertThat(Exporters.write(dir.resolve(name), request, Progress.NONE)).isEqualTo(2_000);
        assertThat(distinct).isLessThan(rows.size());
        assertThat(calls[0]).isEqualTo((int) distinct);
    }

    @ParameterizedTest
    @ValueSource(strings = {"leads.xlsx", "leads.csv"})
    void aFailureMidWayKeepsTheOldFileAsItWas(String name) throws IOException {
        Path out = dir.resolve(name);
        Files.write(out, OLD);
        int[] calls = {0};
        // asked once per row (a reason's words only once per distinct reason), so it breaks a fifth of the way in
        Function<Long, java.util.Optional<LastCall>> failing = id -> {
            if (++calls[0] > 1_000) {
                throw new IllegalStateException("call history broke");
            }
            return java.util.Optional.empty();
        };
        ExportRequest request = new ExportRequest(ExportFixtures.many(5_000), ExportFixtures.AS_OF,
                ScoringSettings.defaults(), Reason::key, failing, Locale.US);
        assertThatThrownBy(() -> Exporters.write(out, request, Progress.NONE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.readAllBytes(out)).isEqualTo(OLD);
        assertThat(dirContents()).containsExactly(out);
    }

    @Test
    void aTargetWhoseFolderIsAFileGivesOneClearSentence() throws IOException {
        Path notAFolder = dir.resolve("notes.txt");
        Files.write(notAFolder, OLD);
        Path out = notAFolder.resolve("leads.xlsx");
        assertThatThrownBy(() -> Exporters.write(out, ExportFixtures.request(ExportFixtures.many(3), Locale.US), null))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.FOLDER_MISSING);
                    assertThat(e.file()).isEqualTo(out);
                })
                .hasMessage("Cannot save " + out + ": the folder it should go in does not exist or is not a folder.");
        assertThatThrownBy(() -> Exporters.write(out, ExportFixtures.request(ExportFixtures.many(3), Locale.CHINA), null))
                .hasMessage("无法保存 " + out + "：目标文件夹不存在或不是文件夹。");
        assertThat(Files.readAllBytes(notAFolder)).isEqualTo(OLD);
    }

    @Test
    void aTargetThatIsAFolderIsRefused() throws IOException {
        Path out = Files.createDirectory(dir.resolve("leads.csv"));
        assertThatThrownBy(() -> Exporters.write(out, ExportFixtures.request(ExportFixtures.many(3), Locale.US), null))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.IS_FOLDER))
                .hasMessageContaining(out.toString());
        assertThat(dirContents()).containsExactly(out);
    }

    /**
     * A folder on a read-only file system is refused before anything is written. The JDK's own run-time image
     * ({@code jrt:/}) is read-only for every user, root included, so this runs as CI runs; a file made read-only by
     * its permissions is not a refusal for root (see the next test).
     */
    @Test
    void aReadOnlyTargetIsRefusedWhenTheFileSystemSaysSo() {
        Path readOnlyFolder = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules/java.base");
        assertThat(Files.isDirectory(readOnlyFolder)).isTrue();
        for (String name : List.of("leads.csv", "leads.xlsx")) {
            Path out = readOnlyFolder.resolve(name);
            assertThatThrownBy(() -> Exporters.write(out, ExportFixtures.request(ExportFixtures.many(3), Locale.US), null))
                    .isInstanceOfSatisfying(ExportException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.NOT_WRITABLE);
                        assertThat(e.file()).isEqualTo(out);
                    })
                    .hasMessage("Cannot save " + out + ": the file or its folder is read-only, or the file is open in"
                            + " another program (close it and try again).");
            assertThat(Files.exists(out)).isFalse();
        }
    }

    /**
     * A file whose write permission is taken away: refused with the old content intact for a user the system then
     * refuses, written as usual for root, whom the system lets write (the export asks the system, it does not read the
     * permission bits itself). Either way no temporary file is left.
     */
    @Test
    void aFileMadeReadOnlyIsRefusedExactlyWhenTheSystemRefusesThisUser() throws IOException {
        Path out = dir.resolve("leads.csv");
        Files.write(out, OLD);
        assertThat(out.toFile().setWritable(false)).isTrue();
        if (!Files.isWritable(out)) {
            assertThatThrownBy(() -> Exporters.write(out, ExportFixtures.request(ExportFixtures.many(3), Locale.US), null))
                    .isInstanceOfSatisfying(ExportException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.NOT_WRITABLE))
                    .hasMessageContaining(out.toString()).hasMessageContaining("read-only");
            assertThat(Files.readAllBytes(out)).isEqualTo(OLD);
        } else {
            assertThat(Exporters.write(out, ExportFixtures.request(ExportFixtures.many(3), Locale.US), null)).isEqualTo(3);
            assertThat(Files.readAllBytes(out)).isNotEqualTo(OLD);
        }
        assertThat(dirContents()).containsExactly(out);
    }

    @Test
    void moreLeadsThanASheetHoldsAreRefusedForXlsxButNotForCsv() throws IOException {
        RankedLead one = ExportFixtures.many(1).get(0);
        List<RankedLead> tooMany = Collections.nCopies(XlsxExporter.MAX_ROWS + 1, one);
        ExportRequest request = ExportFixtures.request(tooMany, Locale.US);
        Path out = dir.resolve("leads.xlsx");
        assertThatThrownBy(() -> Exporters.write(out, request, null))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_ROWS))
                .hasMessage("Cannot save " + out + ": 1,048,576 leads do not fit in one Excel sheet (at most 1,048,575),"
                        + " so export to .csv instead.");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void reportsProgressInRowsUpToTheTotal() throws IOException {
        List<long[]> updates = new java.util.ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        Exporters.write(dir.resolve("a.csv"), ExportFixtures.request(ExportFixtures.many(1_000), Locale.US), progress);
        assertThat(updates).hasSizeGreaterThanOrEqualTo(4);
        assertThat(updates).allSatisfy(u -> assertThat(u[1]).isEqualTo(1_000));
        assertThat(updates.get(updates.size() - 1)[0]).isEqualTo(1_000);
        for (int i = 1; i < updates.size(); i++) {
            assertThat(updates.get(i)[0]).isGreaterThanOrEqualTo(updates.get(i - 1)[0]);
        }
    }

    /**
     * The hidden temporary file of an export that died is deleted by the next export into the folder; one that an
     * export still holds, one written a moment ago, and files of other names are left alone.
     */
    @Test
    void theNextExportDeletesTheTemporaryFilesOfExportsThatDied() throws IOException {
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(60));
        Path died = Files.writeString(dir.resolve(".ranked.xlsx.3k9f2a1b0c.tmp"), "half a zip");
        Path diedCsv = Files.writeString(dir.resolve(".leads.CSV.zz01.tmp"), "half");
        Path writing = Files.writeString(dir.resolve(".other.csv.a1b2c3.tmp"), "still being written");
        Path fresh = Files.writeString(dir.resolve(".fresh.csv.a1b2c4.tmp"), "closed an instant ago");
        Path foreign = Files.writeString(dir.resolve(".notes.txt.a1b2c3.tmp"), "not ours");
        for (Path p : List.of(died, diedCsv, writing, foreign)) {
            Files.setLastModifiedTime(p, old);
        }
        try (java.nio.channels.FileChannel held = java.nio.channels.FileChannel.open(writing,
                java.nio.file.StandardOpenOption.WRITE); var lock = held.lock()) {
            Exporters.write(dir.resolve("new.csv"), ExportFixtures.request(ExportFixtures.many(3), Locale.US), null);
            assertThat(writing).as("held by a writer").exists();
        }
        assertThat(died).doesNotExist();
        assertThat(diedCsv).doesNotExist();
        assertThat(fresh).as("written a moment ago: may be about to be renamed").exists();
        assertThat(foreign).exists();
        assertThat(dir.resolve("new.csv")).exists();
        Exporters.write(dir.resolve("new.csv"), ExportFixtures.request(ExportFixtures.many(3), Locale.US), null);
        assertThat(writing).as("left once its writer is gone").doesNotExist();
    }
}
