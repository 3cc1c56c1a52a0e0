package org.sosqa.examples.embedding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sosqa.rules.RulePackInfo;

/**
 * The identity of the rules an engine scores with, as the vendor's tables key reports by it. An engine
 * scores with the default pack and any local packs, each with its own SHA-256; a change to any of them can
 * change a score, so the key is a hash over all of them.
 *
 * <p>The packs' hashes cover the packs' files only. Whatever else changes scores and is not in a pack
 * file goes in {@code configuration}: rules switched off in code with {@code AuditEngine.Builder.disable},
 * and the version of sos-qa itself (a new release can change the statement analysis without changing a
 * pack file). See docs/embedding.md.
 *
 * @param sha256 SHA-256 (lower-case hex) of each pack's SHA-256 in order, one a line ending in
 *     {@code \n}, then {@code configuration} on a line of its own when it is not empty
 * @param packs each pack as {@code id@version:sha256}, default first, comma-separated
 * @param configuration what else the vendor counts as part of the rules; empty for nothing
 */
public record RuleSet(String sha256, String packs, String configuration) {

    /**
     * Checks the parts are present.
     *
     * @throws NullPointerException if a part is null
     */
    public RuleSet {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(packs, "packs");
        Objects.requireNonNull(configuration, "configuration");
    }

    /**
     * The rule set of an engine's packs alone.
     *
     * @param packs {@code engine.rulePacks()}
     * @return the rule set
     */
    public static RuleSet of(List<RulePackInfo> packs) {
        return of(packs, "");
    }

    /**
     * The rule set of an engine's packs and the vendor's own description of the rest of its configuration.
     *
     * @param packs {@code engine.rulePacks()}
     * @param configuration for example {@code "sos-qa 0.1.0; disable depth.danger.jargon"}; one line; empty for nothing
     * @return the rule set
     */
    public static RuleSet of(List<RulePackInfo> packs, String configuration) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("an engine always has the default pack");
        }
        if (configuration.contains("\n")) {
            throw new IllegalArgumentException("the configuration is one line");
        }
        String lines = packs.stream().map(p -> p.sha256() + "\n").collect(Collectors.joining())
                + (configuration.isEmpty() ? "" : configuration + "\n");
        String described = packs.stream().map(p -> p.id() + "@" + p.version() + ":" + p.sha256()).collect(Collectors.joining(","));
        return new RuleSet(sha256(lines), described, configuration);
    }

    /**
     * What the {@code rule_packs} column holds: the packs, then {@code " | "} and the configuration when
     * there is one.
     *
     * @return the description
     */
    public String description() {
        return configuration.isEmpty() ? packs : packs + " | " + configuration;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
