package org.sosqa.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

/**
 * Loads the rules shipped with sos-qa, precompiled to the executable model at build time
 * (kie-maven-plugin; {@code META-INF/kie/org.sosqa/sos-qa-rules/drools-model} and the generated model
 * classes in this module's jar).
 *
 * <p>The KieBase is built straight from the executable model: the model file names the generated
 * {@link Model} classes, which are instantiated and handed to {@link KieBaseBuilder}. That skips the
 * KIE classpath container, which reads every {@code kmodule.xml} and scans every entry of the jar that
 * holds it (the whole application in a shaded jar) and took most of the start-up time. The KieBase
 * declared in {@code META-INF/kmodule.xml} ({@value #NAME}) declares the options this builds with
 * ({@link KieBaseOptions}).
 *
 * <p>Loading happens once, on first use. If the model file or a model class is missing, or the KieBase
 * has no rules, this fails loudly with an {@link IllegalStateException} naming the likely cause.
 */
public final class DefaultKieBase {

    /** The KieBase declared in {@code META-INF/kmodule.xml}. */
    public static final String NAME = "sosqa-default";

    /** The package of the shipped rules; it must contain at least one rule. */
    static final String RULES_PACKAGE = "org.sosqa.rules.defaults";

    /** The KieBase of the shipped accreditation criteria, declared in {@code META-INF/kmodule.xml}. */
    public static final String ACCREDITATION_NAME = "sosqa-accreditation";

    /** The package of the shipped accreditation criteria. */
    static final String ACCREDITATION_PACKAGE = "org.sosqa.rules.accreditation";

    /** Written by kie-maven-plugin: a version line, then the executable model's class names. */
    static final String MODEL_FILE = "META-INF/kie/org.sosqa/sos-qa-rules/drools-model";

    private static final String VERSION_PREFIX = "Drools-Model-Version";

    private DefaultKieBase() {
    }

    private static final Object LOCK = new Object();
    private static volatile LoadedRules instance;
    private static volatile LoadedRules accreditation;

    /**
     * The shared default rules, loaded on the first call.
     *
     * @return the shared, thread-safe default rules
     * @throws IllegalStateException if the precompiled rules cannot be found or have no rules; a failed
     *     load is not cached, so every call reports the problem the same way
     */
    public static LoadedRules get() {
        LoadedRules rules = instance;
        if (rules == null) {
            synchronized (LOCK) {
                rules = instance;
                if (rules == null) {
                    rules = load(DefaultKieBase.class.getClassLoader());
                    instance = rules;
                }
            }
        }
        return rules;
    }

    /**
     * The shared accreditation criteria, loaded on the first call; a KieBase of their own, so the audit
     * never sees them.
     *
     * @return the shared, thread-safe accreditation criteria
     * @throws IllegalStateException as {@link #get()}
     */
    public static LoadedRules accreditation() {
        LoadedRules rules = accreditation;
        if (rules == null) {
            synchronized (LOCK) {
                rules = accreditation;
                if (rules == null) {
                    rules = load(DefaultKieBase.class.getClassLoader(), ACCREDITATION_NAME, ACCREDITATION_PACKAGE);
                    accreditation = rules;
                }
            }
        }
        return rules;
    }

    static LoadedRules load(ClassLoader classLoader) {
        return load(classLoader, NAME, RULES_PACKAGE);
    }

    /**
     * Builds the default KieBase from the executable model visible to {@code classLoader}. Uses no KIE
     * container, so it neither takes nor minds the JVM-wide classpath container a host may hold.
     */
    static LoadedRules load(ClassLoader classLoader, String name, String rulesPackage) {
        List<Model> models = new ArrayList<>();
        for (String className : modelClassNames(classLoader)) {
            Model model = instantiate(classLoader, className);
            // One module holds the audit rules and the accreditation criteria, one model class per package;
            // each KieBase takes only its own package's.
            if (model.getClass().getPackageName().equals(rulesPackage)) {
                models.add(model);
            }
        }
        KieBase kieBase;
        try {
            kieBase = KieBaseBuilder.createKieBaseFromModel(models, KieBaseOptions.configuration(classLoader));
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("The precompiled KieBase '" + name + "' could not be built from its"
                    + " executable model (" + e + "). Check that sos-qa-rules and the Drools jars on the class"
                    + " path are the versions it was built with (drools-engine " + modelVersion(classLoader) + ").", e);
        }
        KiePackage rules = kieBase.getKiePackage(rulesPackage);
        if (rules == null || rules.getRules().isEmpty()) {
            throw new IllegalStateException("The precompiled KieBase '" + name + "' has no rules in package "
                    + rulesPackage + ". Check that the executable model classes and META-INF/kie/** generated"
                    + " by kie-maven-plugin are in the jar.");
        }
        return new LoadedRules(name, kieBase);
    }

    /** The model's class names, from the lines after the version line of {@value #MODEL_FILE}. */
    static List<String> modelClassNames(ClassLoader classLoader) {
        List<String> lines = readModelFile(classLoader);
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith(VERSION_PREFIX)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("The precompiled rules are incomplete: " + MODEL_FILE
                    + " names no executable model class. Rebuild sos-qa-rules with kie-maven-plugin.");
        }
        return names;
    }

    private static List<String> readModelFile(ClassLoader classLoader) {
        InputStream in = classLoader.getResourceAsStream(MODEL_FILE);
        if (in == null) {
            throw new IllegalStateException("The precompiled rules are missing: " + MODEL_FILE + " is not on the"
                    + " class path. It is written by kie-maven-plugin into the sos-qa-rules jar; in a repackaged"
                    + " (shaded) jar, keep META-INF/kie/** and the executable model classes"
                    + " (org/sosqa/rules/defaults/**) of sos-qa-rules.");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The precompiled rules could not be read: " + MODEL_FILE + " (" + e + ")", e);
        }
    }

    private static String modelVersion(ClassLoader classLoader) {
        try {
            return readModelFile(classLoader).stream().filter(l -> l.startsWith(VERSION_PREFIX))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IllegalStateException e) {
            return "unknown";
        }
    }

    private static Model instantiate(ClassLoader classLoader, String className) {
        Class<?> type;
        try {
            type = Class.forName(className, true, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("The precompiled rules are incomplete: the executable model class "
                    + className + " named in " + MODEL_FILE + " cannot be loaded (" + e + "). In a repackaged"
                    + " (shaded) jar, keep the classes under org/sosqa/rules/defaults/ and org/sosqa/rules/accreditation/ of sos-qa-rules.", e);
        }
        if (!Model.class.isAssignableFrom(type)) {
            throw new IllegalStateException("The precompiled rules are broken: " + className + " named in "
                    + MODEL_FILE + " is not an executable model (" + Model.class.getName() + ").");
        }
        try {
            return (Model) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new IllegalStateException("The precompiled rules are broken: the executable model class "
                    + className + " cannot be instantiated (" + e + ").", e);
        }
    }
}
