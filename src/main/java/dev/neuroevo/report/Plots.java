package dev.neuroevo.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's plots, drawn by JFreeChart into PNGs: one colour per run, so that several runs
 * overlay their curves. AWT runs headless: a driver on a cluster has no display.
 */
public final class Plots {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;
    /** Matplotlib's tab10: distinct for the first ten runs, then it repeats. */
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    /** One plot: the PNG's file name, a title for the page, and the image. */
    public record Figure(String file, String title, byte[] png) {
    }

    private Plots() {
    }

    /** Every plot the runs' data allows, in the page's order. */
    public static List<Figure> of(List<RunData> runs) {
        List<Figure> out = new ArrayList<>();
        out.add(fitness(runs, "generation", "fitness-generations.png", "Fitness by generation"));
        out.add(fitness(runs, "evaluations", "fitness-evaluations.png", "Fitness by evaluations"));
        out.add(rate(runs, "evaluations", "evaluations-per-second.png", "Evaluations per second"));
        if (runs.stream().anyMatch(r -> max(r.metrics().column("env_steps")) > 0)) {
            out.add(rate(runs, "env_steps", "env-steps-per-second.png", "Environment steps per second"));
        }
        List<String> diagnostics = new ArrayList<>();
        for (RunData r : runs) {
            r.metrics().diagnostics().stream().filter(d -> !diagnostics.contains(d)).forEach(diagnostics::add);
        }
        for (String d : diagnostics) {
            out.add(diagnostic(runs, d));
        }
        if (runs.stream().anyMatch(r -> r.returns() != null)) {
            out.add(returns(runs));
        }
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).confusion() != null) {
                String suffix = runs.size() == 1 ? "" : "-" + (i + 1);
                out.add(confusion(runs.get(i), "confusion" + suffix + ".png"));
            }
        }
        if (runs.stream().anyMatch(r -> r.confusion() != null)) {
            out.add(classAccuracy(runs));
        }
        return out;
    }

    /**
     * Best (line) and mean with a band of one standard deviation, per run, against {@code x}. A
     * minimisation (every fitness negative, minus the function value) spanning more than three
     * decades is drawn as minus the fitness on a log scale, without the band: a linear axis flattens
     * everything after the first generations to zero.
     */
    private static Figure fitness(List<RunData> runs, String x, String file, String title) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        boolean negative = true;
        for (RunData r : runs) {
            for (String c : List.of("best", "mean")) {
                for (double v : r.metrics().column(c)) {
                    negative &= !(v >= 0);
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, -v);
                        hi = Math.max(hi, -v);
                    }
                }
            }
        }
        boolean log = negative && lo > 0 && hi / lo > 1e3;
        double sign = log ? -1 : 1;
        YIntervalSeriesCollection spread = new YIntervalSeriesCollection();
        XYSeriesCollection best = new XYSeriesCollection();
        for (RunData r : runs) {
            MetricsColumns m = r.metrics();
            YIntervalSeries s = new YIntervalSeries(r.name() + (log ? " mean" : " mean \u00b1 std"));
            XYSeries b = new XYSeries(r.name() + " best", false, true);
            double[] xs = m.column(x);
            double[] mean = m.column("mean");
            double[] std = m.column("std");
            double[] top = m.column("best");
            for (int i = 0; i < m.rows(); i++) {
                double mu = sign * finite(mean[i]);
                double sd = log ? 0 : finite(std[i]);
                s.add(xs[i], mu, mu - sd, mu + sd);
                b.add(xs[i], sign * finite(top[i]));
            }
            spread.addSeries(s);
            best.addSeries(b);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, x, "fitness", best, PlotOrientation.VERTICAL,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, fewPoints(best));
        DeviationRenderer band = new DeviationRenderer(true, false);
        band.setAlpha(0.2f);
        for (int i = 0; i < runs.size(); i++) {
            lines.setSeriesPaint(i, color(i));
            lines.setSeriesStroke(i, new BasicStroke(2f));
            band.setSeriesPaint(i, color(i));
            band.setSeriesFillPaint(i, color(i));
            band.setSeriesStroke(i, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {4f, 4f}, 0f));
        }
        plot.setRenderer(0, lines);
        plot.setDataset(1, spread);
        plot.setRenderer(1, band);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        if (log) {
            plot.setRangeAxis(new LogAxis("-fitness (log scale)"));
        }
        plot.getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return figure(file, title, chart);
    }

    /** How fast a cumulative column grew, per generation. */
    private static Figure rate(List<RunData> runs, String column, String file, String title) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (RunData r : runs) {
            XYSeries s = new XYSeries(r.name(), false, true);
            double[] g = r.metrics().column("generation");
            double[] v = r.metrics().rate(column);
            for (int i = 0; i < v.length; i++) {
                s.add(g[i], finite(v[i]));
            }
            data.addSeries(s);
        }
        return lines(data, file, title, "generation", title.toLowerCase(java.util.Locale.ROOT));
    }

    /** A strategy diagnostic against the generation; on a log scale when it spans more than two decades. */
    private static Figure diagnostic(List<RunData> runs, String name) {
        XYSeriesCollection data = new XYSeriesCollection();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (RunData r : runs) {
            double[] v = r.metrics().column(name);
            if (v == null) {
                continue;
            }
            XYSeries s = new XYSeries(r.name(), false, true);
            double[] g = r.metrics().column("generation");
            for (int i = 0; i < v.length; i++) {
                s.add(g[i], finite(v[i]));
                if (Double.isFinite(v[i])) {
                    lo = Math.min(lo, v[i]);
                    hi = Math.max(hi, v[i]);
                }
            }
            data.addSeries(s);
        }
        Figure linear = lines(data, "diagnostic-" + name + ".png", "Strategy diagnostic: " + name, "generation", name);
        if (!(lo > 0 && hi / lo > 100)) {
            return linear;
        }
        JFreeChart chart = ChartFactory.createXYLineChart(linear.title(), "generation", name, data,
                PlotOrientation.VERTICAL, true, false, false);
        style(chart.getXYPlot(), data.getSeriesCount());
        chart.getXYPlot().setRangeAxis(new LogAxis(name + " (log scale)"));
        return figure(linear.file(), linear.title(), chart);
    }

    /** The final evaluation's returns: a histogram per run, overlaid. */
    private static Figure returns(List<RunData> runs) {
        HistogramDataset data = new HistogramDataset();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (RunData r : runs) {
            for (double v : r.returns() == null ? new double[0] : r.returns()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        // A shared range, so overlaid bars line up; a run whose returns are all equal still gets a visible bar.
        double pad = hi > lo ? 0 : Math.max(1, Math.abs(hi) * 0.01);
        for (RunData r : runs) {
            if (r.returns() != null && r.returns().length > 0) {
                data.addSeries(r.name(), r.returns(), 20, lo - pad, hi + pad);
            }
        }
        String title = "Final evaluation: return per episode";
        JFreeChart chart = ChartFactory.createHistogram(title, "return", "episodes", data, PlotOrientation.VERTICAL,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYBarRenderer bars = (XYBarRenderer) plot.getRenderer();
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        plot.setForegroundAlpha(runs.size() > 1 ? 0.6f : 1f);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            bars.setSeriesPaint(i, color(i));
            bars.setSeriesOutlinePaint(i, Color.WHITE);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return figure("final-returns.png", title, chart);
    }

    /** The confusion matrix of one classifier's test split, with each cell's count written in it. */
    private static Figure confusion(RunData run, String file) {
        long[][] c = run.confusion();
        int n = c.length;
        double[][] xyz = new double[3][n * n];
        long top = 1;
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                xyz[0][t * n + p] = p;
                xyz[1][t * n + p] = t;
                xyz[2][t * n + p] = c[t][p];
                top = Math.max(top, c[t][p]);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(run.name(), xyz);
        XYBlockRenderer blocks = new XYBlockRenderer();
        LookupPaintScale scale = new LookupPaintScale(0, top + 1.0, Color.WHITE);
        for (int k = 0; k <= 20; k++) {
            float f = k / 20f;
            scale.add(top * f, new Color(1 - 0.85f * f, 1 - 0.55f * f, 1 - 0.25f * f));
        }
        blocks.setPaintScale(scale);
        String[] names = run.labels().toArray(new String[0]);
        SymbolAxis predicted = new SymbolAxis("predicted class", names);
        SymbolAxis actual = new SymbolAxis("true class", names);
        for (SymbolAxis a : new SymbolAxis[] {predicted, actual}) {
            a.setRange(-0.5, n - 0.5);
            a.setGridBandsVisible(false);
        }
        predicted.setVerticalTickLabels(n > 10);
        actual.setInverted(true);
        XYPlot plot = new XYPlot(data, predicted, actual, blocks);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (n <= 20) {
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, n <= 10 ? 12 : 9);
            for (int t = 0; t < n; t++) {
                for (int p = 0; p < n; p++) {
                    XYTextAnnotation a = new XYTextAnnotation(Long.toString(c[t][p]), p, t);
                    a.setFont(font);
                    a.setPaint(c[t][p] > top / 2 ? Color.WHITE : Color.BLACK);
                    plot.addAnnotation(a);
                }
            }
        }
        String title = "Confusion matrix, test split: " + run.name();
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis("rows"));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        chart.setBackgroundPaint(Color.WHITE);
        return figure(file, title, chart, 620, 560);
    }

    /** Each class's accuracy on the test split (its confusion row's diagonal share), grouped by run. */
    private static Figure classAccuracy(List<RunData> runs) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (RunData r : runs) {
            long[][] c = r.confusion();
            for (int t = 0; c != null && t < c.length; t++) {
                long rows = 0;
                for (long k : c[t]) {
                    rows += k;
                }
                data.addValue(rows == 0 ? Double.NaN : (double) c[t][t] / rows, r.name(), r.labels().get(t));
            }
        }
        String title = "Accuracy per class, test split";
        JFreeChart chart = ChartFactory.createBarChart(title, "class", "accuracy", data, PlotOrientation.VERTICAL,
                true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setRange(0, 1);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        for (int i = 0; i < data.getRowCount(); i++) {
            bars.setSeriesPaint(i, color(i));
        }
        return figure("class-accuracy.png", title, chart);
    }

    private static Figure lines(XYSeriesCollection data, String file, String title, String x, String y) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, data, PlotOrientation.VERTICAL, true, false,
                false);
        style(chart.getXYPlot(), data.getSeriesCount());
        return figure(file, title, chart);
    }

    private static void style(XYPlot plot, int series) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, fewPoints((XYSeriesCollection) plot.getDataset()));
        for (int i = 0; i < series; i++) {
            r.setSeriesPaint(i, color(i));
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(r);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        plot.getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    private static Figure figure(String file, String title, JFreeChart chart) {
        return figure(file, title, chart, WIDTH, HEIGHT);
    }

    private static Figure figure(String file, String title, JFreeChart chart, int width, int height) {
        if (chart.getPlot() instanceof XYPlot p && p.getBackgroundPaint() != Color.WHITE) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(Color.LIGHT_GRAY);
            p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Figure(file, title, png.toByteArray());
    }

    /** Marks on the points of short runs, where a line alone hides which generations there are. */
    private static boolean fewPoints(XYSeriesCollection data) {
        int most = 0;
        for (int i = 0; i < data.getSeriesCount(); i++) {
            most = Math.max(most, data.getItemCount(i));
        }
        return most <= 30;
    }

    private static Color color(int i) {
        return COLORS[i % COLORS.length];
    }

    /** Non-finite points become gaps: an infinity would stretch the axis to nothing. */
    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    private static double max(double[] v) {
        double m = 0;
        for (double d : v == null ? new double[0] : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
