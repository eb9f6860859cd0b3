package dev.hotlist.ui.charts;

import dev.hotlist.domain.RankedLead;
import dev.hotlist.domain.Tier;
import dev.hotlist.ui.I18n;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Need (up) against timing (across) for the leads of the current view, one dot each in its tier's colour, with the
 * four tier quadrants drawn and named at the current thresholds and the selected lead ringed. Drawn on a canvas,
 * so a view of 100,000 leads is one picture rather than 100,000 nodes; a click selects the nearest dot.
 */
public final class QuadrantChart extends Region {
    private static final double PAD_LEFT = 34;
    private static final double PAD_BOTTOM = 28;
    private static final double PAD = 10;
    private static final double HIT_RADIUS = 8;
    private final Canvas canvas = new Canvas();
    private final I18n i18n;
    private List<RankedLead> leads = List.of();
    private int hotNeed = 70;
    private int hotTiming = 75;
    private long selectedId = -1;

    public QuadrantChart(I18n i18n, LongConsumer onPick) {
        this.i18n = i18n;
        setId("quadrantChart");
        getChildren().add(canvas);
        setMinSize(200, 180);
        setPrefSize(360, 300);
        canvas.setOnMouseClicked(e -> nearest(e.getX(), e.getY()).ifPresent(onPick::accept));
    }

    public void show(List<RankedLead> shown, int needThreshold, int timingThreshold, long selected) {
        leads = shown;
        hotNeed = needThreshold;
        hotTiming = timingThreshold;
        selectedId = selected;
        draw();
    }

    /** Where a lead's dot is drawn, in the chart's own coordinates. */
    public double[] pointOf(RankedLead r) {
        return new double[] {x(r.score().timing()), y(r.score().need())};
    }

    /** The id of the lead whose dot is nearest (x, y), within a few pixels. */
    java.util.OptionalLong nearest(double px, double py) {
        long best = -1;
        double bestDistance = HIT_RADIUS * HIT_RADIUS;
        for (RankedLead r : leads) {
            double dx = x(r.score().timing()) - px;
            double dy = y(r.score().need()) - py;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = r.lead().id();
            }
        }
        return best < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(best);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    private double plotWidth() {
        return Math.max(1, getWidth() - PAD_LEFT - PAD);
    }

    private double plotHeight() {
        return Math.max(1, getHeight() - PAD - PAD_BOTTOM);
    }

    private double x(double timing) {
        return PAD_LEFT + timing / 100 * plotWidth();
    }

    private double y(double need) {
        return PAD + (100 - need) / 100 * plotHeight();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w < 10 || h < 10) {
            return;
        }
        double tx = x(hotTiming);
        double ny = y(hotNeed);
        // the quadrants: hungry (top) or not, soon (right) or not
        fill(g, tx, PAD, x(100) - tx, ny - PAD, Tier.HOT);
        fill(g, PAD_LEFT, PAD, tx - PAD_LEFT, ny - PAD, Tier.SCHEDULE);
        fill(g, tx, ny, x(100) - tx, y(0) - ny, Tier.QUALIFY);
        fill(g, PAD_LEFT, ny, tx - PAD_LEFT, y(0) - ny, Tier.NURTURE);
        g.setStroke(Color.web("#9ca3af"));
        g.setLineWidth(1);
        g.strokeRect(PAD_LEFT, PAD, plotWidth(), plotHeight());
        g.setLineDashes(4, 4);
        g.strokeLine(tx, PAD, tx, y(0));
        g.strokeLine(PAD_LEFT, ny, x(100), ny);
        g.setLineDashes();
        g.setFont(Font.font(11));
        g.setFill(Color.web("#6b7280"));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(i18n.t("chart.timing", hotTiming), PAD_LEFT + plotWidth() / 2, y(0) + 6);
        g.save();
        g.translate(12, PAD + plotHeight() / 2);
        g.rotate(-90);
        g.fillText(i18n.t("chart.need", hotNeed), 0, -6);
        g.restore();
        double r = leads.size() > 5000 ? 1.5 : leads.size() > 500 ? 2.5 : 4;
        RankedLead chosen = null;
        for (RankedLead lead : leads) {
            g.setFill(color(lead.score().tier()).deriveColor(0, 1, 1, leads.size() > 5000 ? 0.35 : 0.8));
            g.fillOval(x(lead.score().timing()) - r, y(lead.score().need()) - r, 2 * r, 2 * r);
            if (lead.lead().id() == selectedId) {
                chosen = lead;
            }
        }
        // the names at the corners where the thresholds cross, over the dots: leads crowd the outer corners
        label(g, Tier.HOT, tx + 4, ny - 3, TextAlignment.LEFT, VPos.BOTTOM);
        label(g, Tier.SCHEDULE, tx - 4, ny - 3, TextAlignment.RIGHT, VPos.BOTTOM);
        label(g, Tier.QUALIFY, tx + 4, ny + 3, TextAlignment.LEFT, VPos.TOP);
        label(g, Tier.NURTURE, tx - 4, ny + 3, TextAlignment.RIGHT, VPos.TOP);
        if (chosen != null) {
            double cx = x(chosen.score().timing());
            double cy = y(chosen.score().need());
            g.setStroke(Color.web("#111827"));
            g.setLineWidth(2.5);
            g.strokeOval(cx - 8, cy - 8, 16, 16);
        }
    }

    private void fill(GraphicsContext g, double x, double y, double w, double h, Tier tier) {
        g.setFill(color(tier).deriveColor(0, 1, 1, 0.10));
        g.fillRect(x, y, w, h);
    }

    /** A quadrant's name on a light box, so a dot under it never hides it. */
    private void label(GraphicsContext g, Tier tier, double x, double y, TextAlignment align, VPos baseline) {
        String text = i18n.t("tier." + tier.name());
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(g.getFont());
        double w = measure.getLayoutBounds().getWidth();
        double h = measure.getLayoutBounds().getHeight();
        double left = align == TextAlignment.RIGHT ? x - w : x;
        double top = baseline == VPos.BOTTOM ? y - h : y;
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRoundRect(left - 2, top - 1, w + 4, h + 2, 4, 4);
        g.setTextAlign(align);
        g.setTextBaseline(baseline);
        g.setFill(color(tier).darker());
        g.fillText(text, x, y);
    }

    static Color color(Tier tier) {
        return switch (tier) {
            case HOT -> Color.web("#d7263d");
            case SCHEDULE -> Color.web("#f29e4c");
            case QUALIFY -> Color.web("#3a86ff");
            case NURTURE -> Color.web("#9ca3af");
        };
    }
}
