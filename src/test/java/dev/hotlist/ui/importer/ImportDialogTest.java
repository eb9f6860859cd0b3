package dev.hotlist.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.Progress;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.service.ImportPreview;
import dev.hotlist.service.LocalHotlist;
import dev.hotlist.ui.I18n;
import dev.hotlist.ui.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The mapping preview: a wrong column is corrected before anything is written, and the correction is kept. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    @TempDir
    static Path dir;
    private Stage stage;
    private LocalHotlist hotlist;

    @Start
    void start(Stage primary) {
        stage = primary;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        if (hotlist != null) {
            hotlist.close();
        }
    }

    @Test
    void correctingAColumnUpdatesThePreviewAndTheImportUsesIt(FxRobot robot) throws Exception {
        hotlist = LocalHotlist.open(dir.resolve("dialog.db"));
        Path csv = dir.resolve("mood.csv");
        Files.writeString(csv, "Name,Email,Mood,When\nAnn Lee,ann@x.com,urgent,tomorrow\nBen Hu,ben@x.com,low,next year\n",
                StandardCharsets.UTF_8);
        ImportPreview first = hotlist.previewFile(csv, SheetOptions.defaults(), AS_OF, ImportDialog.PREVIEW_ROWS);
        assertThat(first.fields()).containsExactly(LeadField.NAME, LeadField.EMAIL, LeadField.EXTRA, LeadField.EXTRA);

        AtomicReference<SheetOptions> chosen = new AtomicReference<>();
        ImportDialog dialog = show(robot, csv, first, chosen);
        TableView<?> rows = robot.lookup("#mappingPreview").queryAs(TableView.class);
        assertThat(rows.getItems()).hasSize(2);

        @SuppressWarnings("unchecked")
        ComboBox<LeadField> mood = robot.lookup("#field-2").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<LeadField> when = robot.lookup("#field-3").queryAs(ComboBox.class);
        robot.interact(() -> mood.setValue(LeadField.NEED));
        waitFor(10, TimeUnit.SECONDS, () -> leadOf(rows, 0).needStated().equals("urgent"));
        robot.interact(() -> when.setValue(LeadField.BUYING_TIME));
        waitFor(10, TimeUnit.SECONDS, () -> AS_OF.plusDays(1).equals(leadOf(rows, 0).buyingDate()));

        robot.clickOn("#mappingImport");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen.get().mappingOverrides()).containsEntry("Mood", LeadField.NEED)
                .containsEntry("When", LeadField.BUYING_TIME);
        hotlist.importFile(csv, chosen.get(), AS_OF, Progress.NONE, Locale.ENGLISH);
        assertThat(hotlist.rank(LeadFilter.all(), AS_OF)).first()
                .satisfies(r -> assertThat(r.lead().needStated()).isEqualTo("urgent"));

        ImportPreview again = hotlist.previewFile(csv, SheetOptions.defaults(), AS_OF, 2);
        assertThat(again.fields()).as("the correction is remembered for this header row")
                .containsExactly(LeadField.NAME, LeadField.EMAIL, LeadField.NEED, LeadField.BUYING_TIME);
    }

    @Test
    void cancellingImportsNothing(FxRobot robot) throws Exception {
        hotlist = LocalHotlist.open(dir.resolve("cancel.db"));
        Path csv = dir.resolve("plain.csv");
        Files.writeString(csv, "Name,Email\nAnn Lee,ann@x.com\n", StandardCharsets.UTF_8);
        ImportPreview first = hotlist.previewFile(csv, SheetOptions.defaults(), AS_OF, 5);
        AtomicReference<SheetOptions> chosen = new AtomicReference<>();
        ImportDialog dialog = show(robot, csv, first, chosen);
        @SuppressWarnings("unchecked")
        ComboBox<LeadField> email = robot.lookup("#field-1").queryAs(ComboBox.class);
        robot.interact(() -> email.setValue(LeadField.EXTRA));
        robot.interact(() -> dialog.dialog().close());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen.get()).isNull();
        assertThat(hotlist.previewFile(csv, SheetOptions.defaults(), AS_OF, 5).fields())
                .as("a correction in a cancelled dialog is not remembered")
                .containsExactly(LeadField.NAME, LeadField.EMAIL);
    }

    private static dev.hotlist.domain.Lead leadOf(TableView<?> rows, int i) {
        return ((ParsedRow.LeadRow) rows.getItems().get(i)).lead();
    }

    /** Shows the dialog for {@code first}; what the user imports with lands in {@code chosen}. */
    private ImportDialog show(FxRobot robot, Path csv, ImportPreview first, AtomicReference<SheetOptions> chosen) {
        AtomicReference<ImportDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            ImportDialog d = new ImportDialog(new I18n(Locale.ENGLISH), new TaskRunner(), hotlist, csv, AS_OF, stage);
            dialog.set(d);
            d.show(first, chosen::set);
        });
        return dialog.get();
    }
}
