package dev.hotlist.ui.pipeline;

import dev.hotlist.domain.RankedLead;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * The Why of a row: its strongest reasons in full, each wrapped at the column's width rather than cut with "…"
 * (a table row takes its height from its cells' heights at no particular width, which a wrapping label does not
 * give and a {@link Text} with a wrapping width does), and every reason on hover.
 */
final class WhyCell extends TableCell<RankedLead, RankedLead> {
    static final int SHOWN = 2;
    /** The cell's left and right padding, which the text must not run into. */
    private static final double PADDING = 12;
    private final Function<RankedLead, List<String>> reasons;
    private final Tooltip tip = new Tooltip();

    WhyCell(Function<RankedLead, List<String>> reasons) {
        this.reasons = reasons;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setAlignment(Pos.CENTER_LEFT);
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(560);
    }

    @Override
    protected void updateItem(RankedLead r, boolean empty) {
        super.updateItem(r, empty);
        setText(null);
        if (empty || r == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        List<String> all = reasons.apply(r);
        VBox lines = new VBox(1);
        for (String line : all.subList(0, Math.min(SHOWN, all.size()))) {
            Text t = new Text(line);
            t.getStyleClass().addAll("why-text", line.startsWith("\u2212") ? "reason-minus" : "reason-plus");
            t.wrappingWidthProperty().bind(getTableColumn().widthProperty().subtract(PADDING));
            lines.getChildren().add(t);
        }
        tip.setText(String.join("\n", all));
        setTooltip(tip);
        setGraphic(lines);
    }
}
