package org.sosqa.core.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The javadoc of the model, read from its source files: each type's description, each record
 * component's {@code @param} text, and each enum constant's comment. Javadoc is not kept at run time, so
 * the schema generator reads the sources; a small parser is enough for the model's plain javadoc.
 */
final class JavadocIndex {

    private static final Pattern TYPE = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*public\\s+(?:sealed\\s+|final\\s+)?(?:record|enum|class|interface)\\s+(\\w+)",
            Pattern.DOTALL);
    private static final Pattern CONSTANT = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*([A-Z][A-Z0-9_]*)\\s*[,;(\\n]", Pattern.DOTALL);

    private final Map<String, String> types = new HashMap<>();
    private final Map<String, Map<String, String>> params = new HashMap<>();
    private final Map<String, Map<String, String>> constants = new HashMap<>();

    JavadocIndex(Path sourceDir) {
        try (Stream<Path> files = Files.list(sourceDir)) {
            files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(this::index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model's sources, relative to the module directory that tests run in. */
    static JavadocIndex ofModel() {
        Path dir = Path.of("src/main/java/org/sosqa/core");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("sos-qa-core").resolve(dir);
        }
        return new JavadocIndex(dir);
    }

    String type(String simpleName) {
        return types.get(simpleName);
    }

    String param(String simpleName, String component) {
        return params.getOrDefault(simpleName, Map.of()).get(component);
    }

    Map<String, String> constants(String simpleName) {
        return constants.getOrDefault(simpleName, Map.of());
    }

    private void index(Path file) {
        String src;
        try {
            src = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = TYPE.matcher(src);
        if (!m.find()) {
            return;
        }
        String name = m.group(2);
        String doc = strip(m.group(1));
        int tag = doc.indexOf(" @");
        String main = tag < 0 ? doc : doc.substring(0, tag);
        if (doc.startsWith("@")) {
            main = "";
        }
        int paragraph = main.indexOf("<p>");
        types.put(name, clean(paragraph < 0 ? main : main.substring(0, paragraph)));
        Map<String, String> ps = new LinkedHashMap<>();
        for (String part : (" " + doc).split(" @")) {
            if (part.startsWith("param ")) {
                String rest = part.substring("param ".length()).trim();
                int sp = rest.indexOf(' ');
                if (sp > 0) {
                    ps.put(rest.substring(0, sp), sentence(clean(rest.substring(sp + 1))));
                }
            }
        }
        params.put(name, ps);
        if (src.contains("public enum " + name)) {
            Map<String, String> cs = new LinkedHashMap<>();
            Matcher c = CONSTANT.matcher(src.substring(m.end()));
            while (c.find()) {
                cs.put(c.group(2), clean(strip(c.group(1))));
            }
            constants.put(name, cs);
        }
    }

    private static String strip(String comment) {
        StringBuilder sb = new StringBuilder();
        for (String line : comment.split("\n")) {
            String t = line.trim();
            if (t.startsWith("*")) {
                t = t.substring(1).trim();
            }
            sb.append(t).append(' ');
        }
        return sb.toString().replaceAll("\\s+", " ").trim();
    }

    private static String clean(String text) {
        return text.replaceAll("\\{@(?:code|literal) ([^}]*)}", "$1")
                .replaceAll("\\{@link(?:plain)? (?:[\\w.]*#)?([\\w.]+)(?:\\([^)]*\\))?(?: ([^}]*))?}", "$1")
                .replaceAll("<[^>]+>", "")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static String sentence(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String s = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }
}
