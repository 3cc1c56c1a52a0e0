package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sosqa.rules.StatementKind;

/** Loading the bundled lexicon, extending it from a rule author's folder, and reporting bad lines. */
class LexiconTest {

    @TempDir
    Path folder;

    private void write(String file, String... lines) throws IOException {
        Files.writeString(folder.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private LexiconException failure() {
        return assertThrows(LexiconException.class, () -> Lexicon.english().withAdditions(folder));
    }

    @Test
    void theBundledLexiconHasEveryListAndIsReadOnce() {
        Lexicon english = Lexicon.english();
        for (LexiconList list : LexiconList.values()) {
            assertTrue(english.size(list) > 0, list.fileName());
        }
        assertEquals(Lexicon.SETTING_NAMES.size(), english.size(LexiconList.LIMITS));
        assertSame(english, Lexicon.english());
        assertSame(StatementAnalyzer.english(), StatementAnalyzer.english());
    }

    @Test
    void theBundledJargonListHoldsTheSeedTerms() {
        StatementAnalyzer analyzer = StatementAnalyzer.english();
        for (String term : List.of("domestic violence", "neglect", "domestic abuse", "emotional abuse",
                "physical abuse", "sexual abuse", "substance misuse", "substance abuse", "financial abuse",
                "depressed", "depression", "borderline personality disorder", "disguised compliance",
                "attachment", "good enough parenting", "pre-contemplative", "significant harm",
                "significant emotional harm", "LAC", "FC", "placement", "unit", "CSA", "CSE", "LA", "MH", "TAF",
                "MASH", "S.17", "S17", "CIN", "FGC", "ISW", "PPO", "CSC", "alleged", "paedophile", "victim",
                "risky behaviour", "shaken baby syndrome")) {
            String text = "Notes: " + term + ".";
            assertEquals(List.of(term.toLowerCase(java.util.Locale.ROOT)),
                    analyzer.analyze(StatementKind.DANGER, text).jargonTerms(), term);
        }
    }

    @Test
    void additionsExtendTheBundledListsWithoutRecompiling() throws IOException {
        write("jargon.txt", "# our council's own jargon", "core group  # meeting name families do not know");
        write("caregiver-words.txt", "nain   # Welsh for grandma");
        write("duration.txt", "for\\s+(?:%num%)\\s+fortnights   # reuses the bundled %num%");
        String danger = "Nain is worried that Dad drinks. The core group met.";
        String goal = "Dad will stay sober for six fortnights.";
        StatementAnalyzer before = StatementAnalyzer.english();
        StatementAnalyzer after = new StatementAnalyzer(Lexicon.english().withAdditions(folder));

        assertEquals(List.of(), before.analyze(StatementKind.DANGER, danger).jargonTerms());
        assertEquals(List.of("core group"), after.analyze(StatementKind.DANGER, danger).jargonTerms());
        assertTrue(after.analyze(StatementKind.DANGER, "nain is worried").has("whoIsWorried"));
        assertFalse(before.analyze(StatementKind.DANGER, "nain is worried").has("whoIsWorried"));
        assertFalse(before.analyze(StatementKind.GOAL, goal).has("sustainPeriod"));
        Evidence.assertSignal(after.analyze(StatementKind.GOAL, goal).sustainPeriod(), goal, "for six fortnights");
    }

    @Test
    void aLineStartingWithMinusRemovesABundledEntry() throws IOException {
        write("jargon.txt", "- attachment", "-placement{,s}");
        StatementAnalyzer local = new StatementAnalyzer(Lexicon.english().withAdditions(folder));
        String text = "Amy's attachment to Nana is strong; her placements were short; the LA agreed.";
        assertEquals(List.of("attachment", "placements", "la"),
                StatementAnalyzer.english().analyze(StatementKind.DANGER, text).jargonTerms());
        assertEquals(List.of("la"), local.analyze(StatementKind.DANGER, text).jargonTerms());
    }

    @Test
    void limitsCanBeChangedLocally() throws IOException {
        write("limits.txt", "maxWords.DANGER = 5");
        StatementAnalyzer local = new StatementAnalyzer(Lexicon.english().withAdditions(folder));
        String text = "We are worried that Dad drinks a lot.";
        assertFalse(StatementAnalyzer.english().analyze(StatementKind.DANGER, text).tooLong());
        assertTrue(local.analyze(StatementKind.DANGER, text).tooLong());
    }

    @Test
    void filesWithOtherNamesAreIgnored() throws IOException {
        write("rules.drl", "this is not a lexicon (");
        write("README.txt", "{ not read");
        Lexicon same = Lexicon.english().withAdditions(folder);
        assertEquals(Lexicon.english().size(LexiconList.JARGON), same.size(LexiconList.JARGON));
    }

    @Test
    void aBadRegularExpressionIsReportedWithFileAndLine() throws IOException {
        write("duration.txt", "# a comment", "for\\s+\\d+\\s+weeks", "for\\s+(\\d+\\s+months");
        LexiconException e = failure();
        assertEquals(1, e.problems().size());
        LexiconProblem problem = e.problems().get(0);
        assertEquals(folder.resolve("duration.txt").toString(), problem.file());
        assertEquals(3, problem.line());
        assertTrue(problem.message().startsWith("invalid regular expression: Unclosed group"), problem.message());
        assertTrue(e.getMessage().startsWith(folder.resolve("duration.txt") + ":3: invalid regular expression"),
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            jargon.txt             | "shout{,s"                   | "'{' without '}'"
            jargon.txt             | "shout}"                     | "'}' without '{'"
            jargon.txt             | "a{b{c}}"                    | "braces cannot be nested"
            jargon.txt             | "?!"                         | "'?!' has no words"
            jargon.txt             | "- nowhere to be found"      | "cannot remove 'nowhere to be found': it is not in the list"
            not-names.txt          | "two words"                  | "'two words' is not one word; this file takes one word a line"
            dfv-attribution.txt    | "told us"                    | "a line must contain @person exactly once"
            dfv-attribution.txt    | "@person"                    | "a line needs words besides @person"
            time-expressions.txt   | "on\\s+%weekday%"            | "%weekday% is not defined above this line"
            time-expressions.txt   | "(?:x)?"                     | "the expression matches empty text, so it would match everywhere"
            limits.txt             | "maxWords.DANGER = lots"     | "'lots' is not a whole number"
            limits.txt             | "maxWords.DANGER = 0"        | "maxWords.DANGER must be at least 1"
            limits.txt             | "maxwords = 10"              | "unknown setting 'maxwords'; known settings are [maxWords.DANGER, maxWords.GOAL, maxWords.HARM, maxWords.SCALE_ANCHOR, maxWordsPerSentence, window.behaviour, window.child, window.goal, window.impact, window.worried]"
            limits.txt             | "window.child"               | "expected 'name = whole number', found 'window.child'"
            """)
    void everyKindOfBadLineIsReportedWithFileLineAndReason(String file, String line, String message) throws IOException {
        write(file, "# first line is a comment", line);
        LexiconException e = failure();
        assertEquals(List.of(new LexiconProblem(folder.resolve(file).toString(), 2, message)), e.problems());
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() throws IOException {
        write("jargon.txt", "ok phrase", "bad{", "another ok", "bad}");
        write("duration.txt", "([unclosed");
        LexiconException e = failure();
        assertEquals(List.of(2, 4, 1), e.problems().stream().map(LexiconProblem::line).toList());
        assertEquals(3, e.getMessage().lines().count());
    }

    @Test
    void aFileThatIsNotUtf8IsReported() throws IOException {
        Files.write(folder.resolve("jargon.txt"), new byte[] {'o', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        LexiconException e = failure();
        assertEquals(List.of(new LexiconProblem(folder.resolve("jargon.txt").toString(), 0, "is not UTF-8 text")),
                e.problems());
    }

    @Test
    void aMissingFolderIsReported() {
        Path missing = folder.resolve("no-such-folder");
        LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.english().withAdditions(missing));
        assertEquals(List.of(new LexiconProblem(missing.toString(), 0, "is not a folder")), e.problems());
    }

    @Test
    void anEmptyBuilderListsEverySettingItLacks() {
        LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.builder().build());
        assertEquals(Lexicon.SETTING_NAMES.size(), e.problems().size());
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals("limits.txt") && p.line() == 0));
    }

    @Test
    void aMinimalLexiconWorksFromText() {
        StringBuilder limits = new StringBuilder();
        Lexicon.SETTING_NAMES.forEach(name -> limits.append(name).append(" = 10\n"));
        Lexicon tiny = Lexicon.builder()
                .addText(LexiconList.LIMITS, "limits.txt", limits.toString())
                .addText(LexiconList.JARGON, "jargon.txt", "\uFEFF# byte order mark first\nwidget\r\nthingy # and CRLF\r\n")
                .build();
        StatementAnalysis analysis = new StatementAnalyzer(tiny)
                .analyze(StatementKind.DANGER, "A widget, a thingy and a Widgets.");
        assertEquals(List.of("widget", "thingy"), analysis.jargonTerms());
        assertFalse(analysis.has("behaviour"));
    }

    @Test
    void capitalsOnlyEntriesNeedCapitalsInTheText() {
        Lexicon lexicon = Lexicon.builder().addAll(Lexicon.english())
                .addText(LexiconList.JARGON, "jargon.txt", "=ROC\nsoc")
                .build();
        StatementAnalyzer analyzer = new StatementAnalyzer(lexicon);
        assertEquals(List.of("roc", "soc", "soc"),
                analyzer.analyze(StatementKind.DANGER, "ROC, roc, Roc, SOC, soc.").jargonTerms());
    }
}
