package org.sosqa.rules;

/**
 * Which rules scored a case, so that a score can be explained and recomputed years later.
 *
 * @param id the pack's id
 * @param version the pack's version
 * @param sha256 the SHA-256 of the pack's content (its files, in name order), in lower-case hex
 */
public record RulePackInfo(String id, String version, String sha256) {
}
