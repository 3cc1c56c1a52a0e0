package org.sosqa.rules.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kie.api.KieBase;
import org.sosqa.rules.RulePackInfo;
import org.sosqa.rules.facts.Parameters;
import org.sosqa.rules.internal.DefaultKieBase;
import org.sosqa.rules.internal.LoadedRules;
import org.sosqa.rules.internal.audit.Auditor;
import org.sosqa.rules.internal.audit.CaseFacts;
import org.sosqa.rules.internal.audit.DefaultPack;
import org.sosqa.rules.internal.audit.Messages;
import org.sosqa.rules.internal.audit.RuleRunner;
import org.sosqa.rules.internal.audit.SafetyWording;
import org.sosqa.rules.internal.scoring.Instrument;
import org.sosqa.rules.internal.scoring.InstrumentLoader;
import org.sosqa.rules.internal.scoring.Scorer;
import org.sosqa.rules.internal.statement.Lexicon;
import org.sosqa.rules.internal.statement.LexiconException;
import org.sosqa.rules.internal.statement.LexiconProblem;
import org.sosqa.rules.internal.statement.StatementAnalyzer;

/**
 * Builds an {@link Auditor} from the default rules and any local packs, or fails as a whole with every
 * problem found: a pack's problems never leave a half-built engine. Each pack may change parameters,
 * messages and word lists, replace the instrument, switch default rules off, and add rules of its own,
 * which are compiled at runtime (only the pack's own files) and see the case and the default findings.
 */
public final class PackLoader {
    private PackLoader() {
    }

    /**
     * @param packs the local packs' folders, applied in order
     * @param disabled default or pack rules switched off in code
     * @param maxFirings the firing limit per rule set and case
     * @param checkEachFile whether to compile every DRL file on its own too (for {@code rules check})
     * @return the auditor
     * @throws org.sosqa.rules.RulePackException with every problem, when there is any
     */
    public static Auditor load(List<Path> packs, Set<String> disabled, int maxFirings, boolean checkEachFile) {
        // The precompiled default KieBase loads on another thread while this one reads the word lists and
        // compiles the pack: on two cores that overlaps the two slowest steps of building an engine.
        CompletableFuture<KieBase> defaultRules = CompletableFuture.supplyAsync(() -> DefaultKieBase.get().kieBase());
        Problems problems = new Problems();
        Parameters parameters = Parameters.defaults();
        Messages messages = Messages.defaults();
        Lexicon lexicon = Lexicon.english();
        Instrument instrument = InstrumentLoader.defaultInstrument();
        Set<String> off = new LinkedHashSet<>(disabled);
        List<RulePackInfo> infos = new ArrayList<>(List.of(DefaultPack.info()));
        List<KieBase> localRules = new ArrayList<>();
        for (Path dir : packs) {
            PackFolder folder = PackFolder.read(dir, problems);
            if (folder.manifest() != null) {
                off.addAll(folder.manifest().disable());
                infos.add(new RulePackInfo(folder.manifest().id(), folder.manifest().version(), folder.sha256()));
            }
            if (folder.parameters() != null) {
                parameters = parameters(parameters, folder.parameters(), problems);
            }
            if (folder.messages() != null) {
                messages = messages(messages, folder.messages());
            }
            if (folder.lexicon() != null) {
                lexicon = lexicon(lexicon, folder.lexicon(), problems);
            }
            if (folder.instrument() != null) {
                instrument = instrument(folder.instrument(), problems).orElse(instrument);
            }
            Map<String, String> drl = new LinkedHashMap<>(folder.drl());
            if (!folder.tables().isEmpty()) {
                if (DecisionTables.available()) {
                    drl.putAll(DecisionTables.toDrl(folder.tables(), problems));
                } else {
                    folder.tables().keySet().forEach(t -> problems.add(t, null, "decision tables need"
                            + " org.drools:drools-decisiontables on the classpath (an optional dependency of sos-qa-rules)"));
                }
            }
            DrlChecker.compile(drl, checkEachFile, problems).map(LoadedRules::kieBase).ifPresent(localRules::add);
        }
        KieBase defaults = join(defaultRules);
        List<RuleRunner> runners = new ArrayList<>();
        // The shipped rules only read facts and write to the sheet: fired directly (see RuleRunner).
        runners.add(new RuleRunner(defaults, off, maxFirings, true));
        localRules.forEach(k -> runners.add(new RuleRunner(k, off, maxFirings)));
        List<String> instrumentProblems = InstrumentLoader.problems(instrument);
        instrumentProblems.forEach(p -> problems.add("instrument.json", null, p));
        if (instrumentProblems.isEmpty()) {
            checkRuleReferences(runners, off, instrument, problems);
        }
        problems.throwIfAny();
        CaseFacts facts = new CaseFacts(new StatementAnalyzer(lexicon), parameters, SafetyWording.english());
        return new Auditor(runners, facts, new Scorer(instrument), messages, infos);
    }

    private static KieBase join(CompletableFuture<KieBase> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void checkRuleReferences(List<RuleRunner> runners, Set<String> off, Instrument instrument, Problems problems) {
        Map<String, String> criteria = new LinkedHashMap<>();
        runners.forEach(r -> criteria.putAll(r.criteria()));
        for (String id : off) {
            if (!criteria.containsKey(id)) {
                problems.add(PackFolder.MANIFEST, null, "cannot disable rule '" + id + "': there is no such rule");
            }
        }
        criteria.forEach((rule, criterion) -> {
            if (criterion != null && !off.contains(rule) && instrument.criterion(criterion).isEmpty()) {
                problems.add(null, null, "rule '" + rule + "' counts towards criterion '" + criterion
                        + "', which the instrument does not have");
            }
        });
    }

    private static Parameters parameters(Parameters base, Path file, Problems problems) {
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            Parameters result = base.with(in, "parameters.properties", found);
            found.forEach(p -> problems.add("parameters.properties", null, p.substring(p.indexOf(": ") + 2)));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Messages messages(Messages base, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return base.with(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Lexicon lexicon(Lexicon base, Path folder, Problems problems) {
        try {
            return base.withAdditions(folder);
        } catch (LexiconException e) {
            for (LexiconProblem p : e.problems()) {
                problems.add("lexicon/" + Path.of(p.file()).getFileName(), p.line() > 0 ? p.line() : null, p.message());
            }
            return base;
        }
    }

    private static Integer lineOf(Path file, String text) {
        try {
            return DrlChecker.lineOf(Files.readString(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Instrument> instrument(Path file, Problems problems) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(InstrumentLoader.read(in));
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            problems.add("instrument.json", lineOf(file, "\"" + e.getPropertyName() + "\""), "unknown property '"
                    + e.getPropertyName() + "'; the properties here are " + e.getKnownPropertyIds());
            return Optional.empty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add("instrument.json", e.getLocation() == null ? null : e.getLocation().getLineNr(), e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
