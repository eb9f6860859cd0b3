package dev.hotlist.ui.importer;

import dev.hotlist.domain.LeadFilter;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.domain.StoreException;
import dev.hotlist.domain.UnusableFileException;
import dev.hotlist.service.Hotlist;
import dev.hotlist.service.ImportReport;
import dev.hotlist.ui.FxDialogService;
import dev.hotlist.ui.I18n;
import dev.hotlist.ui.StatusBar;
import dev.hotlist.ui.TaskExecutor;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Import and export as background jobs with a progress bar and Cancel: the report when an import ends, one
 * clear sentence when a file cannot be used, and "nothing changed" after a cancel.
 */
public final class FileJobs {
    private final I18n i18n;
    private final TaskExecutor runner;
    private final StatusBar status;
    private final Supplier<Window> owner;
    private final Runnable afterChange;

    public FileJobs(I18n i18n, TaskExecutor runner, StatusBar status, Supplier<Window> owner, Runnable afterChange) {
        this.i18n = i18n;
        this.runner = runner;
        this.status = status;
        this.owner = owner;
        this.afterChange = afterChange;
    }

    public void chooseAndImport(Hotlist hotlist, LocalDate asOf) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("import.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("import.filter"),
                "*.xlsx", "*.xls", "*.csv", "*.txt", "*.XLSX", "*.XLS", "*.CSV"));
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            review(hotlist, file.toPath(), asOf);
        }
    }

    /**
     * Reads the first rows of {@code file} in the background and shows them with the column mapping, so the
     * user can correct it before anything is written; the import starts when they confirm.
     */
    public void review(Hotlist hotlist, Path file, LocalDate asOf) {
        status.message(i18n.t("status.reading", file.getFileName()));
        runner.later(() -> hotlist.previewFile(file, SheetOptions.defaults(), asOf, ImportDialog.PREVIEW_ROWS),
                preview -> {
                    status.message(i18n.t("status.ready"));
                    new ImportDialog(i18n, runner, hotlist, file, asOf, owner.get())
                            .show(preview, options -> importFile(hotlist, file, asOf, options));
                }, this::importFailed);
    }

    public Task<ImportReport> importFile(Hotlist hotlist, Path file, LocalDate asOf) {
        return importFile(hotlist, file, asOf, SheetOptions.defaults());
    }

    public Task<ImportReport> importFile(Hotlist hotlist, Path file, LocalDate asOf, SheetOptions options) {
        status.message(i18n.t("status.importing", file.getFileName()));
        return track(runner.submit(p -> hotlist.importFile(file, options, asOf, p, i18n.locale()),
                this::reportImport, this::importFailed));
    }

    public Task<ImportReport> importSample(Hotlist hotlist, LocalDate asOf) {
        status.message(i18n.t("status.importing", "sample-leads.xlsx"));
        return track(runner.submit(p -> hotlist.importSample(asOf, p, i18n.locale()), this::reportImport,
                this::importFailed));
    }

    /** Exports the view shown; {@code viewName} titles the printed pages. */
    public void chooseAndExport(Hotlist hotlist, LeadFilter filter, LocalDate asOf, String viewName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("export.chooser"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"),
                new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        chooser.setInitialFileName("hotlist-" + asOf + ".xlsx");
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return;
        }
        Path out = file.toPath();
        status.message(i18n.t("status.exporting"));
        track(runner.submit(p -> hotlist.export(out, filter, asOf, viewName, p, i18n.locale()),
                rows -> status.message(i18n.t("status.exported", rows, out.getFileName())),
                e -> {
                    if (e instanceof CancellationException) {
                        status.message(i18n.t("status.exportCancelled"));
                    } else {
                        status.message(sentence(e));
                        alert(Alert.AlertType.ERROR, i18n.t("export.failedTitle"), sentence(e));
                    }
                }));
    }

    private <T> Task<T> track(Task<T> task) {
        status.track(task);
        return task;
    }

    private void reportImport(ImportReport report) {
        status.message(i18n.t("status.imported", report.fileName(), report.newCount(), report.updatedCount(),
                report.skippedCount()));
        afterChange.run();
        if (report.skippedCount() == 0 && report.duplicateCount() == 0 && report.unchangedCount() == 0
                && report.notes().isEmpty()) {
            return;
        }
        VBox content = new VBox(8);
        if (report.unchangedCount() > 0) {
            content.getChildren().add(new Label(i18n.t("import.unchanged", report.unchangedCount())));
        }
        for (String note : report.notes()) {
            Label line = new Label(note);
            line.setWrapText(true);
            content.getChildren().add(line);
        }
        if (report.duplicateCount() > 0) {
            Label duplicates = new Label(i18n.t("import.duplicates", report.duplicateCount()));
            duplicates.setWrapText(true);
            content.getChildren().add(duplicates);
        }
        if (report.skippedCount() > 0) {
            ListView<String> skipped = new ListView<>();
            List<String> lines = new java.util.ArrayList<>(report.skipped().stream()
                    .map(s -> i18n.t("import.skippedRow", s.rowNumber(), s.reason())).toList());
            if (report.skippedCount() > report.skipped().size()) {
                // only the first rows are kept one by one; the rest are counted by reason
                report.skipReasons().forEach(r -> lines.add(i18n.t("import.skippedReason", r.count(), r.reason())));
            }
            skipped.getItems().setAll(lines);
            skipped.setPrefHeight(Math.min(240, 28 + 24 * lines.size()));
            skipped.setPrefWidth(600);
            content.getChildren().add(skipped);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        FxDialogService.own(alert, owner.get(), i18n.t("import.reportTitle"), i18n.t("import.report",
                report.newCount(), report.updatedCount(), report.skippedCount()));
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(640);
        alert.show();
    }

    private void importFailed(Throwable e) {
        afterChange.run();
        if (e instanceof CancellationException) {
            status.message(i18n.t("status.importCancelled"));
            return;
        }
        String sentence = sentence(e);
        status.message(sentence);
        alert(Alert.AlertType.ERROR, i18n.t("import.failedTitle"), sentence);
    }

    private String sentence(Throwable e) {
        return sentence(e, i18n);
    }

    /** The one sentence to show, in the app's language where the error carries its own words. */
    public static String sentence(Throwable e, I18n i18n) {
        if (e instanceof UnusableFileException u) {
            return u.message(i18n.locale());
        }
        if (e instanceof StoreException s) {
            return s.message(i18n.locale());
        }
        return e.getLocalizedMessage() == null ? e.toString() : e.getLocalizedMessage();
    }

    private void alert(Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type);
        FxDialogService.own(alert, owner.get(), title, title);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setId("alertText");
        alert.getDialogPane().setContent(body);
        alert.show();
    }
}
