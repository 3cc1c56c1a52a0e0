package org.sosqa.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    private static final Table TABLE = new Table("t", "Share <by> team", List.of(Column.text("team", "Team"),
            Column.number("a", "First"), Column.number("b", "Second")),
            List.of(Numbers.row("North & co", new BigDecimal("50.0"), new BigDecimal("25.0")),
                    Numbers.row("South", null, new BigDecimal("100.0"))));

    @Test
    void barsAreAsLongAsTheirShareOfThePlot() {
        String svg = SvgChart.draw(TABLE, new Chart(Chart.Kind.BARS, "team", List.of("a", "b"), 100, "%"));
        // The plot is 360 px wide from x = 210: 50 of 100 is 180 px, 25 is 90, 100 is all 360.
        List<String> widths = widths(svg);
        assertTrue(widths.containsAll(List.of("180.0", "90.0", "360.0")), widths::toString);
        assertTrue(svg.contains(">no value<"), "a missing value is said, not drawn as zero");
        assertTrue(svg.contains(">50.0<") && svg.contains(">25.0<"), "values are written beside the bars");
    }

    @Test
    void textIsEscapedAndTheChartIsLabelled() {
        String svg = SvgChart.draw(TABLE, new Chart(Chart.Kind.STACKED, "team", List.of("a", "b"), 100, "%"));
        assertFalse(svg.contains("<by>"), "a title is escaped");
        assertTrue(svg.contains("Share &lt;by&gt; team"));
        assertTrue(svg.contains("North &amp; co"));
        assertTrue(svg.startsWith("<svg") && svg.contains("role=\"img\"") && svg.contains("<title id=\"chart-t-title\">"));
    }

    @Test
    void eachSeriesHasItsOwnPatternNotOnlyItsColour() {
        String svg = SvgChart.draw(TABLE, new Chart(Chart.Kind.BARS, "team", List.of("a", "b"), 100, "%"));
        assertTrue(svg.contains("fill=\"url(#chart-t-p1)\""), "the second series is hatched as well as coloured");
        String lines = SvgChart.draw(TABLE, new Chart(Chart.Kind.LINES, "team", List.of("a", "b"), 100, "%"));
        assertTrue(lines.contains("<circle") && lines.contains("<rect x="), "different marker shapes per line");
        assertTrue(lines.contains("stroke-dasharray"), "different dashes per line");
    }

    private static List<String> widths(String svg) {
        Matcher m = Pattern.compile("<rect x=\"210\\.0\" y=\"[^\"]+\" width=\"([^\"]+)\"").matcher(svg);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        assertEquals(false, out.isEmpty());
        return out;
    }
}
