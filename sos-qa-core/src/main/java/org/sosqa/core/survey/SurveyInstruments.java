package org.sosqa.core.survey;

import org.sosqa.core.InvalidDocumentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.sosqa.core.Violation;

/**
 * The default instruments, and reading an organisation's own.
 *
 * <p>The defaults are sos-qa's own, not Munro, Turnell and Murphy's (which are not public): the family survey
 * follows the minimal parent survey of domain.md §2.6, the staff survey the Safety Attitudes Questionnaire
 * domains of domain.md §2.5 in the library's own social-care wording. Each item cites the section it comes
 * from. The files are {@value #FAMILY_RESOURCE} and {@value #STAFF_RESOURCE}; copy one to start your own.
 */
public final class SurveyInstruments {

    /** The class-path resource of the default family survey. */
    public static final String FAMILY_RESOURCE = "org/sosqa/core/survey/family-survey.json";
    /** The class-path resource of the default staff survey. */
    public static final String STAFF_RESOURCE = "org/sosqa/core/survey/staff-survey.json";

    private static final SurveyInstrument FAMILY = resource(FAMILY_RESOURCE);
    private static final SurveyInstrument STAFF = resource(STAFF_RESOURCE);

    private SurveyInstruments() {
    }

    /** sos-qa's own default family survey (domain.md §2.6). */
    public static SurveyInstrument family() {
        return FAMILY;
    }

    /** sos-qa's own default staff survey (domain.md §2.5). */
    public static SurveyInstrument staff() {
        return STAFF;
    }

    /** The default instrument named {@code family} or {@code staff}, or null. */
    public static SurveyInstrument byName(String name) {
        return switch (name) {
            case "family" -> FAMILY;
            case "staff" -> STAFF;
            default -> null;
        };
    }

    /**
     * Reads an instrument file.
     *
     * @param file a JSON instrument document (see docs/surveys.md)
     * @return the instrument
     * @throws InvalidDocumentException listing every problem, each with its JSON Pointer
     * @throws UncheckedIOException if the file cannot be read
     */
    public static SurveyInstrument read(Path file) {
        try {
            return InstrumentParser.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidDocumentException(file.toString(), List.of(new Violation("", "the file is not UTF-8 text")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an instrument document held in a string.
     *
     * @param json the document
     * @param source where it came from, for messages; may be null
     * @return the instrument
     * @throws InvalidDocumentException listing every problem
     */
    public static SurveyInstrument read(String json, String source) {
        return InstrumentParser.parse(json, source);
    }

    /** The text of a default instrument's file, to copy as the start of an organisation's own. */
    public static String defaultText(String name) {
        String resource = switch (name) {
            case "family" -> FAMILY_RESOURCE;
            case "staff" -> STAFF_RESOURCE;
            default -> throw new IllegalArgumentException("no default instrument named " + name);
        };
        try (InputStream in = SurveyInstruments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SurveyInstrument resource(String resource) {
        String name = resource.contains("family") ? "family" : "staff";
        return InstrumentParser.parse(defaultText(name), resource);
    }
}
