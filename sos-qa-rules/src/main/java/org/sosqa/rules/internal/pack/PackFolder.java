package org.sosqa.rules.internal.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What is in a rule pack's folder, each file classified by its name. Files that a pack cannot use are
 * problems, never silently skipped: above all a decision table named {@code .csv} rather than
 * {@code .drl.csv}, which Drools would ignore without a word.
 *
 * @param dir the folder
 * @param manifest the manifest, or null where it is missing or broken
 * @param drl DRL files: name relative to the folder to text
 * @param tables decision tables: name to path
 * @param parameters {@code parameters.properties}, or null
 * @param instrument {@code instrument.json}, or null
 * @param messages {@code messages.properties}, or null
 * @param lexicon the {@code lexicon} folder, or null
 * @param golden golden cases, in name order
 * @param sha256 SHA-256 of every file that affects scoring (not golden cases or docs), names included
 */
public record PackFolder(
        Path dir,
        PackManifest manifest,
        Map<String, String> drl,
        Map<String, Path> tables,
        Path parameters,
        Path instrument,
        Path messages,
        Path lexicon,
        List<Path> golden,
        String sha256) {

    /** The manifest's name. */
    public static final String MANIFEST = "pack.json";
    /** The default pack's id, the only one a pack may extend for now. */
    public static final String DEFAULT_PACK = "sosqa-default";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * Reads a pack's folder.
     *
     * @param dir the folder
     * @param problems where problems go
     * @return what is in it
     */
    public static PackFolder read(Path dir, Problems problems) {
        return read(dir, DEFAULT_PACK, problems);
    }

    /**
     * Reads a pack's folder for a pack that builds on another shipped pack (the accreditation criteria
     * build on {@code sosqa-accreditation}).
     *
     * @param dir the folder
     * @param base the id of the only pack it may extend
     * @param problems where problems go
     * @return what is in it
     */
    public static PackFolder read(Path dir, String base, Problems problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(dir.toString(), null, "not a folder: a rule pack is a folder with a pack.json");
            return new PackFolder(dir, null, Map.of(), Map.of(), null, null, null, null, List.of(), "");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PackManifest manifest = null;
        Map<String, String> drl = new LinkedHashMap<>();
        Map<String, Path> tables = new LinkedHashMap<>();
        Path parameters = null;
        Path instrument = null;
        Path messages = null;
        Path lexicon = null;
        List<Path> golden = new ArrayList<>();
        List<Path> scored = new ArrayList<>();
        boolean sawManifest = false;
        for (Path file : files) {
            String name = name(dir, file);
            String lower = name.toLowerCase(Locale.ROOT);
            String baseName = file.getFileName().toString();
            if (baseName.startsWith(".") || lower.endsWith(".md") || lower.endsWith(".txt") && !lower.startsWith("lexicon/")) {
                continue; // documentation and hidden files
            }
            if (name.equals(MANIFEST)) {
                sawManifest = true;
                manifest = manifest(file, base, problems);
                scored.add(file);
            } else if (lower.startsWith("golden/") && lower.endsWith(".json")) {
                golden.add(file);
            } else if (lower.startsWith("lexicon/") && lower.endsWith(".txt")) {
                lexicon = dir.resolve("lexicon");
                scored.add(file);
            } else if (lower.endsWith(".drl")) {
                drl.put(name, text(file));
                scored.add(file);
            } else if (lower.endsWith(".drl.csv") || lower.endsWith(".drl.xls") || lower.endsWith(".drl.xlsx")) {
                tables.put(name, file);
                scored.add(file);
            } else if (lower.endsWith(".csv") || lower.endsWith(".xls") || lower.endsWith(".xlsx")) {
                String fixed = name.substring(0, name.lastIndexOf('.')) + ".drl" + name.substring(name.lastIndexOf('.'));
                problems.add(name, null, "Drools silently ignores a decision table unless its name ends in .drl.csv,"
                        + " .drl.xls or .drl.xlsx: rename it to " + fixed);
            } else if (name.equals("parameters.properties")) {
                parameters = file;
                scored.add(file);
            } else if (name.equals("instrument.json")) {
                instrument = file;
                scored.add(file);
            } else if (name.equals("messages.properties")) {
                messages = file;
                scored.add(file);
            } else {
                problems.add(name, null, "not a file a rule pack uses (rules *.drl, tables *.drl.csv or *.drl.xlsx,"
                        + " pack.json, parameters.properties, instrument.json, messages.properties, lexicon/*.txt,"
                        + " golden/*.json, or *.md notes)");
            }
        }
        if (!sawManifest) {
            problems.add(MANIFEST, null, "missing: every rule pack needs a pack.json with its id and version");
        }
        return new PackFolder(dir, manifest, drl, tables, parameters, instrument, messages, lexicon, golden,
                sha256(dir, scored));
    }

    private static PackManifest manifest(Path file, String base, Problems problems) {
        PackManifest manifest;
        try {
            manifest = MAPPER.readValue(file.toFile(), PackManifest.class);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            problems.add(MANIFEST, DrlChecker.lineOf(text(file), "\"" + e.getPropertyName() + "\""), "unknown property '"
                    + e.getPropertyName() + "'; pack.json has: id, version, description, extendsPack, disable");
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(MANIFEST, at == null ? null : at.getLineNr(), e.getOriginalMessage()
                    + " (pack.json has: id, version, description, extendsPack, disable)");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (manifest.id() == null || !manifest.id().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            problems.add(MANIFEST, null, "id must be 1-64 letters, digits, '.', '_' or '-'");
        }
        if (manifest.version() == null || manifest.version().isBlank()) {
            problems.add(MANIFEST, null, "version is missing");
        }
        if (manifest.extendsPack() != null && !manifest.extendsPack().equals(base)) {
            problems.add(MANIFEST, null, "extendsPack must be '" + base + "' (the only pack this kind of pack can build on)");
        }
        return manifest;
    }

    private static String name(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path dir, List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(name(dir, file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
