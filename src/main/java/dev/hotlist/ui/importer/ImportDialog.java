package dev.hotlist.ui.importer;

import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadField;
import dev.hotlist.domain.ParsedRow;
import dev.hotlist.domain.SheetOptions;
import dev.hotlist.service.Hotlist;
import dev.hotlist.service.ImportPreview;
import dev.hotlist.ui.FxDialogService;
import dev.hotlist.ui.I18n;
import dev.hotlist.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shown before an import writes anything: which sheet, the header row found, the field each column feeds (the
 * user can correct it) and the first rows as they would be read. Every change re-reads the preview in the
 * background. Corrections are passed to the import, which remembers them for sheets with the same header row.
 */
public final class ImportDialog {
    static final int PREVIEW_ROWS = 12;
    private static final int PAIRS_PER_LINE = 3;

    private final I18n i18n;
    private final TaskExecutor runner;
    private final Hotlist hotlist;
    private final Path file;
    private final LocalDate asOf;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<String> sheet = new ComboBox<>();
    private final Label headerInfo = new Label();
    private final GridPane columns = new GridPane();
    private final TableView<ParsedRow> rows = new TableView<>();
    private final Label problem = new Label();
    private final Map<String, ComboBox<LeadField>> fieldChoices = new LinkedHashMap<>();
    private ImportPreview shown;
    private boolean corrected;
    private boolean updating;
    private final Label notices = new Label();

