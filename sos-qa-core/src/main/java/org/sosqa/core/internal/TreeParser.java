package org.sosqa.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sosqa.core.ReadLimits;
import org.sosqa.core.Violation;

/**
 * Turns the bytes of one document into a Jackson tree under the {@link ReadLimits}, or into one
 * violation that says where and what went wrong. Messages never repeat the document's text.
 */
final class TreeParser {

    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern CHARACTER = Pattern.compile("\\('.{1,2}' \\(code (\\d+)(?: / 0x[0-9a-fA-F]+)?\\)\\)");
    private static final Set<String> SAFE_TOKENS = Set.of("null", "true", "false", "NaN", "Infinity",
            "-Infinity", "+Infinity", "INF", "-INF", "+INF");
    private static final int MAX_MESSAGE = 300;

    private final JsonFactory factory;
    private final ObjectReader reader;
    private final ReadLimits limits;

    TreeParser(ReadLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(limits.maxPropertyNameLength())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.reader = JsonSupport.mapper(false).reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The outcome: a tree, or the one violation that stopped parsing. */
    record Parsed(JsonNode tree, Violation violation) {
    }

    Parsed parse(byte[] bytes) {
        if (bytes.length > limits.maxDocumentBytes()) {
            return failed(tooLarge(limits.maxDocumentBytes()));
        }
        String text;
        try {
            text = decode(bytes);
        } catch (BadEncoding e) {
            return failed("the document is not valid UTF-8 text: a bad byte sequence at line " + e.line
                    + ", column " + e.column);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed("the document is empty: expected a JSON object");
        }
        try (JsonParser parser = factory.createParser(text)) {
            try {
                JsonNode tree = reader.readTree(parser);
                if (tree == null || tree.isMissingNode()) {
                    return failed("the document is empty: expected a JSON object");
                }
                JsonToken trailing = parser.nextToken();
                if (trailing != null) {
                    return failed("unexpected content after the end of the JSON document at "
                            + where(parser.currentTokenLocation()) + "; a document holds exactly one object");
                }
                return new Parsed(tree, null);
            } catch (StreamConstraintsException e) {
                return failed(limitMessage(e) + " at " + where(parser.currentLocation()));
            } catch (JsonEOFException e) {
                return failed("malformed JSON at " + where(location(e, parser))
                        + ": the document ends too soon (an object, array or string is not closed)");
            } catch (JsonProcessingException e) {
                return failed("malformed JSON at " + where(location(e, parser)) + ": " + describe(e));
            } catch (RuntimeException e) {
                return failed("malformed JSON at " + where(parser.currentLocation())
                        + ": the document could not be parsed");
            }
        } catch (IOException e) {
            return failed("the document could not be parsed");
        }
    }

    static String tooLarge(long max) {
        return "the document is larger than the limit of " + String.format(Locale.ROOT, "%,d", max)
                + " bytes (ReadLimits.maxDocumentBytes); reading stopped at byte "
                + String.format(Locale.ROOT, "%,d", max + 1);
    }

    private static Parsed failed(String message) {
        return new Parsed(null, new Violation("", message));
    }

    private static JsonLocation location(JsonProcessingException e, JsonParser parser) {
        JsonLocation loc = e.getLocation();
        return loc != null ? loc : parser.currentLocation();
    }

    private static String where(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "an unknown position";
        }
        return "line " + loc.getLineNr() + ", column " + Math.max(1, loc.getColumnNr());
    }

    private String limitMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("Document nesting depth")) {
            return "the document is nested deeper than the limit of " + limits.maxNestingDepth()
                    + " levels (ReadLimits.maxNestingDepth)";
        }
        if (m.startsWith("String value length")) {
            return "a string is longer than the limit of " + String.format(Locale.ROOT, "%,d", limits.maxStringLength())
                    + " characters (ReadLimits.maxStringLength)";
        }
        if (m.startsWith("Number value length")) {
            return "a number is longer than the limit of " + limits.maxNumberLength()
                    + " characters (ReadLimits.maxNumberLength)";
        }
        if (m.startsWith("Name length")) {
            return "a property name is longer than the limit of " + limits.maxPropertyNameLength()
                    + " characters (ReadLimits.maxPropertyNameLength)";
        }
        if (m.startsWith("Document length")) {
            return tooLarge(limits.maxDocumentBytes());
        }
        return "the document exceeds a reading limit";
    }

    /** Jackson's own description, with any quoted document text taken out. */
    static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null || m.isBlank()) {
            return "the document could not be parsed";
        }
        if (m.startsWith("Duplicate Object property") || m.startsWith("Duplicate field")) {
            Matcher q = QUOTED.matcher(m);
            String name = q.find() ? q.group(1) : "";
            return name.length() <= 64 && !name.isEmpty()
                    ? "the property \"" + name + "\" appears twice in the same object"
                    : "a property appears twice in the same object";
        }
        m = SOURCE_LOCATION.matcher(m).replaceAll("line $1, column $2");
        m = CHARACTER.matcher(m).replaceAll("(character code $1)");
        Matcher q = QUOTED.matcher(m);
        StringBuilder sb = new StringBuilder();
        while (q.find()) {
            String token = q.group(1);
            boolean safe = token.length() <= 1 || SAFE_TOKENS.contains(token);
            q.appendReplacement(sb, Matcher.quoteReplacement(safe ? q.group() : "(text not shown)"));
        }
        q.appendTail(sb);
        String out = sb.toString().replace('\n', ' ').replace('\r', ' ');
        if (out.length() > MAX_MESSAGE) {
            out = out.substring(0, MAX_MESSAGE) + "...";
        }
        return out;
    }

    private static String decode(byte[] bytes) throws BadEncoding {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.limit(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new BadEncoding(line, column);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** A byte sequence that is not UTF-8, and where it starts. */
    private static final class BadEncoding extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        BadEncoding(int line, int column) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
        }
    }
}
