package org.sosqa.rules.internal.scoring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads an instrument from JSON and checks that it makes sense before anything is scored with it. */
public final class InstrumentLoader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private InstrumentLoader() {
    }

    /** The default instrument shipped with the library. */
    public static Instrument defaultInstrument() {
        try (InputStream in = InstrumentLoader.class.getResourceAsStream("/org/sosqa/rules/defaults/instrument.json")) {
            if (in == null) {
                throw new IllegalStateException("the default instrument is missing from the classpath");
            }
            Instrument instrument = MAPPER.readValue(in, Instrument.class);
            List<String> problems = problems(instrument);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the default instrument is invalid: " + problems);
            }
            return instrument;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an instrument.
     *
     * @param in the JSON
     * @return the instrument
     * @throws IOException where the JSON is malformed or does not have the instrument's shape
     */
    public static Instrument read(InputStream in) throws IOException {
        return MAPPER.readValue(in, Instrument.class);
    }

    /**
     * What is wrong with an instrument, in its author's terms; empty when nothing is.
     *
     * @param instrument the instrument
     * @return the problems
     */
    public static List<String> problems(Instrument instrument) {
        List<String> problems = new ArrayList<>();
        if (instrument.domains().isEmpty()) {
            problems.add("the instrument has no domains (\"domains\")");
        }
        if (instrument.grades().isEmpty()) {
            problems.add("the instrument has no grade boundaries (\"grades\")");
        }
        boolean reachesZero = instrument.grades().stream().anyMatch(g -> g.minScore() <= 0.0);
        if (!reachesZero) {
            problems.add("no grade has minScore 0, so a low score would have no grade");
        }
        Instrument.RatingScale scale = instrument.ratingScale();
        if (scale == null || scale.max() <= scale.min()) {
            problems.add("\"ratingScale\" is missing, or its max is not greater than its min");
        } else {
            if (scale.fromProportion().stream().noneMatch(s -> s.atLeast() <= 0.0)) {
                problems.add("the rating scale has no step for a share of 0");
            }
            scale.fromProportion().stream().filter(s -> s.rating() < scale.min() || s.rating() > scale.max())
                    .forEach(s -> problems.add("rating " + s.rating() + " is outside the scale " + scale.min() + "-" + scale.max()));
        }
        Set<String> ids = new HashSet<>();
        for (Instrument.Domain domain : instrument.domains()) {
            if (!ids.add(domain.id())) {
                problems.add("domain id '" + domain.id() + "' is used twice");
            }
            if (domain.weight() < 0) {
                problems.add("domain '" + domain.id() + "' has a negative weight");
            }
            for (Instrument.Criterion criterion : domain.criteria()) {
                if (!ids.add(criterion.id())) {
                    problems.add("criterion id '" + criterion.id() + "' is used twice");
                }
                if (criterion.weight() < 0) {
                    problems.add("criterion '" + criterion.id() + "' has a negative weight");
                }
            }
        }
        return problems;
    }
}
