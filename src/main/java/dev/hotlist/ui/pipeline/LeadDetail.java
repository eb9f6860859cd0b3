package dev.hotlist.ui.pipeline;

import dev.hotlist.domain.CallLogEntry;
import dev.hotlist.domain.CallOutcome;
import dev.hotlist.domain.Lead;
import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Reason;
import dev.hotlist.domain.Stage;
import dev.hotlist.service.Hotlist;
import dev.hotlist.domain.ClaimOutcome;
import dev.hotlist.ui.I18n;
import dev.hotlist.ui.TaskRunner;
import dev.hotlist.ui.team.TeamEdits;
import java.util.HashMap;
import java.util.Map;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The selected lead: its scores and every reason with signed points, contact, notes, call log, and the quick
 * actions that work the list (log an outcome with keys 1–6, change the stage, snooze, claim, own notes). Every edit
 * is saved against the version of the lead shown ({@link TeamEdits}): one that someone else saved meanwhile opens the
 * conflict dialog instead of overwriting theirs. Notes being typed are kept per lead until saved, through refreshes
 * and failed saves (a team server out of reach).
 */
public final class LeadDetail extends ScrollPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final I18n i18n;
    private final TaskRunner runner;
    private final PipelineViewModel model;
    private final Consumer<String> status;
    private final VBox content = new VBox(10);
    private final TeamEdits edits;
    /** Notes typed and not yet saved, by lead id. */
    private final Map<Long, String> drafts = new HashMap<>();
    private RankedLead shown;

    public LeadDetail(PipelineViewModel model, I18n i18n, TaskRunner runner, Consumer<String> status,
                      TeamEdits edits) {
        this.model = model;
        this.i18n = i18n;
        this.runner = runner;
        this.status = status;
        this.edits = edits;
        setId("leadDetail");
        getStyleClass().add("lead-detail");
        setFitToWidth(true);
        content.setPadding(new Insets(14));
        setContent(content);
        show(null);
    }

    public void show(RankedLead lead) {
        shown = lead;
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
        name.getStyleClass().add("detail-name");
        Label company = new Label(l.company());
        company.getStyleClass().add("muted");
        Label tier = new Label(i18n.t("tier." + lead.score().tier()) + " — " + i18n.t("tier.hint." + lead.score().tier()));
        tier.getStyleClass().setAll("tier-chip", "tier-" + lead.score().tier().name().toLowerCase(java.util.Locale.ROOT));
        Label scores = new Label(i18n.t("detail.scores", lead.score().needPoints(), lead.score().timingPoints(),
                lead.score().priorityPoints()));
        scores.getStyleClass().add("detail-scores");

        VBox reasons = new VBox(3);
        for (Reason r : lead.score().reasons()) {
            Label line = new Label(model.hotlist().describe(r, i18n.locale()));
            line.getStyleClass().add(r.points() >= 0 ? "reason-plus" : "reason-minus");
            line.setWrapText(true);
            reasons.getChildren().add(line);
        }

        VBox contact = new VBox(2);
        for (String s : List.of(l.phone(), l.email(), l.region(), l.owner())) {
            if (!s.isBlank()) {
                contact.getChildren().add(new Label(s));
            }
        }
        content.getChildren().addAll(name, company, tier, scores, ownerRow(l), heading("detail.why"), reasons,
                heading("detail.log"), outcomeButtons(l), stageAndSnooze(l), heading("detail.myNotes"), myNotes(l),
                heading("detail.contact"), contact);
        if (!l.notes().isBlank()) {
            Label notes = new Label(l.notes());
            notes.setWrapText(true);
            content.getChildren().addAll(heading("detail.notes"), notes);
        }
        VBox calls = new VBox(2);
        content.getChildren().addAll(heading("detail.calls"), calls);
        runner.later(() -> model.hotlist().callLog(l.id()), entries -> {
            if (shown != lead) {
                return;
            }
            if (entries.isEmpty()) {
                calls.getChildren().add(muted(i18n.t("detail.noCalls")));
            }
            for (CallLogEntry e : entries) {
                String when = WHEN.format(e.at().atZone(ZoneId.systemDefault()));
                String back = e.callBackOn() != null ? " → " + e.callBackOn() : "";
                String note = e.note().isBlank() ? "" : " · " + e.note();
                calls.getChildren().add(new Label(when + "  " + i18n.t("outcome." + e.outcome()) + back + note));
            }
        }, e -> { });
    }

    /** Logs an outcome for the shown lead (also bound to keys 1–6 by the main window). */
    public void log(CallOutcome outcome) {
        if (shown == null) {
            return;
        }
        Lead lead = shown.lead();
        if (lead.doNotCall()) {
            // the sheet says this person is not to be called: no call is offered or logged
            status.accept(i18n.t("status.doNotCall", lead.displayName()));
            return;
        }
        LocalDate callBack = null;
        if (outcome == CallOutcome.CALL_BACK) {
            Optional<LocalDate> day = askCallBackDay();
            if (day.isEmpty()) {
                return;
            }
            callBack = day.get();
        }
        LocalDate on = callBack;
        runner.later(() -> model.hotlist().logCall(lead.id(), outcome, on, ""), entry -> {
            status.accept(i18n.t("status.called", lead.displayName(), i18n.t("outcome." + outcome)));
            model.refresh();
        }, e -> status.accept(e.getLocalizedMessage()));
    }

    private Optional<LocalDate> askCallBackDay() {
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.setTitle(i18n.t("callback.title"));
        dialog.setHeaderText(i18n.t("callback.header"));
        DatePicker picker = new DatePicker(model.asOfProperty().get().plusDays(1));
        dialog.getDialogPane().setContent(picker);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? picker.getValue() : null);
        return dialog.showAndWait();
    }

    private FlowPane outcomeButtons(Lead lead) {
        FlowPane buttons = new FlowPane(6, 6);
        int key = 1;
        for (CallOutcome outcome : CallOutcome.values()) {
            Button b = new Button(key++ + "  " + i18n.t("outcome." + outcome));
            b.setId("log-" + outcome.name());
            b.getStyleClass().add("outcome-button");
            b.setOnAction(e -> log(outcome));
            buttons.getChildren().add(b);
        }
        return buttons;
    }

    private FlowPane stageAndSnooze(Lead lead) {
        ComboBox<Stage> stage = new ComboBox<>();
        stage.getItems().setAll(Stage.values());
        stage.setValue(lead.stage());
        stage.setConverter(i18n.names("stage"));
        stage.setOnAction(e -> {
            Stage chosen = stage.getValue();
            if (chosen != null && chosen != lead.stage()) {
                saveEdit(lead.toBuilder().stage(chosen).build());
            }
        });
        Button day = snooze("detail.snoozeDay", lead, 1);
        Button week = snooze("detail.snoozeWeek", lead, 7);
        HBox stageBox = new HBox(6, new Label(i18n.t("detail.stage")), stage);
        stageBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox snoozeBox = new HBox(6, new Label(i18n.t("detail.snooze")), day, week);
        snoozeBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        FlowPane row = new FlowPane(12, 6, stageBox, snoozeBox);
        row.getStyleClass().add("detail-actions");
        return row;
    }

    private Button snooze(String key, Lead lead, int days) {
        Button b = new Button(i18n.t(key));
        b.setOnAction(e -> saveEdit(lead.toBuilder().snoozedUntil(model.asOfProperty().get().plusDays(days)).build()));
        return b;
    }

    /** Saves an edit of the lead as shown; a conflict goes to the dialog; the list re-ranks either way. */
    private void saveEdit(Lead edited) {
        edits.save(model.hotlist(), edited, stored -> {
            status.accept(i18n.t("status.saved", stored.displayName()));
            model.refresh();
        }, err -> status.accept(err.getLocalizedMessage()));
    }

    /** Who owns the lead on the team, and claiming it (atomic in the database) or giving it back. */
    private HBox ownerRow(Lead lead) {
        String me = model.hotlist().user();
        Label owner = new Label(lead.isUnassigned() ? i18n.t("detail.unassigned") : i18n.t("detail.owner", lead.assignee()));
        owner.setId("leadOwner");
        HBox row = new HBox(8, owner);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (!lead.assignee().equals(me)) {
            Button claim = new Button(i18n.t("detail.claim"));
            claim.setId("claimLead");
            claim.setOnAction(e -> runner.later(() -> model.hotlist().claim(lead.id()), outcome -> {
                if (outcome instanceof ClaimOutcome.TakenBy taken) {
                    status.accept(i18n.t("status.claimTaken", lead.displayName(), taken.owner()));
                } else {
                    status.accept(i18n.t("status.claimed", lead.displayName()));
                }
                model.refresh();
            }, err -> status.accept(err.getLocalizedMessage())));
            row.getChildren().add(claim);
        } else {
            Button release = new Button(i18n.t("detail.release"));
            release.setId("releaseLead");
            release.setOnAction(e -> runner.later(() -> model.hotlist().release(lead.id()), ok -> model.refresh(),
                    err -> status.accept(err.getLocalizedMessage())));
            row.getChildren().add(release);
        }
        return row;
    }

    /** The salesperson's own notes: typed text is kept as a draft until it is saved. */
    private VBox myNotes(Lead lead) {
        TextArea notes = new TextArea(drafts.getOrDefault(lead.id(), lead.userNotes()));
        notes.setId("myNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().addListener((obs, old, text) -> {
            if (text.equals(lead.userNotes())) {
                drafts.remove(lead.id());
            } else {
                drafts.put(lead.id(), text);
            }
        });
        Button save = new Button(i18n.t("detail.saveNotes"));
        save.setId("saveNotes");
        save.setOnAction(e -> {
            String text = notes.getText();
            edits.save(model.hotlist(), lead.toBuilder().userNotes(text).build(), stored -> {
                drafts.remove(lead.id());
                status.accept(i18n.t("status.saved", stored.displayName()));
                model.refresh();
            }, err -> status.accept(err.getLocalizedMessage())); // the draft stays: nothing typed is lost
        });
        return new VBox(4, notes, save);
    }

    /** Notes typed for {@code leadId} and not saved yet. */
    public Optional<String> draft(long leadId) {
        return Optional.ofNullable(drafts.get(leadId));
    }

    private Label heading(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("detail-heading");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }
}
