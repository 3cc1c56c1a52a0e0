package org.sosqa.rules.internal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sosqa.rules.RulePackInfo;

/**
 * The identity of the default rule pack: its id and version from {@code defaults/pack.json}, and the
 * SHA-256 of every file the manifest lists (rules, instrument, parameters, messages, lexicon), each
 * preceded by its name, in the manifest's order. A score can then be traced to the exact content that
 * produced it.
 */
public final class DefaultPack {
    private static final String MANIFEST = "/org/sosqa/rules/defaults/pack.json";

    private DefaultPack() {
    }

    /** The default pack's identity. */
    public static RulePackInfo info() {
        JsonNode manifest = read(MANIFEST);
        List<String> files = new ArrayList<>();
        manifest.get("files").forEach(f -> files.add(f.asText()));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : files) {
                digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes("/" + file));
            }
            return new RulePackInfo(manifest.get("id").asText(), manifest.get("version").asText(),
                    HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The files the manifest lists, as classpath resource names. */
    public static List<String> files() {
        List<String> files = new ArrayList<>();
        read(MANIFEST).get("files").forEach(f -> files.add(f.asText()));
        return files;
    }

    private static JsonNode read(String resource) {
        try {
            return new ObjectMapper().readTree(bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = DefaultPack.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the default rule pack is missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
