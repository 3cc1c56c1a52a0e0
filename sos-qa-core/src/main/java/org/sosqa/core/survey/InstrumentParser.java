package org.sosqa.core.survey;

import org.sosqa.core.InvalidDocumentException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sosqa.core.internal.Pointers;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads an instrument document, locating every problem. */
final class InstrumentParser {

    private static final Set<String> TOP = Set.of("id", "version", "title", "description", "scales", "items");
    private static final Set<String> SCALE = Set.of("id", "title", "source");
    private static final Set<String> ITEM = Set.of("id", "text", "type", "scale", "reverse", "source");

    private InstrumentParser() {
    }

    static SurveyInstrument parse(String text, String source) {
        Checks c = new Checks();
        JsonNode root = c.parse(text);
        if (root != null && !root.isObject()) {
            c.add("", "must be a JSON object");
        }
        if (!c.ok()) {
            throw new InvalidDocumentException(source, c.violations);
        }
        c.known(root, "", TOP);
        String id = c.id(root, "", "id", true);
        String version = c.text(root, "", "version", true);
        String title = c.text(root, "", "title", true);
        String description = c.text(root, "", "description", false);
        List<SurveyScale> scales = new ArrayList<>();
        Set<String> scaleIds = new HashSet<>();
        JsonNode scalesNode = root.get("scales");
        if (scalesNode != null && !scalesNode.isNull() && !scalesNode.isArray()) {
            c.add("/scales", "must be an array");
        } else if (scalesNode != null && scalesNode.isArray()) {
            for (int i = 0; i < scalesNode.size(); i++) {
                String at = Pointers.child("/scales", i);
                JsonNode s = scalesNode.get(i);
                if (!s.isObject()) {
                    c.add(at, "must be an object");
                    continue;
                }
                c.known(s, at, SCALE);
                String sid = c.id(s, at, "id", true);
                String stitle = c.text(s, at, "title", true);
                String ssource = c.text(s, at, "source", false);
                if (sid != null && !scaleIds.add(sid)) {
                    c.add(Pointers.child(at, "id"), "scale id " + sid + " is used twice");
                } else if (sid != null && stitle != null) {
                    scales.add(new SurveyScale(sid, stitle, ssource));
                }
            }
        }
        List<SurveyItem> items = new ArrayList<>();
        Set<String> itemIds = new HashSet<>();
        Set<String> usedScales = new HashSet<>();
        JsonNode itemsNode = root.get("items");
        if (itemsNode == null || !itemsNode.isArray() || itemsNode.isEmpty()) {
            c.add("/items", "must be a non-empty array of items");
        } else {
            for (int i = 0; i < itemsNode.size(); i++) {
                String at = Pointers.child("/items", i);
                JsonNode n = itemsNode.get(i);
                if (!n.isObject()) {
                    c.add(at, "must be an object");
                    continue;
                }
                c.known(n, at, ITEM);
                String iid = c.id(n, at, "id", true);
                String itext = c.text(n, at, "text", true);
                String typeName = c.text(n, at, "type", true);
                ResponseType type = typeName == null ? null : ResponseType.fromJson(typeName);
                if (typeName != null && type == null) {
                    c.add(Pointers.child(at, "type"), "must be one of likert-5, scale-0-10, yes-no, free-text");
                }
                String scale = c.id(n, at, "scale", false);
                boolean reverse = c.flag(n, at, "reverse");
                String isource = c.text(n, at, "source", false);
                boolean good = iid != null && itext != null && type != null;
                if (iid != null && !itemIds.add(iid)) {
                    c.add(Pointers.child(at, "id"), "item id " + iid + " is used twice");
                    good = false;
                }
                if (scale != null) {
                    usedScales.add(scale);
                    if (!scaleIds.contains(scale)) {
                        c.add(Pointers.child(at, "scale"), "names scale " + scale + ", which /scales does not define");
                        good = false;
                    } else if (type != null && type != ResponseType.LIKERT_5) {
                        c.add(Pointers.child(at, "scale"), "only likert-5 items belong to a scale");
                        good = false;
                    }
                }
                if (reverse && type != null && type != ResponseType.LIKERT_5) {
                    c.add(Pointers.child(at, "reverse"), "only likert-5 items can be reverse scored");
                    good = false;
                }
                if (good) {
                    items.add(new SurveyItem(iid, itext, type, scale, reverse, isource));
                }
            }
        }
        for (int i = 0; scalesNode != null && scalesNode.isArray() && i < scalesNode.size(); i++) {
            JsonNode sid = scalesNode.get(i).get("id");
            if (sid != null && sid.isTextual() && scaleIds.contains(sid.asText()) && !usedScales.contains(sid.asText())) {
                c.add(Pointers.child(Pointers.child("/scales", i), "id"), "scale " + sid.asText() + " has no items");
            }
        }
        if (!c.ok()) {
            throw new InvalidDocumentException(source, c.violations);
        }
        return new SurveyInstrument(id, version, title, description, scales, items);
    }
}
