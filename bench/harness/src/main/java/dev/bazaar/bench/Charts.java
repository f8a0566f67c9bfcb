package dev.bazaar.bench;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The summary's PNG charts (JFreeChart, headless): bars by category, lines by x. */
final class Charts {

    static final int WIDTH = 720;
    static final int HEIGHT = 400;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** Bars: {@code values} is series -> category -> value. */
    static void bars(Path png, String title, String axis, Map<String, Map<String, Double>> values) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((series, byCategory) -> byCategory.forEach((category, value) -> {
            if (value != null && !value.isNaN()) {
                data.addValue(value, series, category);
            }
        }));
        JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setBackgroundPaint(new Color(0xf4f4f4));
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(2.0f);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
    }

    /** Lines with points: {@code values} is series -> x -> y. */
    static void lines(Path png, String title, String xAxis, String yAxis, Map<String, Map<Double, Double>> values, boolean logY)
            throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        values.forEach((name, points) -> {
            XYSeries series = new XYSeries(name);
            points.forEach((x, y) -> {
                if (y != null && !y.isNaN() && (!logY || y > 0)) {
                    series.add(x, y);
                }
            });
            data.addSeries(series);
        });
        JFreeChart chart = ChartFactory.createXYLineChart(title, xAxis, yAxis, data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(new Color(0xf4f4f4));
        boolean few = values.values().stream().allMatch(points -> points.size() <= 20);
        plot.setRenderer(new XYLineAndShapeRenderer(true, few)); // points only where there are few
        if (logY) {
            org.jfree.chart.axis.LogAxis log = new org.jfree.chart.axis.LogAxis(yAxis);
            log.setSmallestValue(0.1);
            log.setBase(10);
            log.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.#"));
            plot.setRangeAxis(log);
        }
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
    }

    /** The share of samples (y, %) at or below each latency (x, ms): a latency distribution. */
    static Map<Double, Double> cdf(long[] sortedMicros) {
        Map<Double, Double> points = new LinkedHashMap<>();
        int n = sortedMicros.length;
        if (n == 0) {
            return points;
        }
        int step = Math.max(1, n / 400);
        for (int i = 0; i < n; i += step) {
            points.put(sortedMicros[i] / 1000.0, 100.0 * (i + 1) / n);
        }
        points.put(sortedMicros[n - 1] / 1000.0, 100.0);
        return points;
    }
}
