package org.sosqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineFingerprintTest {

    private static final AuditEngine DEFAULT = AuditEngine.withDefaultRules();

    @Test
    void theSameConfigurationGivesTheSameFingerprintInHex() {
        String fingerprint = DEFAULT.fingerprint();
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
        assertEquals(fingerprint, AuditEngine.builder().build().fingerprint());
        assertEquals(AuditEngine.builder().disable("depth.danger.jargon", "depth.goal.positive").build().fingerprint(),
                AuditEngine.builder().disable("depth.goal.positive", "depth.danger.jargon").build().fingerprint(),
                "the order rules are switched off in does not change what the engine does");
    }

    @Test
    void switchingARuleOffInCodeOrChangingTheLimitChangesTheFingerprintThoughNotThePackHashes() {
        AuditEngine withoutJargon = AuditEngine.builder().disable("depth.danger.jargon").build();
        assertEquals(DEFAULT.rulePacks(), withoutJargon.rulePacks());
        assertNotEquals(DEFAULT.fingerprint(), withoutJargon.fingerprint());
        assertNotEquals(DEFAULT.fingerprint(), AuditEngine.builder().maxRuleFirings(50).build().fingerprint());
    }

    @Test
    void aPackChangesTheFingerprint(@TempDir Path pack) throws IOException {
        Files.writeString(pack.resolve("pack.json"),
                "{\"id\":\"tiny\",\"version\":\"1\",\"extendsPack\":\"sosqa-default\",\"disable\":[\"depth.danger.jargon\"]}");
        AuditEngine local = AuditEngine.builder().defaultRules().rulePack(pack).build();
        assertEquals(2, local.rulePacks().size());
        assertNotEquals(DEFAULT.fingerprint(), local.fingerprint());
        assertNotEquals(AuditEngine.builder().disable("depth.danger.jargon").build().fingerprint(), local.fingerprint());
    }
}
