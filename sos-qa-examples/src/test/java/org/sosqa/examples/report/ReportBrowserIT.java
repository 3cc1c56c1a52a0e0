package org.sosqa.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sosqa.examples.cli.ProcessRun;

/**
 * Runs {@code sos-qa demo} through the launcher beside the shaded jar, as the README's first command does, and renders the
 * report in a real browser (Debian's Chromium, headless): no console error, the landmarks and headings a
 * screen-reader user moves by, a table beside every chart, nothing fetched from anywhere. Saves a screenshot
 * at target/report-screenshot.png for people to look at.
 */
class ReportBrowserIT {

    private static final Path TARGET = Path.of(System.getProperty("sosqa.jar", "target/sos-qa.jar")).toAbsolutePath()
            .getParent();
    private static final Path OUT = TARGET.resolve("report-it");
    private static Browser browser;

    @BeforeAll
    static void demoAndBrowser() throws Exception {
        String missing = Browser.missing();
        assertNull(missing, missing);
        Path launcher = TARGET.resolve("sos-qa");
        assertTrue(Files.isExecutable(launcher), "no launcher at " + launcher);
        ProcessRun demo = ProcessRun.of(List.of(launcher.toString(), "demo", "--out", OUT.toString(), "--quiet"),
                Map.of("JAVA_HOME", System.getProperty("java.home")), "", 5);
        assertEquals(0, demo.exitCode(), () -> "sos-qa demo failed:\n" + demo.out() + demo.err());
        assertEquals("", demo.err(), "--quiet means nothing on stderr");
        browser = Browser.start(TARGET.resolve("chromium-profile-" + ProcessHandle.current().pid()), 1280, 900);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theReportRendersWithoutAConsoleErrorAndIsScreenshot() throws IOException {
        browser.open(OUT.resolve("index.html"));
        assertEquals(List.of(), browser.consoleErrors());
        assertEquals(0L, browser.script("return performance.getEntriesByType('resource').length;"),
                "the page must fetch nothing: it is self-contained");
        // Nothing wider than the window: a wide table scrolls inside its own box, not the whole page sideways.
        assertEquals(List.of(), browser.script("const w = document.documentElement.clientWidth;"
                + " return Array.from(document.querySelectorAll('main > section'))"
                + ".filter(s => s.scrollWidth > s.clientWidth + 1).map(s => s.id);"), "sections wider than the window");
        assertTrue((Long) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;") <= 0,
                "the page scrolls sideways at 1280 px");
        long height = (Long) browser.script("return document.documentElement.scrollHeight;");
        assertTrue(height > 2000, "the page has its content: " + height + " px");
        Browser tall = Browser.start(TARGET.resolve("chromium-profile-tall-" + ProcessHandle.current().pid()), 1280,
                (int) Math.min(height, 16000));
        try (tall) {
            tall.open(OUT.resolve("index.html"));
            tall.screenshot(TARGET.resolve("report-screenshot.png"));
        }
        assertTrue(Files.size(TARGET.resolve("report-screenshot.png")) > 10_000, "a screenshot with something in it");
    }

    @Test
    void landmarksAndHeadingsLetAScreenReaderUserFindEachPart() {
        browser.open(OUT.resolve("index.html"));
        assertEquals(1L, browser.script("return document.querySelectorAll('main').length;"));
        assertEquals(1L, browser.script("return document.querySelectorAll('nav[aria-label]').length;"));
        assertEquals(1L, browser.script("return document.querySelectorAll('h1').length;"));
        assertEquals("en-GB", browser.script("return document.documentElement.lang;"));
        @SuppressWarnings("unchecked")
        List<String> sections = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('main > section')).map(s => {"
                        + " const h = document.getElementById(s.getAttribute('aria-labelledby'));"
                        + " return s.id + ':' + (h ? h.tagName : 'none'); });");
        assertEquals(List.of("organisation:H2", "depth:H2", "breadth:H2", "familySurvey:H2", "staffSurvey:H2",
                "coreData:H2", "accreditation:H2", "appreciativeInquiry:H2", "leadership:H2"), sections);
        // Headings never skip a level going down (h2 then h4 would lose a screen-reader user).
        @SuppressWarnings("unchecked")
        List<Long> levels = (List<Long>) browser.script(
                "return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => Number(h.tagName[1]));");
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "heading level jumps at heading " + i + ": " + levels);
        }
        assertEquals(List.of(), browser.script("const ids = Array.from(document.querySelectorAll('[id]')).map(e => e.id);"
                + " return ids.filter((id, i) => ids.indexOf(id) !== i);"), "ids must be unique for labels to work");
        // Every nav link lands on a section.
        assertEquals(0L, browser.script("return Array.from(document.querySelectorAll('nav a'))"
                + ".filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length;"));
    }

    @Test
    void everyChartHasItsTableAndAnAccessibleName() {
        browser.open(OUT.resolve("index.html"));
        long charts = (Long) browser.script("return document.querySelectorAll('svg').length;");
        assertTrue(charts >= 5, "the report draws its charts: " + charts);
        assertEquals(0L, browser.script("return Array.from(document.querySelectorAll('svg'))"
                + ".filter(s => { const f = s.closest('figure'); return !f || !f.querySelector('table caption'); }).length;"),
                "a chart without a table of its figures in the same figure");
        assertEquals(0L, browser.script("return Array.from(document.querySelectorAll('svg'))"
                + ".filter(s => s.getAttribute('role') !== 'img' || !s.querySelector('title')"
                + " || !document.getElementById(s.getAttribute('aria-labelledby').split(' ')[0])).length;"),
                "a chart without role=img and a title");
        assertEquals(0L, browser.script("return Array.from(document.querySelectorAll('figure'))"
                + ".filter(f => !document.getElementById(f.getAttribute('aria-labelledby'))).length;"));
        assertEquals(0L, browser.script("return Array.from(document.querySelectorAll('table'))"
                + ".filter(t => !t.querySelector('caption') || !t.querySelector('th[scope=col]')).length;"));
        // Every table links its CSV file, and the file is there.
        @SuppressWarnings("unchecked")
        List<String> csv = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('a[href^=\"csv/\"]')).map(a => a.getAttribute('href'));");
        assertEquals(browser.script("return document.querySelectorAll('table').length;"), (long) csv.size());
        for (String file : csv) {
            assertTrue(Files.isRegularFile(OUT.resolve(file)), "missing " + file);
        }
    }

    @Test
    void theConsoleCheckCatchesAnError(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        // The check above must be able to fail: a page that logs an error and throws one is caught.
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><title>bad</title><script>console.error('broken');"
                + " undefinedFunction();</script></html>", StandardCharsets.UTF_8);
        browser.open(bad);
        List<String> errors = browser.consoleErrors();
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).contains("broken"), errors::toString);
        assertFalse(errors.get(1).isBlank());
        assertTrue(Map.of("errors", errors).toString().contains("undefinedFunction"), errors::toString);
    }
}
