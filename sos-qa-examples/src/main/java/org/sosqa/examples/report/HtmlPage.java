package org.sosqa.examples.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.owasp.encoder.Encode;

/**
 * Writes the report as one self-contained HTML page: inline CSS and SVG, no script, no web fonts, nothing
 * fetched, so it opens from a file and prints. Landmarks ({@code header}, {@code nav}, {@code main}, one
 * {@code section} per part, labelled by its heading) and a heading for every figure let screen-reader users
 * move around it; every chart sits in a {@code figure} with its table. Every piece of text from the evidence
 * is escaped for its context with the OWASP Java Encoder.
 */
final class HtmlPage {

    private static final String CSS = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
              color: #1a1a1a; background: #ffffff; line-height: 1.5; }
            .skip { position: absolute; left: -999px; top: 0; background: #ffffff; padding: .5rem; }
            .skip:focus { left: .5rem; }
            header { background: #0b3d5c; color: #ffffff; padding: 1.5rem 2rem; }
            header h1 { margin: 0 0 .25rem; font-size: 1.8rem; }
            header p { margin: .2rem 0; }
            .synthetic { display: inline-block; background: #F0E442; color: #000000; padding: .1rem .5rem;
              border-radius: .25rem; font-weight: 600; }
            nav { background: #eef3f6; padding: .5rem 2rem; border-bottom: 1px solid #c9d6de; }
            nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
            nav a { color: #0b3d5c; }
            main { padding: 1rem 2rem 3rem; max-width: 1400px; }
            section { border-top: 2px solid #c9d6de; margin-top: 2rem; padding-top: .5rem; }
            h2 { font-size: 1.45rem; margin: .5rem 0; }
            h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
            figure { margin: 0 0 1.5rem; display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
            .chart svg { max-width: 100%; height: auto; }
            table { border-collapse: collapse; font-size: .9rem; }
            .table { max-width: 100%; min-width: 0; overflow-x: auto; }
            caption { text-align: left; font-size: .85rem; color: #4a4a4a; padding-bottom: .25rem; }
            th, td { border: 1px solid #c9d6de; padding: .25rem .5rem; vertical-align: top; }
            thead th { background: #eef3f6; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .csv { font-size: .85rem; margin: .25rem 0 0; }
            .notice { border-left: 4px solid #E69F00; background: #fff6e5; padding: .5rem .75rem; }
            .example { border: 1px solid #c9d6de; border-radius: .25rem; padding: .5rem .75rem; margin: .75rem 0; }
            .example blockquote { margin: .5rem 0; padding-left: .75rem; border-left: 3px solid #c9d6de; }
            mark.met { background: #c7ecdf; outline: 1px solid #009E73; }
            mark.not-met { background: #fbd9c6; outline: 1px dashed #D55E00; }
            .badge { font-weight: 700; }
            footer { padding: 1rem 2rem; font-size: .85rem; color: #4a4a4a; border-top: 1px solid #c9d6de; }
            @media print { nav, .skip { display: none; } section { break-inside: avoid-page; } }
            """;

    private final Evidence evidence;
    private final List<Section> sections;

    HtmlPage(Evidence evidence, List<Section> sections) {
        this.evidence = evidence;
        this.sections = sections;
    }

    void write(Writer w) throws IOException {
        String name = evidence.organisationName();
        w.write("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        w.write(Encode.forHtml("Quality of practice report: " + name));
        w.write("</title>\n<style>\n");
        w.write(CSS);
        w.write("</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the report</a>\n<header>\n");
        w.write("<p>sos-qa organisation report</p>\n<h1>" + Encode.forHtml(name) + "</h1>\n");
        w.write("<p>Quality of practice to " + Encode.forHtml(evidence.reportDate().format(QualityCycle.DAY)) + "</p>\n");
        if (evidence.synthetic()) {
            w.write("<p><span class=\"synthetic\">Synthetic demonstration data: no real children, families or staff.</span></p>\n");
        }
        w.write("</header>\n<nav aria-label=\"Sections of the report\">\n<ul>\n");
        for (Section s : sections) {
            w.write("<li><a href=\"#" + Encode.forHtmlAttribute(s.key()) + "\">" + Encode.forHtml(s.title()) + "</a></li>\n");
        }
        w.write("</ul>\n</nav>\n<main id=\"main\">\n");
        for (Section s : sections) {
            section(w, s);
        }
        w.write("</main>\n<footer>\n<p>Made by sos-qa from the evidence of one quality assurance cycle. Every figure is"
                + " in the tables beside the charts and in csv/ and report.json beside this page. The audit instrument,"
                + " dashboard measures and survey items are the library's own, built from public guidance; they are not"
                + " the Signs of Safety consultancy's tools. No claim is made about effects on children's outcomes.</p>\n");
        w.write("</footer>\n</body>\n</html>\n");
    }

    private void section(Writer w, Section s) throws IOException {
        String key = Encode.forHtmlAttribute(s.key());
        w.write("<section id=\"" + key + "\" aria-labelledby=\"" + key + "-heading\">\n");
        w.write("<h2 id=\"" + key + "-heading\">" + Encode.forHtml(s.title()) + "</h2>\n");
        for (Block b : s.blocks()) {
            if (b instanceof Block.Paragraph p) {
                w.write("<p>" + Encode.forHtml(p.text()) + "</p>\n");
            } else if (b instanceof Block.Points list) {
                w.write("<ul>\n");
                for (String point : list.points()) {
                    w.write("<li>" + Encode.forHtml(point) + "</li>\n");
                }
                w.write("</ul>\n");
            } else if (b instanceof Block.Notice n) {
                w.write("<p class=\"notice\" role=\"note\"><strong>Note:</strong> " + Encode.forHtml(n.text()) + "</p>\n");
            } else if (b instanceof Block.Figure f) {
                figure(w, f);
            } else if (b instanceof Block.Example x) {
                example(w, x);
            }
        }
        w.write("</section>\n");
    }

    private void figure(Writer w, Block.Figure f) throws IOException {
        Table t = f.table();
        String id = Encode.forHtmlAttribute(t.id());
        w.write("<h3 id=\"" + id + "-heading\">" + Encode.forHtml(t.title()) + "</h3>\n");
        w.write("<figure aria-labelledby=\"" + id + "-heading\">\n");
        if (f.chart() != null) {
            w.write("<div class=\"chart\">" + SvgChart.draw(t, f.chart()) + "</div>\n");
        }
        w.write("<div class=\"table\">\n<table id=\"" + id + "\">\n<caption>Table: " + Encode.forHtml(t.title())
                + "</caption>\n<thead><tr>");
        for (Column c : t.columns()) {
            w.write("<th scope=\"col\">" + Encode.forHtml(c.header()) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        for (List<Object> row : t.rows()) {
            w.write("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String value = cell(row.get(i));
                if (i == 0) {
                    w.write("<th scope=\"row\">" + Encode.forHtml(value) + "</th>");
                } else {
                    w.write("<td" + (t.columns().get(i).numeric() ? " class=\"num\"" : "") + ">" + Encode.forHtml(value)
                            + "</td>");
                }
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n<p class=\"csv\"><a href=\"csv/" + Encode.forHtmlAttribute(Encode.forUriComponent(t.id()))
                + ".csv\">This table as CSV</a>. A dash means no value (nothing to count, or fewer than 5 and"
                + " suppressed).</p>\n</div>\n</figure>\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "–";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private void example(Writer w, Block.Example x) throws IOException {
        String kind = x.met() ? "met" : "not-met";
        w.write("<div class=\"example\">\n<p><span class=\"badge\">" + (x.met() ? "✓ Met" : "✗ Not met") + "</span>: "
                + Encode.forHtml(x.what()) + " on case " + Encode.forHtml(x.caseId()) + "</p>\n<blockquote><p>");
        w.write(Encode.forHtml(x.text().substring(0, x.start())));
        w.write("<mark class=\"" + kind + "\">" + Encode.forHtml(x.text().substring(x.start(), x.end())) + "</mark>");
        w.write(Encode.forHtml(x.text().substring(x.end())));
        w.write("</p></blockquote>\n<p>" + Encode.forHtml(x.message()) + " <small>(rule " + Encode.forHtml(x.rule())
                + "; the highlighted words are the ones the rule found)</small></p>\n</div>\n");
    }
}