    public ImportDialog(I18n i18n, TaskExecutor runner, Hotlist hotlist, Path file, LocalDate asOf, Window owner) {
        this.i18n = i18n;
        this.runner = runner;
        this.hotlist = hotlist;
        this.file = file;
        this.asOf = asOf;
        FxDialogService.own(dialog, owner, i18n.t("mapping.title", file.getFileName()), i18n.t("mapping.header"));
        ButtonType importButton = new ButtonType(i18n.t("mapping.import"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(importButton,
                new ButtonType(i18n.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("importDialog");
        dialog.getDialogPane().setContent(content());
        sheet.setId("mappingSheet");
        sheet.valueProperty().addListener((obs, old, name) -> {
            if (!updating && name != null && !name.equals(old)) {
                corrected = false;
                reload(new SheetOptions(name, Map.of()));
            }
        });
    }

    /**
     * Shows the dialog for a first preview; {@code onImport} gets the options to import with when the user
     * confirms (nothing happens on Cancel).
     */
    public void show(ImportPreview first, Consumer<SheetOptions> onImport) {
        display(first);
        Button ok = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
        ok.setId("mappingImport");
        ok.setDefaultButton(true);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null && dialog.getResult().getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                onImport.accept(options());
            }
        });
        dialog.show();
    }

    /** The sheet and, when the user changed any column, the whole mapping as they left it. */
    SheetOptions options() {
        return new SheetOptions(shown.sheetName(), corrected ? chosenMapping() : Map.of());
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    private VBox content() {
        HBox top = new HBox(10, new Label(i18n.t("mapping.sheet")), sheet, headerInfo);
        top.setAlignment(Pos.CENTER_LEFT);
        columns.setHgap(10);
        columns.setVgap(6);
        columns.setPadding(new Insets(6));
        columns.setId("mappingColumns");
        ScrollPane columnScroll = new ScrollPane(columns);
        columnScroll.setFitToWidth(true);
        columnScroll.setPrefViewportHeight(150);
        rows.setId("mappingPreview");
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.setPrefHeight(260);
        rows.setPlaceholder(new Label(i18n.t("mapping.noRows")));
        rows.getColumns().setAll(previewColumns());
        VBox.setVgrow(rows, Priority.ALWAYS);
        problem.getStyleClass().add("mapping-problem");
        problem.setWrapText(true);
        Label columnsTitle = new Label(i18n.t("mapping.field"));
        columnsTitle.getStyleClass().add("detail-heading");
        Label rowsTitle = new Label(i18n.t("mapping.preview"));
        rowsTitle.getStyleClass().add("detail-heading");
        notices.setId("mappingNotices");
        notices.setWrapText(true);
        notices.getStyleClass().add("mapping-problem");
        return new VBox(8, top, columnsTitle, columnScroll, notices, rowsTitle, rows, problem);
    }

    /** The proposals the values turned down, and a warning when the rows would collapse into far fewer leads. */
    private String noticesOf(ImportPreview preview) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (preview.collapses()) {
            lines.add(i18n.t("import.collapses", preview.sampledRows(), preview.sampledLeads()));
        }
        preview.rejected().forEach(r -> lines.add(i18n.t("import.rejected", r.reason(i18n.locale()))));
        return String.join("\n", lines);
    }

    private void display(ImportPreview preview) {
        notices.setText(noticesOf(preview));
        boolean sameColumns = shown != null && shown.sheetName().equals(preview.sheetName())
                && shown.headers().equals(preview.headers());
        shown = preview;
        if (sameColumns) {
            // Only the mapping changed: keep the controls (and the user's focus), refresh the rows.
            rows.getItems().setAll(preview.rows());
            problem.setText("");
            return;
        }
        updating = true;
        sheet.getItems().setAll(preview.sheetNames());
        sheet.setValue(preview.sheetName());
        sheet.setDisable(preview.sheetNames().size() < 2);
        updating = false;
        headerInfo.setText(i18n.t("mapping.headerRow", preview.headerRowNumber()));
        columns.getChildren().clear();
        fieldChoices.clear();
        int shownColumns = 0;
        for (int c = 0; c < preview.headers().size(); c++) {
            String header = preview.headers().get(c);
            if (header.isBlank() || fieldChoices.containsKey(header)) {
                continue;
            }
            ComboBox<LeadField> choice = new ComboBox<>();
            choice.getItems().setAll(LeadField.values());
            choice.setConverter(i18n.names("field"));
            choice.setValue(preview.fields().get(c));
            choice.setId("field-" + c);
            choice.valueProperty().addListener((obs, old, field) -> {
                if (!updating && field != null && field != old) {
                    corrected = true;
                    reload(new SheetOptions(shown.sheetName(), chosenMapping()));
                }
            });
            fieldChoices.put(header, choice);
            Label name = new Label(header);
            name.setMaxWidth(180);
            // pairs of (header, field) side by side, a few per line, so a wide sheet needs little scrolling
            int line = shownColumns / PAIRS_PER_LINE;
            int pair = shownColumns % PAIRS_PER_LINE;
            columns.add(name, pair * 2, line);
            columns.add(choice, pair * 2 + 1, line);
            shownColumns++;
        }
        rows.getItems().setAll(preview.rows());
        problem.setText("");
    }

    private Map<String, LeadField> chosenMapping() {
        Map<String, LeadField> m = new LinkedHashMap<>();
        fieldChoices.forEach((header, choice) -> m.put(header, choice.getValue()));
        return m;
    }

    private void reload(SheetOptions options) {
        dialog.getDialogPane().setDisable(true);
        runner.later(() -> hotlist.previewFile(file, options, asOf, PREVIEW_ROWS), preview -> {
            dialog.getDialogPane().setDisable(false);
            updating = true;
            display(preview);
            updating = false;
        }, e -> {
            dialog.getDialogPane().setDisable(false);
            problem.setText(FileJobs.sentence(e, i18n));
        });
    }

    private List<TableColumn<ParsedRow, String>> previewColumns() {
        List<TableColumn<ParsedRow, String>> list = new ArrayList<>();
        list.add(column("mapping.row", r -> Integer.toString(r.rowNumber()), 50));
        list.add(column("field.NAME", r -> lead(r, Lead::displayName), 120));
        list.add(column("field.COMPANY", r -> lead(r, Lead::company), 140));
        list.add(column("field.PHONE", r -> lead(r, Lead::phone), 110));
        list.add(column("field.EMAIL", r -> lead(r, Lead::email), 150));
        list.add(column("field.NEED", r -> lead(r, Lead::needStated), 80));
        list.add(column("field.BUYING_TIME", r -> lead(r, ImportDialog::buying), 150));
        list.add(column("mapping.skipped", r -> r instanceof ParsedRow.SkippedRow s ? s.reason(i18n.locale()) : "",
                200));
        return list;
    }

    /** The buying time as written, and the day it was read as. */
    private static String buying(Lead lead) {
        if (lead.buyingDate() == null) {
            return lead.buyingStated();
        }
        String day = lead.buyingDate().toString();
        return lead.buyingStated().isBlank() || lead.buyingStated().equals(day) ? day
                : lead.buyingStated() + " → " + day;
    }

    private static String lead(ParsedRow row, Function<Lead, String> value) {
        return row instanceof ParsedRow.LeadRow lr ? value.apply(lr.lead()) : "";
    }

    private TableColumn<ParsedRow, String> column(String key, Function<ParsedRow, String> value, double width) {
        TableColumn<ParsedRow, String> col = new TableColumn<>(i18n.t(key));
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }
}
