package org.sosqa.rules.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import org.sosqa.rules.RulePackInfo;

/**
 * The hash of an engine's whole configuration: what its reports' pack hashes leave out.
 */
public final class Fingerprint {

    /** The version an engine reports when the library runs from classes rather than its jar. */
    static final String UNRELEASED = "unreleased";

    private Fingerprint() {
    }

    /**
     * The fingerprint of an engine.
     *
     * @param packs its packs, default first
     * @param disabled the rules switched off in code, in any order
     * @param maxRuleFirings its firing limit
     * @return SHA-256 in lower-case hex
     */
    public static String of(List<RulePackInfo> packs, Collection<String> disabled, int maxRuleFirings) {
        StringBuilder text = new StringBuilder("sos-qa ").append(libraryVersion()).append('\n');
        for (RulePackInfo pack : packs) {
            text.append("pack ").append(pack.id()).append(' ').append(pack.version()).append(' ')
                    .append(pack.sha256()).append('\n');
        }
        for (String rule : new TreeSet<>(disabled)) {
            text.append("disabled ").append(rule).append('\n');
        }
        text.append("max-rule-firings ").append(maxRuleFirings).append('\n');
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The library's version from its jar's manifest, or {@link #UNRELEASED}. */
    static String libraryVersion() {
        String version = Fingerprint.class.getPackage().getImplementationVersion();
        return version == null ? UNRELEASED : version;
    }
}
