package org.sosqa.examples.embedding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.sosqa.rules.RulePackInfo;

/**
 * The identity of the rules an engine scores with, as the vendor's tables key reports by it. An engine
 * scores with the default pack and any local packs, each with its own SHA-256; a change to any of them can
 * change a score, so the key is a hash over all of them.
 *
 * @param sha256 SHA-256 (lower-case hex) of each pack's SHA-256 in order, one a line ending in {@code \n}
 * @param packs each pack as {@code id@version:sha256}, default first, comma-separated
 */
public record RuleSet(String sha256, String packs) {

    /**
     * The rule set of an engine's packs.
     *
     * @param packs {@code engine.rulePacks()}
     * @return the rule set
     */
    public static RuleSet of(List<RulePackInfo> packs) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("an engine always has the default pack");
        }
        String lines = packs.stream().map(p -> p.sha256() + "\n").collect(Collectors.joining());
        String described = packs.stream().map(p -> p.id() + "@" + p.version() + ":" + p.sha256()).collect(Collectors.joining(","));
        return new RuleSet(sha256(lines), described);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
