package org.sosqa.rules.internal.accreditation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kie.api.KieBase;
import org.sosqa.rules.RulePackInfo;
import org.sosqa.rules.facts.AccreditationThresholds;
import org.sosqa.rules.internal.DefaultKieBase;
import org.sosqa.rules.internal.LoadedRules;
import org.sosqa.rules.internal.pack.DecisionTables;
import org.sosqa.rules.internal.pack.DrlChecker;
import org.sosqa.rules.internal.pack.PackFolder;
import org.sosqa.rules.internal.pack.Problems;

/**
 * Builds an {@link Assessor} from the shipped criteria and any scheme's criteria packs, or fails as a
 * whole with every problem found. A criteria pack is a folder like an audit rule pack (docs/rule-authoring.md):
 * a {@code pack.json} that extends {@value #BASE} and may switch shipped criteria off, its own rules
 * ({@code *.drl}, decision tables), and a {@code parameters.properties} that changes thresholds. Only the
 * pack's own files are compiled.
 */
public final class CriteriaPackLoader {

    /** The shipped criteria's pack id, which a scheme's pack extends. */
    public static final String BASE = "sosqa-accreditation";

    private static final String MANIFEST = "/org/sosqa/rules/accreditation/pack.json";

    private CriteriaPackLoader() {
    }

    /**
     * @param packs the schemes' criteria packs, applied in order
     * @param disabled criteria rules switched off in code
     * @param maxFirings the most rule firings one assessment may take, per KieBase
     * @param checkEachFile whether to compile every DRL file on its own too
     * @return the assessor
     * @throws org.sosqa.rules.RulePackException with every problem, when there is any
     */
    public static Assessor load(List<Path> packs, Set<String> disabled, int maxFirings, boolean checkEachFile) {
        Problems problems = new Problems();
        AccreditationThresholds thresholds = AccreditationThresholds.defaults();
        Set<String> off = new LinkedHashSet<>(disabled);
        List<RulePackInfo> infos = new ArrayList<>(List.of(info()));
        List<KieBase> local = new ArrayList<>();
        Map<String, String> localDrl = new LinkedHashMap<>();
        for (Path dir : packs) {
            PackFolder folder = PackFolder.read(dir, BASE, problems);
            if (folder.manifest() != null) {
                off.addAll(folder.manifest().disable());
                infos.add(new RulePackInfo(folder.manifest().id(), folder.manifest().version(), folder.sha256()));
            }
            if (folder.parameters() != null) {
                thresholds = thresholds(thresholds, folder.parameters(), problems);
            }
            if (folder.instrument() != null) {
                problems.add("instrument.json", null, "a criteria pack has no instrument: that belongs to an audit rule pack");
            }
            if (folder.messages() != null) {
                problems.add("messages.properties", null, "a criteria pack has no messages: give each rule a @title and its own missing text");
            }
            if (folder.lexicon() != null) {
                problems.add("lexicon", null, "a criteria pack has no word lists: they belong to an audit rule pack");
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
            localDrl.putAll(drl);
            DrlChecker.compile(drl, checkEachFile, problems).map(LoadedRules::kieBase).ifPresent(local::add);
        }
        Map<String, String> metadata = new TreeMap<>();
        List<CriteriaRunner> runners = new ArrayList<>();
        runners.add(new CriteriaRunner(DefaultKieBase.accreditation().kieBase(), off, maxFirings, metadata));
        local.forEach(k -> runners.add(new CriteriaRunner(k, off, maxFirings, metadata)));
        metadata.forEach((rule, message) -> {
            String file = fileOf(localDrl, rule);
            problems.add(file, file == null ? null : DrlChecker.lineOfRule(localDrl.get(file), rule), message);
        });
        Set<String> known = new java.util.HashSet<>();
        runners.forEach(r -> known.addAll(r.criteria().keySet()));
        metadata.keySet().forEach(known::add);
        for (String id : off) {
            if (!known.contains(id)) {
                problems.add(PackFolder.MANIFEST, null, "cannot disable rule '" + id + "': there is no such criterion rule");
            }
        }
        problems.throwIfAny();
        return new Assessor(runners, new AssessmentFacts(thresholds), infos);
    }

    private static String fileOf(Map<String, String> drl, String rule) {
        return drl.entrySet().stream().filter(e -> e.getValue().contains("\"" + rule + "\"")).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static AccreditationThresholds thresholds(AccreditationThresholds base, Path file, Problems problems) {
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            AccreditationThresholds result = base.with(in, found);
            found.forEach(p -> problems.add("parameters.properties", null, p));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped criteria's identity: id and version from their pack.json, SHA-256 of the files it lists. */
    public static RulePackInfo info() {
        try {
            JsonNode manifest = new ObjectMapper().readTree(bytes(MANIFEST));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (JsonNode f : manifest.get("files")) {
                digest.update(f.asText().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes("/" + f.asText()));
            }
            return new RulePackInfo(manifest.get("id").asText(), manifest.get("version").asText(),
                    HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = CriteriaPackLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the shipped accreditation criteria are missing " + resource);
            }
            return in.readAllBytes();
        }
    }
}
