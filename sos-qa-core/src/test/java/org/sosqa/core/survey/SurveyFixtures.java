package org.sosqa.core.survey;

import java.util.HashMap;
import java.util.Map;

/** A small instrument and responses whose scores are worked out by hand in {@link SurveyScoringTest}. */
final class SurveyFixtures {

    static final String INSTRUMENT = """
            {
              "id": "t", "version": "1", "title": "Test",
              "scales": [{"id": "s", "title": "Scale S", "source": "domain.md §2.5"}],
              "items": [
                {"id": "a", "text": "A", "type": "likert-5", "scale": "s"},
                {"id": "b", "text": "B", "type": "likert-5", "scale": "s"},
                {"id": "c", "text": "C", "type": "likert-5", "scale": "s", "reverse": true},
                {"id": "d", "text": "D", "type": "likert-5", "scale": "s"},
                {"id": "z", "text": "Z", "type": "scale-0-10"},
                {"id": "y", "text": "Y", "type": "yes-no"},
                {"id": "w", "text": "W", "type": "free-text"}
              ]
            }
            """;

    /**
     * Six respondents, five in north and one in south:
     * r1 a5 b4 c1 d4 (c reversed 5): mean 4.5, score 87.5, agrees;
     * r2 a4 b4 c2 d3: 4,4,4,3 mean 3.75, score 68.75;
     * r3 a4 c3: two of four answered (enough), 4,3, score 62.5;
     * r4 a5 only: one of four, not scored;
     * r5 a3 b3 c5 d3: 3,3,1,3, score 37.5;
     * r6 (south) a4 b4 c2 d4: all 4, score 75 exactly, agrees.
     */
    static final String RESPONSES = """
            [
              {"respondent": "r1", "team": "north", "cycle": "c1", "answers": {"a": 5, "b": 4, "c": 1, "d": 4, "z": 7, "y": true, "w": "We felt listened to"}},
              {"respondent": "r2", "team": "north", "cycle": "c1", "answers": {"a": 4, "b": 4, "c": 2, "d": 3, "z": 3, "y": false}},
              {"respondent": "r3", "team": "north", "cycle": "c1", "answers": {"a": 4, "b": null, "c": 3, "z": null, "y": true, "w": "The worker was late"}},
              {"respondent": "r4", "team": "north", "cycle": "c1", "answers": {"a": 5, "z": 8, "y": true}},
              {"respondent": "r5", "team": "north", "cycle": "c1", "answers": {"a": 3, "b": 3, "c": 5, "d": 3, "z": 5, "y": true, "w": "  "}},
              {"respondent": "r6", "team": "south", "cycle": "c1", "answers": {"a": 4, "b": 4, "c": 2, "d": 4, "z": 6, "y": false}}
            ]
            """;

    private SurveyFixtures() {
    }

    static SurveyInstrument instrument() {
        return SurveyInstruments.read(INSTRUMENT, "test-instrument.json");
    }

    /** A response with all four scale items rated {@code rating}. */
    static SurveyResponse uniform(String id, String team, int rating) {
        Map<String, Integer> r = new HashMap<>();
        for (String item : new String[] {"a", "b", "c", "d"}) {
            r.put(item, item.equals("c") ? 6 - rating : rating);
        }
        return new SurveyResponse(id, team, "c1", r, Map.of());
    }
}
