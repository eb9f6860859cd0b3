package dev.hotlist.ui.detail;

import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.ClaimOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.LeadEdit;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Stage;
import dev.hotlist.service.InvalidEditException;
import dev.hotlist.ui.I18n;
import dev.hotlist.ui.TaskExecutor;
import dev.hotlist.ui.pipeline.PipelineViewModel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected lead: scores and every reason, the call actions (outcomes 1–6 with an optional note, stage,
 * snooze and un-snooze), every field editable in place (saved when Enter is pressed or the field is left, refused
 * with the service's sentence under the field), the sheet's notes apart from the user's own, and the call log.
 */
public final class LeadDetail extends ScrollPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<LeadEdit.Field> FIELDS = List.of(LeadEdit.Field.NAME, LeadEdit.Field.COMPANY,
            LeadEdit.Field.PHONE, LeadEdit.Field.EMAIL, LeadEdit.Field.NEED, LeadEdit.Field.BUYING_TIME,
            LeadEdit.Field.NEXT_ACTION, LeadEdit.Field.BUDGET, LeadEdit.Field.SOURCE, LeadEdit.Field.SEGMENT,
            LeadEdit.Field.CUSTOMER_TYPE, LeadEdit.Field.REGION, LeadEdit.Field.SIZE, LeadEdit.Field.OWNER);
    private final I18n i18n;
    private final TaskExecutor executor;
    private final PipelineViewModel model;
    private final CallActions actions;
    private final VBox content = new VBox(8);
    private final TextField note = new TextField();
    /** Text typed into a field and not saved yet, by lead and field: kept through re-ranks and failed saves. */
    private final Map<String, String> drafts = new HashMap<>();
    /** True while the pane is rebuilt: the boxes taken away lose focus, which must not save them. */
    private boolean rebuilding;
    private RankedLead shown;

    /** What the detail pane asks the window to do: log a call (asking for a call back's day), give focus back. */
    public interface CallActions {
        void log(CallOutcome outcome);

        /** After an action, the keyboard goes back to the list. */
        void backToList();

        void chooseSnoozeDay();

        /** A one-line report for the status bar. */
        void say(String sentence);
    }

    public LeadDetail(PipelineViewModel model, I18n i18n, TaskExecutor executor, CallActions actions) {
        this.model = model;
        this.i18n = i18n;
        this.executor = executor;
        this.actions = actions;
        setId("leadDetail");
        getStyleClass().add("lead-detail");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(12, 14, 14, 14));
        setContent(content);
        note.setId("callNote");
        note.setPromptText(i18n.t("detail.notePrompt"));
        model.selectedProperty().addListener((obs, old, lead) -> show(lead));
        show(null);
    }

    /** The note typed for the next call, cleared once a call takes it. */
    public String takeNote() {
        String text = note.getText().strip();
        note.clear();
        return text;
    }

    public void show(RankedLead lead) {
        boolean same = shown != null && lead != null && shown.lead().id() == lead.lead().id();
        shown = lead;
        if (!same) {
            note.clear();
        }
        // the field being typed in gets the focus back in the rebuilt pane (a re-rank, a teammate's commit)
        String focused = getScene() != null && getScene().getFocusOwner() instanceof TextInputControl box
                && box.getId() != null && box.getId().startsWith("edit-") && same ? box.getId() : null;
        rebuilding = true;
        try {
            build(lead);
        } finally {
            rebuilding = false;
        }
        if (focused != null && content.lookup("#" + focused) instanceof TextInputControl box) {
            box.requestFocus();
            box.positionCaret(box.getText() == null ? 0 : box.getText().length());
        }
    }

    /** Puts the keyboard in {@code field}'s box and scrolls the pane to it (F2). */
    public void edit(LeadEdit.Field field) {
        if (content.lookup("#edit-" + field.name()) instanceof TextInputControl box) {
            box.requestFocus();
            layout();
            double viewport = getViewportBounds().getHeight();
            double height = content.getBoundsInLocal().getHeight();
            double y = content.sceneToLocal(box.localToScene(0, 0)).getY();
            if (height > viewport) {
                setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (height - viewport))));
            }
        }
    }

    /** Notes or a field typed for {@code leadId} and not saved yet. */
    public Optional<String> draft(long leadId, LeadEdit.Field field) {
        return Optional.ofNullable(drafts.get(leadId + ":" + field));
    }

    private void build(RankedLead lead) {
        content.getChildren().clear();
        if (lead == null) {
            Label hint = new Label(i18n.t("detail.empty"));
            hint.getStyleClass().add("muted");
            hint.setWrapText(true);
            content.getChildren().add(hint);
            return;
        }
        Lead l = lead.lead();
        Label name = new Label(l.displayName());
        name.setId("detailName");
        name.getStyleClass().add("detail-name");
        name.setWrapText(true);
        Label tier = new Label(i18n.t("tier." + lead.score().tier().name()) + " — "
                + i18n.t("tier.hint." + lead.score().tier().name()));
        tier.getStyleClass().setAll("tier-chip", "tier-" + lead.score().tier().name().toLowerCase(Locale.ROOT));
        tier.setWrapText(true);
        Label scores = new Label(i18n.t("detail.scores", lead.score().needPoints(), lead.score().timingPoints(),
                lead.score().priorityPoints()));
        scores.getStyleClass().add("detail-scores");
        content.getChildren().addAll(name);
        if (!l.company().isBlank() && !l.company().equals(l.displayName())) {
            content.getChildren().add(muted(l.company()));
        }
        content.getChildren().addAll(tier, scores);
        if (model.hotlist() != null && model.hotlist().isTeamDatabase()) {
            content.getChildren().add(ownerRow(l));
        }
        snoozedLine(l).ifPresent(content.getChildren()::add);
        if (l.doNotCall()) {
            Label mark = new Label(i18n.t("status.doNotCall", l.displayName()));
            mark.setId("detailDoNotCall");
            mark.getStyleClass().add("do-not-call");
            mark.setWrapText(true);
            content.getChildren().add(mark);
        }
        FlowPane outcomes = outcomeButtons();
        // not offered for calling: the buttons are there, greyed, so the pane keeps its place
        outcomes.setDisable(l.doNotCall());
        content.getChildren().addAll(heading("detail.log"), note, outcomes, stageAndSnooze(l),
                heading("detail.why"), reasons(lead), heading("detail.fields"), fields(l), myNotes(l));
        if (!l.notes().isBlank()) {
            Label notes = new Label(l.notes());
            notes.setId("sheetNotes");
            notes.setWrapText(true);
            content.getChildren().addAll(heading("detail.notes"), notes);
        }
        VBox calls = new VBox(2);
        calls.setId("callLog");
        content.getChildren().addAll(heading("detail.calls"), calls);
        executor.later(() -> model.hotlist().callLog(l.id()), entries -> {
            if (shown != lead) {
                return;
            }
            if (entries.isEmpty()) {
                calls.getChildren().add(muted(i18n.t("detail.noCalls")));
            }
            for (CallLogEntry e : entries) {
                String when = WHEN.format(e.at().atZone(ZoneId.systemDefault()));
                String back = e.callBackOn() != null ? " → " + e.callBackOn() : "";
                Label line = new Label(when + "  " + i18n.t("outcome." + e.outcome().name()) + back
                        + (e.note().isBlank() ? "" : " · " + e.note()));
                line.setWrapText(true);
                calls.getChildren().add(line);
            }
        }, e -> { });
    }

    private java.util.Optional<Node> snoozedLine(Lead l) {
        LocalDate until = l.snoozedUntil();
        if (until == null || !until.isAfter(model.asOfProperty().get())) {
            return java.util.Optional.empty();
        }
        Button wake = new Button(i18n.t("detail.wake"));
        wake.setId("wakeLead");
        wake.setOnAction(e -> {
            model.snooze(null);
            actions.backToList();
        });
        Label text = new Label(i18n.t("detail.snoozedUntil", until));
        text.getStyleClass().add("snoozed");
        HBox line = new HBox(8, text, wake);
        line.setAlignment(Pos.CENTER_LEFT);
        return java.util.Optional.of(line);
    }

    private VBox reasons(RankedLead lead) {
        VBox reasons = new VBox(3);
        reasons.setId("detailReasons");
        for (String r : model.hotlist().reasons(lead.score(), i18n.locale())) {
            Label line = new Label(r);
            line.getStyleClass().add(r.startsWith("\u2212") ? "reason-minus" : r.startsWith("+") ? "reason-plus"
                    : "muted");
            line.setWrapText(true);
            reasons.getChildren().add(line);
        }
        return reasons;
    }

    private FlowPane outcomeButtons() {
        FlowPane buttons = new FlowPane(6, 6);
        int key = 1;
        for (CallOutcome outcome : CallOutcome.values()) {
            Button b = new Button(key++ + "  " + i18n.t("outcome." + outcome.name()));
            b.setId("log-" + outcome.name());
            b.getStyleClass().add("outcome-button");
            b.setFocusTraversable(false);
            b.setOnAction(e -> actions.log(outcome));
            buttons.getChildren().add(b);
        }
        return buttons;
    }

    /** The stage is a menu: a stage is set by choosing it, never by an arrow key passing over it. */
    private FlowPane stageAndSnooze(Lead lead) {
        MenuButton stage = new MenuButton(i18n.t("stage." + lead.stage().name()));
        stage.setId("stageMenu");
        for (Stage s : Stage.values()) {
            MenuItem item = new MenuItem(i18n.t("stage." + s.name()));
            item.setId("stage-" + s.name());
            item.setDisable(s == lead.stage());
            item.setOnAction(e -> {
                model.setStage(s);
                actions.backToList();
            });
            stage.getItems().add(item);
        }
        Button day = snooze("detail.snoozeDay", 1);
        Button week = snooze("detail.snoozeWeek", 7);
        Button until = new Button(i18n.t("detail.snoozeUntil"));
        until.setId("snoozeUntil");
        until.setOnAction(e -> actions.chooseSnoozeDay());
        HBox stageBox = new HBox(6, new Label(i18n.t("detail.stage")), stage);
        stageBox.setAlignment(Pos.CENTER_LEFT);
        HBox snoozeBox = new HBox(6, new Label(i18n.t("detail.snooze")), day, week, until);
        snoozeBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane row = new FlowPane(12, 6, stageBox, snoozeBox);
        row.getStyleClass().add("detail-actions");
        return row;
    }

    private Button snooze(String key, int days) {
        Button b = new Button(i18n.t(key));
        b.setId("snooze-" + days);
        b.setOnAction(e -> {
            model.snooze(model.asOfProperty().get().plusDays(days));
            actions.backToList();
        });
        return b;
    }

    private GridPane fields(Lead lead) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints boxes = new ColumnConstraints();
        boxes.setHgrow(Priority.ALWAYS);
        boxes.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, boxes);
        int row = 0;
        for (LeadEdit.Field f : FIELDS) {
            TextField box = new TextField(drafts.getOrDefault(lead.id() + ":" + f, LeadEdit.valueOf(lead, f)));
            box.setId("edit-" + f.name());
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.setManaged(false);
            error.setVisible(false);
            Label read = readAs(lead, f);
            VBox cell = new VBox(1, box, read, error);
            editable(box, f, lead, error);
            grid.add(new Label(i18n.t("editfield." + f.name())), 0, row);
            grid.add(cell, 1, row++);
        }
        return grid;
    }

    /** Under the buying time: the date it was read as, so a typed "next month" shows what it means. */
    private Label readAs(Lead lead, LeadEdit.Field f) {
        Label read = new Label();
        read.getStyleClass().add("muted");
        boolean show = f == LeadEdit.Field.BUYING_TIME && !lead.buyingStated().isBlank();
        if (show) {
            read.setId("buyingReadAs");
            read.setText(lead.buyingDate() == null ? i18n.t("detail.readNoDate")
                    : i18n.t("detail.readAs", lead.buyingDate()));
        }
        read.setManaged(show);
        read.setVisible(show);
        return read;
    }

    private VBox myNotes(Lead lead) {
        TextArea box = new TextArea(drafts.getOrDefault(lead.id() + ":" + LeadEdit.Field.MY_NOTES, lead.userNotes()));
        box.setId("myNotes");
        box.setWrapText(true);
        box.setPrefRowCount(3);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        Runnable save = editable(box, LeadEdit.Field.MY_NOTES, lead, error);
        Button saveNotes = new Button(i18n.t("detail.saveNotes"));
        saveNotes.setId("saveNotes");
        saveNotes.setOnAction(e -> save.run());
        saveNotes.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox under = new HBox(8, saveNotes, muted(i18n.t("detail.myNotesHint")));
        under.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, heading("editfield.MY_NOTES"), box, error, under);
    }

    /** Who owns the lead on the team, and claiming it (one conditional update in the database) or giving it back. */
    private HBox ownerRow(Lead lead) {
        String me = model.hotlist().user();
        Label owner = new Label(lead.isUnassigned() ? i18n.t("detail.unassigned")
                : i18n.t("detail.owner", lead.assignee()));
        owner.setId("leadOwner");
        HBox row = new HBox(8, owner);
        row.setAlignment(Pos.CENTER_LEFT);
        Button b;
        if (!lead.assignee().equals(me)) {
            b = new Button(i18n.t("detail.claim"));
            b.setId("claimLead");
            b.setOnAction(e -> executor.later(() -> model.hotlist().claim(lead.id()), outcome -> {
                actions.say(outcome instanceof ClaimOutcome.TakenBy taken
                        ? i18n.t("status.claimTaken", lead.displayName(), taken.owner())
                        : i18n.t("status.claimed", lead.displayName()));
                model.refresh();
            }, err -> actions.say(err.getLocalizedMessage())));
        } else {
            b = new Button(i18n.t("detail.release"));
            b.setId("releaseLead");
            b.setOnAction(e -> executor.later(() -> model.hotlist().release(lead.id()), ok -> model.refresh(),
                    err -> actions.say(err.getLocalizedMessage())));
        }
        row.getChildren().add(b);
        return row;
    }

    /**
     * Saves the box when Enter is pressed (in a one-line box) or the box is left, if its text changed; what is typed
     * stays a draft until it is saved. Returns the save, for a button.
     */
    private Runnable editable(TextInputControl box, LeadEdit.Field field, Lead lead, Label error) {
        String key = lead.id() + ":" + field;
        box.textProperty().addListener((obs, old, typed) -> {
            if (!rebuilding) {
                if (typed == null || typed.strip().equals(LeadEdit.valueOf(lead, field))) {
                    drafts.remove(key);
                } else {
                    drafts.put(key, typed);
                }
            }
        });
        Consumer<Boolean> save = enter -> {
            String text = box.getText() == null ? "" : box.getText().strip();
            if (rebuilding || text.equals(LeadEdit.valueOf(lead, field))) {
                return;
            }
            String typed = box.getText();
            model.edit(new LeadEdit(field, text), () -> drafts.remove(key, typed), e -> {
                String why = e instanceof InvalidEditException invalid ? invalid.message(i18n.locale())
                        : e.getLocalizedMessage();
                error.setText(why);
                error.setManaged(true);
                error.setVisible(true);
                box.getStyleClass().add("invalid");
            });
        };
        box.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                save.accept(false);
            }
        });
        if (box instanceof TextField) {
            box.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    save.accept(true);
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    drafts.remove(key);
                    box.setText(LeadEdit.valueOf(lead, field));
                    actions.backToList();
                    e.consume();
                }
            });
        }
        return () -> save.accept(false);
    }

    private Label heading(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("detail-heading");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }
}
