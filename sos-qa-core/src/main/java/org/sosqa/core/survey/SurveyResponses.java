package org.sosqa.core.survey;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sosqa.core.Violation;
import org.sosqa.core.internal.Pointers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads survey responses from JSON files (an array of responses, or an object with {@code "responses"}) and
 * JSON Lines files ({@code *.jsonl}, one response per line). Every response is checked against the
 * instrument; a bad response is rejected with its location and every other one is kept.
 *
 * <p>A response is {@code {"respondent": ID, "team": S, "cycle": S, "answers": {ITEM: VALUE}}}: a Likert item
 * takes 1-5, a 0-10 item 0-10, a yes-no item true or false, a free-text item a string; null or an absent item
 * is not answered. A respondent id may appear only once in a batch.
 */
public final class SurveyResponses {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyResponses.class);
    private static final Set<String> RESPONSE = Set.of("respondent", "team", "cycle", "answers");
    private static final Set<String> FILE = Set.of("instrument", "responses");

    private SurveyResponses() {
    }

    /**
     * Reads responses from files, in order.
     *
     * @param files JSON or JSON Lines files
     * @param instrument the instrument they answer
     * @return the valid responses and the rejected ones; a file that cannot be read is rejected whole
     */
    public static ResponseBatch read(List<Path> files, SurveyInstrument instrument) {
        Reader reader = new Reader(instrument);
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                reader.reject(file.toString(), "", "the file is not UTF-8 text");
                continue;
            } catch (IOException e) {
                reader.reject(file.toString(), "", "the file cannot be read");
                continue;
            }
            reader.read(text, file.toString());
        }
        ResponseBatch batch = new ResponseBatch(reader.valid, reader.rejected);
        LOG.debug("read {} responses to {}, rejected {}", batch.responses().size(), instrument.id(),
                batch.rejected().size());
        return batch;
    }

    /**
     * Reads responses from one document held in a string.
     *
     * @param text the document: JSON, or JSON Lines when {@code name} ends with {@code .jsonl}
     * @param name its name, for locations
     * @param instrument the instrument they answer
     * @return the valid and rejected responses
     */
    public static ResponseBatch read(String text, String name, SurveyInstrument instrument) {
        Reader reader = new Reader(instrument);
        reader.read(text, name);
        return new ResponseBatch(reader.valid, reader.rejected);
    }

    private static final class Reader {
        final SurveyInstrument instrument;
        final List<SurveyResponse> valid = new ArrayList<>();
        final List<RejectedResponse> rejected = new ArrayList<>();
        final Map<String, String> seen = new HashMap<>();

        Reader(SurveyInstrument instrument) {
            this.instrument = instrument;
        }

        void reject(String source, String path, String message) {
            rejected.add(new RejectedResponse(source, List.of(new Violation(path, message))));
        }

        void read(String text, String name) {
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            if (name.endsWith(".jsonl")) {
                String[] lines = text.split("\r?\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].isBlank()) {
                        String source = name + ":" + (i + 1);
                        Checks c = new Checks();
                        JsonNode node = c.parse(lines[i]);
                        if (node == null) {
                            rejected.add(new RejectedResponse(source, c.violations));
                        } else {
                            response(node, "", source, source);
                        }
                    }
                }
                return;
            }
            Checks c = new Checks();
            JsonNode root = c.parse(text);
            if (root == null) {
                rejected.add(new RejectedResponse(name, c.violations));
                return;
            }
            String base = "";
            JsonNode array = root;
            if (root.isObject()) {
                c.known(root, "", FILE);
                JsonNode declared = root.get("instrument");
                if (declared != null && !(declared.isTextual() && declared.asText().equals(instrument.id()))) {
                    c.add("/instrument", "names another instrument than " + instrument.id());
                }
                array = root.get("responses");
                base = "/responses";
            }
            if (array == null || !array.isArray()) {
                c.add(base, "must be an array of responses");
            }
            if (!c.ok()) {
                rejected.add(new RejectedResponse(name, c.violations));
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                response(array.get(i), Pointers.child(base, i), name, name + Pointers.child(base, i));
            }
        }

        /** Checks one response; {@code where} names it for the duplicate check (file:line or file/pointer). */
        void response(JsonNode node, String at, String source, String where) {
            Checks c = new Checks();
            if (!node.isObject()) {
                c.add(at, "a response must be a JSON object");
                rejected.add(new RejectedResponse(source, c.violations));
                return;
            }
            c.known(node, at, RESPONSE);
            String respondent = c.id(node, at, "respondent", true);
            String team = c.text(node, at, "team", false);
            String cycle = c.text(node, at, "cycle", false);
            Map<String, Integer> ratings = new TreeMap<>();
            Map<String, String> freeText = new TreeMap<>();
            JsonNode answers = node.get("answers");
            String answersAt = Pointers.child(at, "answers");
            if (answers == null || !answers.isObject()) {
                c.add(answersAt, "must be an object of answers by item id");
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    answer(c, Pointers.child(answersAt, e.getKey()), e.getKey(), e.getValue(), ratings, freeText);
                }
            }
            if (respondent != null && c.ok()) {
                String first = seen.putIfAbsent(respondent, where);
                if (first != null) {
                    c.add(Pointers.child(at, "respondent"), "respondent " + respondent + " already answered at " + first);
                }
            }
            if (!c.ok()) {
                rejected.add(new RejectedResponse(source, c.violations));
                return;
            }
            valid.add(new SurveyResponse(respondent, team, cycle, ratings, freeText));
        }

        private void answer(Checks c, String at, String itemId, JsonNode v, Map<String, Integer> ratings,
                Map<String, String> freeText) {
            SurveyItem item = instrument.item(itemId).orElse(null);
            if (item == null) {
                c.add(at, "no item of instrument " + instrument.id() + " has this id");
                return;
            }
            if (v.isNull()) {
                return; // not answered
            }
            switch (item.type()) {
                case LIKERT_5, SCALE_0_10 -> {
                    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < item.type().min() || v.asInt() > item.type().max()) {
                        c.add(at, "must be a whole number from " + item.type().min() + " to " + item.type().max()
                                + " (" + item.type().json() + "), or null when not answered");
                    } else {
                        ratings.put(itemId, v.asInt());
                    }
                }
                case YES_NO -> {
                    if (!v.isBoolean()) {
                        c.add(at, "must be true or false (yes-no), or null when not answered");
                    } else {
                        ratings.put(itemId, v.asBoolean() ? 1 : 0);
                    }
                }
                case FREE_TEXT -> {
                    if (!v.isTextual()) {
                        c.add(at, "must be a string (free-text), or null when not answered");
                    } else if (!v.asText().isBlank()) {
                        freeText.put(itemId, v.asText());
                    }
                }
            }
        }
    }
}
