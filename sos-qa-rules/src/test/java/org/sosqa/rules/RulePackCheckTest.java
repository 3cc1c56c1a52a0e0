package org.sosqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken packs of every kind give the right file, line and message, and never a half-built engine. */
class RulePackCheckTest {
    @TempDir
    Path pack;

    private static final String HEADER = """
            package org.sosqa.rules.local;

            import org.sosqa.rules.StatementKind;
            import org.sosqa.rules.facts.*;

            """;

    private void write(String name, String text) throws IOException {
        Path file = pack.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void manifest() throws IOException {
        write("pack.json", "{\"id\":\"test-pack\",\"version\":\"1\",\"description\":\"t\",\"extendsPack\":\"sosqa-default\"}");
    }

    private static RulePackException.Problem only(List<RulePackException.Problem> problems, String file) {
        List<RulePackException.Problem> inFile = problems.stream().filter(p -> file.equals(p.file())).toList();
        assertEquals(1, inFile.size(), "one problem in " + file + ": " + problems);
        return inFile.get(0);
    }

    @Test
    void aGoodPackHasNoProblemsAndIsNamedInReports() throws IOException {
        manifest();
        write("rules/extra.drl", HEADER + """
                rule "local.extra"
                    @criterion("danger.present")
                when
                    $audit : Audit()
                    $map : MapFact()
                then
                    $audit.check($map.path(), true);
                end
                """);
        assertEquals(List.of(), RulePacks.check(pack));
        AuditEngine engine = AuditEngine.builder().defaultRules().rulePack(pack).build();
        assertEquals(List.of("sosqa-default", "test-pack"), engine.rulePacks().stream().map(RulePackInfo::id).toList());
        assertEquals(64, engine.rulePacks().get(1).sha256().length());
    }

    @Test
    void aSyntaxErrorNamesItsFileAndLine() throws IOException {
        manifest();
        write("rules/good.drl", HEADER + "rule \"local.good\" @criterion(\"danger.present\") when $a : Audit() then end\n");
        write("rules/broken.drl", HEADER + "rule \"local.broken\"\nwhen\n    $a : Audit(\nthen\nend\n");
        RulePackException.Problem problem = only(RulePacks.check(pack), "rules/broken.drl");
        assertTrue(problem.line() != null && problem.line() >= 7 && problem.line() <= 10, problem.toString());
    }

    @Test
    void anUnknownFieldListsTheFieldsTheFactHas() throws IOException {
        manifest();
        write("rules/typo.drl", HEADER + """
                rule "local.typo"
                    @criterion("danger.focused")
                when
                    $audit : Audit()
                    $map : MapFact(dangerStatemnts > 3)
                then
                    $audit.check($map.path(), false);
                end
                """);
        RulePackException.Problem problem = only(RulePacks.check(pack), "rules/typo.drl");
        assertEquals(10, problem.line());
        assertTrue(problem.message().contains("MapFact has no field 'dangerStatemnts'"), problem.message());
        assertTrue(problem.message().contains("dangerStatements"), "lists the real field: " + problem.message());
    }

    @Test
    void anUnknownMethodInAConsequenceNamesTheFileNotGeneratedCode() throws IOException {
        manifest();
        write("rules/ok.drl", HEADER + "rule \"local.ok\" @criterion(\"danger.present\") when $a : Audit() $m : MapFact() then $a.check($m.path(), true); end\n");
        write("rules/method.drl", HEADER + """
                rule "local.method"
                    @criterion("danger.present")
                when
                    $audit : Audit()
                    $map : MapFact()
                then
                    $audit.check($map.pathh(), true);
                end
                """);
        RulePackException.Problem problem = only(RulePacks.check(pack), "rules/method.drl");
        assertEquals(12, problem.line());
        assertTrue(problem.message().contains("MapFact has no method pathh()"), problem.message());
        assertTrue(problem.message().contains("path()"), problem.message());
    }

    @Test
    void aTableDroolsWouldIgnoreIsReported() throws IOException {
        manifest();
        write("rules/table.csv", "RuleSet,x\n");
        RulePackException.Problem problem = only(RulePacks.check(pack), "rules/table.csv");
        assertTrue(problem.message().contains("rules/table.drl.csv"), problem.message());
    }

    @Test
    void aConditionWithoutParamIsReportedWithItsCell() throws IOException {
        manifest();
        write("rules/t.drl.csv", String.join("\n",
                "RuleSet,org.sosqa.rules.local.t,,",
                "Import,\"org.sosqa.rules.facts.Audit, org.sosqa.rules.facts.ChildFact\",,",
                ",,,",
                "RuleTable T,,,",
                "NAME,METADATA,CONDITION,ACTION",
                ",,$audit : Audit() $child : ChildFact,",
                ",\"criterion(\"\"$param\"\")\",oldEnoughForTools,\"$audit.check($child.path(), true);\"",
                "Rule,Criterion,Old enough,Check",
                "local.t1,voice.tools-used,true,x", ""));
        RulePackException.Problem problem = only(RulePacks.check(pack), "rules/t.drl.csv");
        assertEquals(7, problem.line());
        assertTrue(problem.message().startsWith("cell C7"), problem.message());
        assertTrue(problem.message().contains("no $param"), problem.message());
    }

    @Test
    void packLevelMistakesAreAllReportedAtOnce() throws IOException {
        write("pack.json", "{\"id\":\"p\",\"version\":\"1\",\"extendsPack\":\"sosqa-default\",\"disable\":[\"depth.no-such-rule\"]}");
        write("parameters.properties", "child.minAgeForTools=four\nchild.unknown=3\n");
        write("lexicon/duration.txt", "for (\n");
        write("rules/criterion.drl", HEADER + """
                rule "local.orphan"
                    @criterion("no.such.criterion")
                when
                    $audit : Audit()
                then
                    $audit.check("", true);
                end
                """);
        List<RulePackException.Problem> problems = RulePacks.check(pack);
        String all = problems.toString();
        assertTrue(all.contains("cannot disable rule 'depth.no-such-rule'"), all);
        assertTrue(all.contains("'child.minAgeForTools' must be a whole number"), all);
        assertTrue(all.contains("unknown parameter 'child.unknown'"), all);
        assertTrue(problems.stream().anyMatch(p -> "lexicon/duration.txt".equals(p.file()) && Integer.valueOf(1).equals(p.line())), all);
        assertTrue(all.contains("criterion 'no.such.criterion', which the instrument does not have"), all);
        RulePackException thrown = assertThrows(RulePackException.class,
                () -> AuditEngine.builder().rulePack(pack).build(), "no half-built engine");
        assertEquals(problems.size(), thrown.problems().size());
    }

    @Test
    void aMissingManifestAndABrokenInstrumentAreReported() throws IOException {
        String instrument;
        try (var in = getClass().getResourceAsStream("/org/sosqa/rules/defaults/instrument.json")) {
            instrument = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int typoLine = (int) instrument.substring(0, instrument.indexOf("\"weight\" : 2")).lines().count();
        write("instrument.json", instrument.replaceFirst("\"weight\" : 2", "\"wieght\" : 2"));
        List<RulePackException.Problem> problems = RulePacks.check(pack);
        assertTrue(problems.stream().anyMatch(p -> "pack.json".equals(p.file())), problems.toString());
        RulePackException.Problem problem = only(problems, "instrument.json");
        assertEquals(typoLine, problem.line(), problem.toString());
        assertTrue(problem.message().contains("'wieght'") && problem.message().contains("weight"), problem.message());
    }

    @Test
    void anInstrumentMissingAPartSaysWhichPart() throws IOException {
        manifest();
        write("instrument.json", "{\"id\": \"x\", \"version\": \"1\", \"title\": \"t\", \"notice\": \"n\"}");
        List<RulePackException.Problem> problems = RulePacks.check(pack);
        for (String part : List.of("\"ratingScale\"", "\"grades\"", "\"domains\"")) {
            assertTrue(problems.stream().anyMatch(p -> "instrument.json".equals(p.file()) && p.message().contains(part)),
                    part + " named in " + problems);
        }
        assertTrue(problems.stream().noneMatch(p -> p.message().contains("which the instrument does not have")),
                "no noise about every rule while the instrument itself is broken: " + problems);
    }
}
