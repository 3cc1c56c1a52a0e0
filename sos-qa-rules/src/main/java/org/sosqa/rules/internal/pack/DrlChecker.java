package org.sosqa.rules.internal.pack;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sosqa.rules.internal.CompileMessage;
import org.sosqa.rules.internal.LoadedRules;
import org.sosqa.rules.internal.RuntimeRuleCompiler;

/**
 * Compiles a pack's rules and turns Drools' messages into the rule author's terms. Drools stops at the
 * first file whose conditions it cannot read, and reports some errors against Java it generated, so
 * every file is also compiled on its own: the broken file is always named, with its line where it can
 * be found, and an unknown field or method lists what the fact does have.
 */
public final class DrlChecker {
    private static final String FACTS_PACKAGE = "org.sosqa.rules.facts.";
    private static final Pattern LEFT_PART = Pattern.compile("Unable to parse left part of expression: (.+)");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(.*?\\) is undefined for the type (\\w+)");
    private static final Pattern UNRESOLVED_TYPE = Pattern.compile("(?:Unable to resolve ObjectType '|)(\\w+)'? cannot be resolved(?: to a type)?|Unable to resolve ObjectType '(\\w+)'");
    private static final Pattern PATTERN_START = Pattern.compile("(\\w+)\\s*\\(");

    private DrlChecker() {
    }

    /**
     * Compiles the files together, and each on its own when asked or when the whole fails.
     *
     * @param files file name to DRL text
     * @param eachAlone whether to compile each file on its own even if the whole compiles
     * @param problems where problems go, in the author's terms
     * @return the compiled rules, when there were no errors
     */
    public static Optional<LoadedRules> compile(Map<String, String> files, boolean eachAlone, Problems problems) {
        if (files.isEmpty()) {
            return Optional.empty();
        }
        ClassLoader loader = DrlChecker.class.getClassLoader();
        RuntimeRuleCompiler.Compilation whole = RuntimeRuleCompiler.compile(files, loader);
        if (whole.hasErrors() || eachAlone) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                RuntimeRuleCompiler.Compilation alone = RuntimeRuleCompiler.compile(Map.of(file.getKey(), file.getValue()), loader);
                alone.messages().stream().filter(m -> m.severity() == CompileMessage.Severity.ERROR)
                        .forEach(m -> translate(m, file.getKey(), file.getValue(), problems));
            }
            if (whole.hasErrors() && problems.isEmpty()) {
                // Each file compiles alone but not together: most often two rules with the same name.
                whole.messages().stream().filter(m -> m.severity() == CompileMessage.Severity.ERROR)
                        .forEach(m -> problems.add(m.file().isEmpty() ? null : m.file(), m.line() > 0 ? m.line() : null, m.text()));
            }
        }
        return whole.hasErrors() ? Optional.empty() : whole.rules();
    }

    static void translate(CompileMessage message, String file, String drl, Problems problems) {
        if (message.text().startsWith("Java source of ") || message.text().startsWith("Parser returned a null Package")) {
            return; // Drools' follow-on lines after the real error
        }
        String text = message.text().replaceAll("\\s+", " ").trim();
        Matcher left = LEFT_PART.matcher(text);
        if (left.find()) {
            String expression = left.group(1).trim();
            Integer line = lineOf(drl, expression);
            String type = line == null ? null : patternType(drl, line, expression);
            problems.add(file, line, "cannot read the condition '" + expression + "'" + fieldsHint(type, expression));
            return;
        }
        Matcher method = UNDEFINED_METHOD.matcher(text);
        if (method.find()) {
            String name = method.group(1);
            String type = method.group(2);
            problems.add(file, lineOf(drl, name + "("), type + " has no method " + name + "()" + members(type));
            return;
        }
        Matcher unresolved = UNRESOLVED_TYPE.matcher(text);
        if (unresolved.find()) {
            String type = unresolved.group(1) != null ? unresolved.group(1) : unresolved.group(2);
            problems.add(file, lineOf(drl, type), "there is no fact or type called " + type
                    + "; the facts rules can use are " + knownFacts() + " (import org.sosqa.rules.facts.*)");
            return;
        }
        boolean generated = message.file().startsWith("src/main/java/") || message.file().isEmpty();
        Integer line = !generated && message.line() > 0 ? message.line() : null;
        problems.add(file, line, text);
    }

    private static String fieldsHint(String type, String expression) {
        if (type == null) {
            return ": check the field names and the types compared";
        }
        Optional<Class<?>> fact = fact(type);
        if (fact.isEmpty()) {
            return ": " + type + " is not one of the facts " + knownFacts();
        }
        List<String> fields = fields(fact.get());
        String unknown = Arrays.stream(expression.split("[^A-Za-z0-9_]+"))
                .filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !fields.contains(w)
                        && !List.of("true", "false", "null", "contains", "matches", "memberOf", "not", "in").contains(w))
                .findFirst().orElse(null);
        return (unknown == null ? "" : ": " + type + " has no field '" + unknown + "'")
                + "; the fields of " + type + " are " + String.join(", ", fields);
    }

    private static String members(String type) {
        return fact(type).map(c -> "; " + type + " has " + methods(c)).orElse("");
    }

    static List<String> fields(Class<?> fact) {
        if (fact.isRecord()) {
            return Arrays.stream(fact.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return List.of();
    }

    private static String methods(Class<?> fact) {
        return Arrays.stream(fact.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == fact)
                .map(DrlChecker::signature).collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    private static String signature(Method method) {
        return method.getName() + "(" + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ")) + ")";
    }

    private static Optional<Class<?>> fact(String simpleName) {
        try {
            return Optional.of(Class.forName(FACTS_PACKAGE + simpleName, false, DrlChecker.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static String knownFacts() {
        return List.of("Audit", "Parameters", "MapFact", "StatementFact", "DangerFact", "ScaleFact", "RatingFact",
                "ChildFact", "NetworkMemberFact", "PlanFact", "PlanRuleFact", "NextStepFact", "ExistingSafetyFact",
                "TrajectoryFact", "Finding (the default rules' findings)").toString();
    }

    /** The 1-based line of a rule's declaration ({@code rule "name"}), or null. */
    public static Integer lineOfRule(String drl, String rule) {
        Integer line = lineOf(drl, "rule \"" + rule + "\"");
        return line != null ? line : lineOf(drl, "\"" + rule + "\"");
    }

    /** The 1-based line of the first occurrence of some text, or null. */
    static Integer lineOf(String drl, String text) {
        int at = drl.indexOf(text);
        if (at < 0) {
            return null;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (drl.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String patternType(String drl, int line, String expression) {
        String[] lines = drl.split("\n", -1);
        String text = lines[line - 1];
        int at = text.indexOf(expression);
        String before = at < 0 ? text : text.substring(0, at);
        Matcher m = PATTERN_START.matcher(before);
        String type = null;
        while (m.find()) {
            type = m.group(1);
        }
        return type;
    }
}
