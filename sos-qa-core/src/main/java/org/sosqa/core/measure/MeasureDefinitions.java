package org.sosqa.core.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sosqa.core.InvalidDocumentException;
import org.sosqa.core.Violation;
import org.sosqa.core.internal.Pointers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads measure definition files: JSON documents of the form {@code {"measures": [DEFINITION...]}} in which
 * every population is a {@link CaseCondition} from a closed catalogue (see {@code docs/measures.md}). The library's
 * own breadth measures ({@link #defaults()}) are such a file, {@value #DEFAULT_RESOURCE}; an organisation
 * replaces or extends them with its own.
 *
 * <p>A bad file is rejected whole, with every problem found and its JSON Pointer, in an
 * {@link InvalidDocumentException}.
 */
public final class MeasureDefinitions {

    /** The class-path resource of the default breadth measures. */
    public static final String DEFAULT_RESOURCE = "org/sosqa/core/measure/breadth-measures.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Set<String> KEYS = Set.of("id", "title", "description", "source", "scoring",
            "improvementNotation", "initialPopulation", "denominator", "denominatorExclusion", "numerator",
            "observation", "multiplier", "scale", "stratifiers");
    private static final List<String> DEFAULT_STRATIFIERS = List.of("team", "worker", "service-stage");

    private static volatile List<MeasureDefinition> defaults;

    private MeasureDefinitions() {
    }

    /** The library's own breadth dashboard measures (domain.md §2.4), read from {@value #DEFAULT_RESOURCE}. */
    public static List<MeasureDefinition> defaults() {
        List<MeasureDefinition> d = defaults;
        if (d == null) {
            try (InputStream in = MeasureDefinitions.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
                }
                d = read(in, DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = d;
        }
        return d;
    }

    /**
     * Reads a definition file.
     *
     * @param file the file
     * @return the definitions, in file order
     * @throws InvalidDocumentException with every problem and its JSON Pointer
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<MeasureDefinition> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads definitions.
     *
     * @param in the JSON document
     * @param source its name, for the exception
     * @return the definitions, in document order
     * @throws InvalidDocumentException with every problem and its JSON Pointer
     */
    public static List<MeasureDefinition> read(InputStream in, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new InvalidDocumentException(source, List.of(new Violation("", "malformed JSON" + where)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Violation> problems = new ArrayList<>();
        List<MeasureDefinition> out = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidDocumentException(source, List.of(new Violation("",
                    "expected an object {\"measures\": [...]}")));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!key.equals("measures") && !key.equals("$comment")) {
                problems.add(new Violation(Pointers.child("", key), "unknown property; a definition file has "
                        + "\"measures\" (and, optionally, \"$comment\")"));
            }
        }
        JsonNode measures = root.get("measures");
        if (measures == null || !measures.isArray() || measures.isEmpty()) {
            problems.add(new Violation("/measures", "expected a non-empty list of measure definitions"));
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < measures.size(); i++) {
                String at = Pointers.child("/measures", i);
                JsonNode id = measures.get(i).path("id");
                if (id.isTextual() && !ids.add(id.asText())) {
                    problems.add(new Violation(at + "/id", "the id \"" + id.asText() + "\" is used twice"));
                }
                MeasureDefinition d = definition(measures.get(i), at, problems);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Pointers.documentOrder(root));
            throw new InvalidDocumentException(source, problems);
        }
        return List.copyOf(out);
    }

    /** The named tests of the catalogue, each with one line saying what it tests. */
    public static Map<String, String> tests() {
        return CaseConditions.names();
    }

    /** The stratifiers a definition may name. */
    public static Set<String> stratifiers() {
        return CaseCatalogue.stratifiers().keySet();
    }

    /** The continuous-variable observations a definition may name, each with what it observes. */
    public static Map<String, String> observations() {
        return CaseCatalogue.observations();
    }

    private static MeasureDefinition definition(JsonNode m, String at, List<Violation> problems) {
        if (!m.isObject()) {
            problems.add(new Violation(at, "expected a measure definition object"));
            return null;
        }
        int before = problems.size();
        for (Iterator<String> it = m.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                problems.add(new Violation(Pointers.child(at, key), "unknown property; a measure has "
                        + String.join(", ", new java.util.TreeSet<>(KEYS))));
            }
        }
        String id = text(m, at, "id", true, problems);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(new Violation(at + "/id", "an id is 1-64 lower-case letters, digits, dots and hyphens, "
                    + "starting with a letter or digit"));
        }
        String title = text(m, at, "title", true, problems);
        String description = text(m, at, "description", true, problems);
        String source = text(m, at, "source", false, problems);
        Scoring scoring = choice(m, at, "scoring", Scoring.class, Scoring.PROPORTION, problems);
        ImprovementNotation improvement = choice(m, at, "improvementNotation", ImprovementNotation.class, null,
                problems);
        CaseCondition ip = test(m, at, "initialPopulation", "open", problems);
        CaseCondition den = test(m, at, "denominator", "always", problems);
        CaseCondition excl = m.has("denominatorExclusion")
                ? CaseConditions.read(m.get("denominatorExclusion"), at + "/denominatorExclusion", problems) : null;
        CaseCondition num = null;
        String observation = null;
        if (scoring == Scoring.CONTINUOUS_VARIABLE) {
            if (m.has("numerator")) {
                problems.add(new Violation(at + "/numerator", "a continuous-variable measure has no numerator"));
            }
            observation = text(m, at, "observation", true, problems);
            if (observation != null && !CaseCatalogue.observations().containsKey(observation)) {
                problems.add(new Violation(at + "/observation", "unknown observation \"" + observation
                        + "\"; the observations are: " + String.join(", ", CaseCatalogue.observations().keySet())));
                observation = null;
            }
        } else if (scoring != null) {
            if (m.has("observation")) {
                problems.add(new Violation(at + "/observation", "only a continuous-variable measure has an observation"));
            }
            if (!m.has("numerator")) {
                problems.add(new Violation(at, "a " + scoring.name().toLowerCase(Locale.ROOT)
                        + " measure needs a \"numerator\""));
            } else {
                num = CaseConditions.read(m.get("numerator"), at + "/numerator", problems);
            }
        }
        BigDecimal multiplier = scoring == Scoring.PROPORTION ? BigDecimal.valueOf(100) : BigDecimal.ONE;
        if (m.has("multiplier")) {
            JsonNode v = m.get("multiplier");
            if (!v.isNumber() || v.decimalValue().signum() <= 0) {
                problems.add(new Violation(at + "/multiplier", "expected a number greater than 0"));
            } else {
                multiplier = v.decimalValue();
            }
        }
        int scale = 1;
        if (m.has("scale")) {
            JsonNode v = m.get("scale");
            if (!v.isIntegralNumber() || v.asInt() < 0 || v.asInt() > 6) {
                problems.add(new Violation(at + "/scale", "expected a whole number from 0 to 6"));
            } else {
                scale = v.asInt();
            }
        }
        List<String> stratifiers = DEFAULT_STRATIFIERS;
        if (m.has("stratifiers")) {
            JsonNode v = m.get("stratifiers");
            if (!v.isArray()) {
                problems.add(new Violation(at + "/stratifiers", "expected a list of stratifier ids"));
            } else {
                List<String> s = new ArrayList<>();
                for (int i = 0; i < v.size(); i++) {
                    String name = v.get(i).asText(null);
                    if (!v.get(i).isTextual() || !CaseCatalogue.stratifiers().containsKey(name)) {
                        problems.add(new Violation(Pointers.child(at + "/stratifiers", i), "unknown stratifier; "
                                + "the stratifiers are: " + String.join(", ", CaseCatalogue.stratifiers().keySet())));
                    } else if (s.contains(name)) {
                        problems.add(new Violation(Pointers.child(at + "/stratifiers", i), "listed twice"));
                    } else {
                        s.add(name);
                    }
                }
                stratifiers = s;
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new MeasureDefinition(id, title, description, source == null ? "" : source, scoring, improvement,
                ip, den, excl, num, observation, multiplier, scale, stratifiers);
    }

    private static String text(JsonNode m, String at, String key, boolean required, List<Violation> problems) {
        JsonNode v = m.get(key);
        if (v == null) {
            if (required) {
                problems.add(new Violation(at, "missing \"" + key + "\""));
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problems.add(new Violation(at + "/" + key, "expected a non-empty string"));
            return null;
        }
        return v.asText();
    }

    private static <E extends Enum<E>> E choice(JsonNode m, String at, String key, Class<E> type, E fallback,
            List<Violation> problems) {
        JsonNode v = m.get(key);
        List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        if (v == null) {
            if (fallback == null) {
                problems.add(new Violation(at, "missing \"" + key + "\" (" + String.join(" or ", names) + ")"));
            }
            return fallback;
        }
        int i = v.isTextual() ? names.indexOf(v.asText()) : -1;
        if (i < 0) {
            problems.add(new Violation(at + "/" + key, "expected one of " + String.join(", ", names)));
            return null;
        }
        return type.getEnumConstants()[i];
    }

    private static CaseCondition test(JsonNode m, String at, String key, String fallback, List<Violation> problems) {
        JsonNode v = m.get(key);
        if (v == null) {
            return CaseConditions.read(com.fasterxml.jackson.databind.node.TextNode.valueOf(fallback), at, problems);
        }
        return CaseConditions.read(v, at + "/" + key, problems);
    }
}
