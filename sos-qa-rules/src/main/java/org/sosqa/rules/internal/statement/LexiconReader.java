package org.sosqa.rules.internal.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the lines of one lexicon file into a {@link Lexicon.Builder}, noting each bad line. */
final class LexiconReader {

    /** Flags for every lexicon pattern. */
    static final int PATTERN_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern DEFINE = Pattern.compile("define\\s+([A-Za-z][A-Za-z0-9_]*)\\s*=\\s*(.*)");
    private static final Pattern REFERENCE = Pattern.compile("%([A-Za-z][A-Za-z0-9_]*)%");
    private static final Pattern SETTING = Pattern.compile("([A-Za-z][A-Za-z0-9_.]*)\\s*=\\s*(\\S+)");

    private final Lexicon.Builder builder;
    private final LexiconList list;
    private final String source;
    private int lineNumber;

    LexiconReader(Lexicon.Builder builder, LexiconList list, String source) {
        this.builder = builder;
        this.list = list;
        this.source = source;
    }

    void read(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lineNumber = i + 1;
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String content = withoutComment(line).strip();
            if (content.isEmpty()) {
                continue;
            }
            try {
                switch (list.type()) {
                    case PHRASES, WORDS -> phrase(content);
                    case TEMPLATES -> template(content);
                    case PATTERNS -> pattern(content);
                    case SETTINGS -> setting(content);
                }
            } catch (IllegalArgumentException e) {
                problem(e.getMessage());
            }
        }
    }

    private void phrase(String content) {
        boolean remove = content.startsWith("-");
        String body = remove ? content.substring(1).strip() : content;
        boolean capitalsOnly = body.startsWith("=");
        if (capitalsOnly) {
            body = body.substring(1).strip();
        }
        List<Phrase> entries = builder.phrases(list);
        for (String variant : expandBraces(body)) {
            Phrase phrase = Phrase.of(variant, capitalsOnly, where());
            if (phrase == null) {
                throw new IllegalArgumentException("'" + variant + "' has no words");
            }
            if (list.type() == LexiconList.Type.WORDS && phrase.keys().size() != 1) {
                throw new IllegalArgumentException(
                        "'" + variant + "' is not one word; this file takes one word a line");
            }
            if (remove) {
                if (!entries.removeIf(p -> p.keys().equals(phrase.keys()))) {
                    throw new IllegalArgumentException("cannot remove '" + variant + "': it is not in the list");
                }
            } else {
                entries.add(phrase);
            }
        }
    }

    private void template(String content) {
        for (String variant : expandBraces(content)) {
            builder.templates.add(Template.of(variant, where()));
        }
    }

    private void pattern(String content) {
        Map<String, String> defined = builder.defines(list);
        Matcher define = DEFINE.matcher(content);
        if (define.matches()) {
            String value = substitute(define.group(2).strip(), defined);
            compile("(?:" + value + ")");
            defined.put(define.group(1), value);
            return;
        }
        String regex = substitute(content, defined);
        Pattern compiled = compile(regex);
        if (compiled.matcher("").matches()) {
            throw new IllegalArgumentException("the expression matches empty text, so it would match everywhere");
        }
        builder.patterns(list).add(new PatternEntry(regex, compiled, where()));
    }

    private void setting(String content) {
        Matcher m = SETTING.matcher(content);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected 'name = whole number', found '" + content + "'");
        }
        String name = m.group(1);
        if (!Lexicon.SETTING_NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown setting '" + name + "'; known settings are "
                    + Lexicon.SETTING_NAMES.stream().sorted().toList());
        }
        int value;
        try {
            value = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + m.group(2) + "' is not a whole number");
        }
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
        builder.settings.put(name, value);
    }

    private Pattern compile(String regex) {
        try {
            return Pattern.compile(regex, PATTERN_FLAGS);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression: " + e.getDescription()
                    + " near index " + e.getIndex() + " of '" + regex + "'");
        }
    }

    private static String substitute(String regex, Map<String, String> defined) {
        Matcher m = REFERENCE.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = defined.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("%" + m.group(1) + "% is not defined above this line");
            }
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + value + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code shout{,s,ed}} -> shout, shouts, shouted; several groups multiply; no nesting. */
    static List<String> expandBraces(String text) {
        List<String> results = new ArrayList<>();
        results.add("");
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                throw new IllegalArgumentException("'}' without '{'");
            }
            if (c != '{') {
                int next = nextBrace(text, i);
                String literal = text.substring(i, next);
                results.replaceAll(r -> r + literal);
                i = next;
                continue;
            }
            int close = text.indexOf('}', i);
            if (close < 0) {
                throw new IllegalArgumentException("'{' without '}'");
            }
            String inside = text.substring(i + 1, close);
            if (inside.indexOf('{') >= 0) {
                throw new IllegalArgumentException("braces cannot be nested");
            }
            String[] options = inside.split(",", -1);
            List<String> product = new ArrayList<>();
            for (String r : results) {
                for (String option : options) {
                    product.add(r + option.strip());
                }
            }
            results = product;
            i = close + 1;
        }
        return results;
    }

    private static int nextBrace(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '{' || c == '}') {
                return k;
            }
        }
        return text.length();
    }

    static String withoutComment(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("#")) {
            return "";
        }
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private String where() {
        return source + ":" + lineNumber;
    }

    private void problem(String message) {
        builder.problems.add(new LexiconProblem(source, lineNumber, message));
    }
}
