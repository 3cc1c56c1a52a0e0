package org.sosqa.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * Draws a {@link Chart} from its {@link Table} as inline SVG. Colours are the Okabe-Ito palette, which
 * readers with the common colour-vision deficiencies can tell apart, and never carry meaning alone: each
 * series also has its own fill pattern or marker shape, a legend, and its values written beside the bars;
 * the table beside the chart holds every figure.
 */
final class SvgChart {

    /** Okabe &amp; Ito (2008), in an order that keeps neighbouring series far apart. */
    static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
        "#000000"};
    /** Grades, best first: green, sky blue, orange, vermillion. */
    static final String[] STACK_PALETTE = {"#009E73", "#56B4E9", "#E69F00", "#D55E00"};

    private static final int WIDTH = 640;
    private static final int LABEL = 210;
    private static final int PLOT = 360;

    private final Table table;
    private final Chart chart;
    private final String id;
    private final StringBuilder svg = new StringBuilder();

    private SvgChart(Table table, Chart chart) {
        this.table = table;
        this.chart = chart;
        this.id = "chart-" + table.id();
    }

    /** The SVG element, labelled for screen readers by its title and description. */
    static String draw(Table table, Chart chart) {
        return new SvgChart(table, chart).draw();
    }

    private String draw() {
        return switch (chart.kind()) {
            case BARS -> bars();
            case STACKED -> stacked();
            case LINES -> lines();
        };
    }

    private String open(int height) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\"><title id=\"").append(id).append("-title\">").append(Encode.forXml(table.title()))
                .append("</title><desc id=\"").append(id).append("-desc\">").append(Encode.forXml(
                        "Chart of " + unitText() + "; the same figures are in the table beside it."))
                .append("</desc>");
        patterns();
        return "";
    }

    private String unitText() {
        return chart.unit() + " by " + table.columns().get(table.column(chart.category())).header().toLowerCase(Locale.UK);
    }

    /** One fill pattern per series after the first, drawn over the colour. */
    private void patterns() {
        svg.append("<defs>");
        String[] paths = {"", "M0,8 L8,0", "M0,0 L8,8", "M4,0 L4,8", "M0,4 L8,4", "M0,8 L8,0 M0,0 L8,8",
            "M0,4 L8,4 M4,0 L4,8", "M0,2 L8,2 M0,6 L8,6"};
        for (int i = 1; i < paths.length; i++) {
            svg.append("<pattern id=\"").append(id).append("-p").append(i)
                    .append("\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><path d=\"").append(paths[i])
                    .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\" stroke-opacity=\"0.8\"/></pattern>");
        }
        svg.append("</defs>");
    }

    private String colour(int series) {
        String[] palette = chart.kind() == Chart.Kind.STACKED && chart.series().size() <= 4 ? STACK_PALETTE : PALETTE;
        return palette[series % palette.length];
    }

    private void swatch(double x, double y, double w, double h, int series) {
        svg.append(rect(x, y, w, h, colour(series)));
        if (series % 8 != 0) {
            svg.append(rect(x, y, w, h, "url(#" + id + "-p" + (series % 8) + ")"));
        }
    }

    private int legend(int y) {
        double x = LABEL;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = header(chart.series().get(s));
            double width = 22 + Math.min(200, name.length() * 6.2);
            if (x + width > WIDTH - 4) {
                x = LABEL;
                y += 18;
            }
            if (chart.kind() == Chart.Kind.LINES) {
                svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(f(y + 6)).append("\" x2=\"")
                        .append(f(x + 14)).append("\" y2=\"").append(f(y + 6)).append("\" stroke=\"").append(colour(s))
                        .append("\" stroke-width=\"2\"").append(dash(s)).append("/>");
                marker(x + 7, y + 6, s);
            } else {
                swatch(x, y, 14, 12, s);
            }
            svg.append(text(x + 18, y + 10, name, "start", 11));
            x += width;
        }
        return y + 24;
    }

    private String bars() {
        List<String> series = chart.series();
        int barH = 12;
        int group = Math.max(30, series.size() * (barH + 2) + 10);
        int legendRows = 1 + (int) Math.ceil(series.size() / 3.0);
        int top = 8 + legendRows * 18;
        int height = top + table.rows().size() * group + 24;
        open(height);
        legend(8);
        axis(top, height - 22);
        int cat = table.column(chart.category());
        double y = top;
        for (List<Object> row : table.rows()) {
            label(y + group / 2.0 - 2, String.valueOf(row.get(cat)));
            for (int s = 0; s < series.size(); s++) {
                BigDecimal v = number(row.get(table.column(series.get(s))));
                double by = y + s * (barH + 2);
                if (v == null) {
                    svg.append(text(LABEL + 4, by + barH - 2, "no value", "start", 10));
                    continue;
                }
                double w = Math.max(0, Math.min(1, v.doubleValue() / chart.max())) * PLOT;
                swatch(LABEL, by, w, barH, s);
                svg.append(text(LABEL + w + 4, by + barH - 2, v.toPlainString(), "start", 10));
            }
            y += group;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private String stacked() {
        List<String> series = chart.series();
        int barH = 20;
        int top = 8 + 18 * (1 + (int) Math.ceil(series.size() / 3.0));
        int height = top + table.rows().size() * (barH + 10) + 24;
        open(height);
        legend(8);
        axis(top, height - 22);
        int cat = table.column(chart.category());
        double y = top;
        for (List<Object> row : table.rows()) {
            label(y + barH - 6, String.valueOf(row.get(cat)));
            double x = LABEL;
            for (int s = 0; s < series.size(); s++) {
                BigDecimal v = number(row.get(table.column(series.get(s))));
                if (v == null) {
                    continue;
                }
                double w = Math.max(0, v.doubleValue() / chart.max()) * PLOT;
                swatch(x, y, w, barH, s);
                if (w >= 30) {
                    svg.append("<text x=\"").append(f(x + w / 2)).append("\" y=\"").append(f(y + barH - 6))
                            .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#000000\" stroke=\"#ffffff\""
                                    + " stroke-width=\"3\" paint-order=\"stroke\">")
                            .append(Encode.forXml(v.toPlainString())).append("</text>");
                }
                x += w;
            }
            y += barH + 10;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private String lines() {
        List<String> series = chart.series();
        int top = 8 + 18 * (1 + (int) Math.ceil(series.size() / 3.0));
        int plotH = 220;
        int height = top + plotH + 60;
        open(height);
        legend(8);
        int left = 60;
        int right = WIDTH - 20;
        int n = table.rows().size();
        double step = n <= 1 ? 0 : (right - left) / (double) (n - 1);
        for (int t = 0; t <= 4; t++) {
            double gy = top + plotH - plotH * t / 4.0;
            svg.append("<line x1=\"").append(left).append("\" y1=\"").append(f(gy)).append("\" x2=\"").append(right)
                    .append("\" y2=\"").append(f(gy)).append("\" stroke=\"#cccccc\" stroke-width=\"1\"/>");
            svg.append(text(left - 6, gy + 4, trim(chart.max() * t / 4), "end", 10));
        }
        int cat = table.column(chart.category());
        int every = Math.max(1, (n + 5) / 6);
        for (int i = 0; i < n; i++) {
            if ((n - 1 - i) % every == 0) { // counted back from the latest, which is always labelled
                // The latest label ends at its point, so it stays inside the chart.
                svg.append(text(left + i * step, top + plotH + 16, String.valueOf(table.rows().get(i).get(cat)),
                        i == n - 1 && n > 1 ? "end" : "middle", 10));
            }
        }
        for (int s = 0; s < series.size(); s++) {
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                BigDecimal v = number(table.rows().get(i).get(table.column(series.get(s))));
                if (v != null) {
                    points.add(new double[] {left + i * step, top + plotH - plotH * Math.min(1, v.doubleValue() / chart.max())});
                }
            }
            StringBuilder d = new StringBuilder();
            for (double[] p : points) {
                d.append(d.length() == 0 ? "" : " ").append(f(p[0])).append(',').append(f(p[1]));
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour(s)).append("\" stroke-width=\"2\"")
                    .append(dash(s)).append(" points=\"").append(d).append("\"/>");
            for (double[] p : points) {
                marker(p[0], p[1], s);
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** A row's name left of its bars: on two lines when long, cut short with an ellipsis when longer still. */
    private void label(double y, String name) {
        int max = 30;
        if (name.length() <= max) {
            svg.append(text(LABEL - 6, y, name, "end", 11));
            return;
        }
        int cut = name.lastIndexOf(' ', max);
        if (cut <= 0) {
            cut = max;
        }
        svg.append(text(LABEL - 6, y - 6, name.substring(0, cut), "end", 11));
        svg.append(text(LABEL - 6, y + 7, shorten(name.substring(cut).trim(), max), "end", 11));
    }

    private void axis(int top, int bottom) {
        for (int t = 0; t <= 4; t++) {
            double x = LABEL + PLOT * t / 4.0;
            svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(top - 2).append("\" x2=\"").append(f(x))
                    .append("\" y2=\"").append(bottom).append("\" stroke=\"#cccccc\" stroke-width=\"1\"/>");
            svg.append(text(x, bottom + 14, trim(chart.max() * t / 4), "middle", 10));
        }
    }

    /** A different marker shape for each series: circle, square, triangle, diamond, then again hollow. */
    private void marker(double x, double y, int s) {
        String c = colour(s);
        String fill = s < 4 ? c : "#ffffff";
        switch (s % 4) {
            case 0 -> svg.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y))
                    .append("\" r=\"4\" fill=\"").append(fill).append("\" stroke=\"").append(c).append("\"/>");
            case 1 -> svg.append(rect(x - 4, y - 4, 8, 8, fill).replace("/>", " stroke=\"" + c + "\"/>"));
            case 2 -> svg.append("<path d=\"M").append(f(x)).append(',').append(f(y - 5)).append(" L").append(f(x + 5))
                    .append(',').append(f(y + 4)).append(" L").append(f(x - 5)).append(',').append(f(y + 4))
                    .append(" Z\" fill=\"").append(fill).append("\" stroke=\"").append(c).append("\"/>");
            default -> svg.append("<path d=\"M").append(f(x)).append(',').append(f(y - 5)).append(" L").append(f(x + 5))
                    .append(',').append(f(y)).append(" L").append(f(x)).append(',').append(f(y + 5)).append(" L")
                    .append(f(x - 5)).append(',').append(f(y)).append(" Z\" fill=\"").append(fill)
                    .append("\" stroke=\"").append(c).append("\"/>");
        }
    }

    private static String dash(int s) {
        String[] dashes = {"", " stroke-dasharray=\"6 3\"", " stroke-dasharray=\"2 3\"", " stroke-dasharray=\"8 3 2 3\""};
        return dashes[s % dashes.length];
    }

    private String header(String key) {
        return table.columns().get(table.column(key)).header();
    }

    private static BigDecimal number(Object cell) {
        if (cell instanceof BigDecimal d) {
            return d;
        }
        if (cell instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        return null;
    }

    private static String rect(double x, double y, double w, double h, String fill) {
        return "<rect x=\"" + f(x) + "\" y=\"" + f(y) + "\" width=\"" + f(w) + "\" height=\"" + f(h) + "\" fill=\""
                + Encode.forXmlAttribute(fill) + "\"/>";
    }

    private static String text(double x, double y, String text, String anchor, int size) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\" fill=\"#1a1a1a\">" + Encode.forXml(text) + "</text>";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Coordinates to one decimal place, the same on every platform. */
    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
