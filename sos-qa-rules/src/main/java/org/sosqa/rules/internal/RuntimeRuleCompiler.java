package org.sosqa.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles rule files at runtime, for local rule packs that are not precompiled.
 *
 * <p>Every call is its own KIE module with a unique {@link ReleaseId}, removed from the JVM-wide
 * KieRepository once its KieBase is built: the default ReleaseId is shared by the whole JVM, and
 * concurrent builds under it have been seen to mix their rules. Always builds the executable model
 * (plain {@code buildAll()} needs drools-mvel). The executable model uses several times the heap of the
 * old compiler, so keep runtime-compiled packs small.
 */
public final class RuntimeRuleCompiler {

    private static final String RESOURCES = "src/main/resources/";
    /** A DRL file's package declaration, the first statement after any comments. */
    private static final Pattern PACKAGE = Pattern.compile(
            "\\A(?:\\s|//[^\\n]*\\n|#[^\\n]*\\n|/\\*.*?\\*/)*package\\s+([\\w.]+)", Pattern.DOTALL);
    static final String GROUP_ID = "org.sosqa.runtime";
    static final String VERSION = "1.0.0";

    private RuntimeRuleCompiler() {
    }

    /**
     * The outcome of one compilation.
     *
     * @param rules the compiled rules; empty when there were errors
     * @param messages every message Drools gave, in its order; never null
     */
    public record Compilation(Optional<LoadedRules> rules, List<CompileMessage> messages) {

        public Compilation {
            Objects.requireNonNull(rules, "rules");
            messages = List.copyOf(messages);
        }

        public boolean hasErrors() {
            return messages.stream().anyMatch(m -> m.severity() == CompileMessage.Severity.ERROR);
        }
    }

    /**
     * Compiles DRL files into one KieBase.
     *
     * @param drlFiles file name (a relative path such as {@code org/example/a.drl}, which is also the
     *     name messages use) to DRL text
     * @param classLoader the class loader that sees the fact classes the rules use
     * @return the rules, or the messages explaining why there are none
     */
    public static Compilation compile(Map<String, String> drlFiles, ClassLoader classLoader) {
        Objects.requireNonNull(drlFiles, "drlFiles");
        Objects.requireNonNull(classLoader, "classLoader");
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId(GROUP_ID, "pack-" + UUID.randomUUID(), VERSION);
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        // Drools warns on the console for every file whose folder does not match its package, which a
        // pack author cannot act on: the pack's own folders are the author's to choose. Each file is
        // written under its package's folder instead, and messages are mapped back to the author's name.
        Map<String, String> authorsNames = new HashMap<>();
        drlFiles.forEach((file, drl) -> {
            String written = packageFolder(drl) + file.replace('/', '_');
            authorsNames.put(written, file);
            kfs.write(RESOURCES + written, drl);
        });
        try {
            KieBuilder builder = ks.newKieBuilder(kfs, classLoader);
            builder.buildAll(ExecutableModelProject.class);
            List<CompileMessage> messages = new ArrayList<>();
            for (Message m : builder.getResults().getMessages()) {
                messages.add(toCompileMessage(m, authorsNames));
            }
            if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                return new Compilation(Optional.empty(), messages);
            }
            KieContainer container = ks.newKieContainer(releaseId, classLoader);
            LoadedRules rules = new LoadedRules(releaseId.getArtifactId(),
                    container.newKieBase(KieBaseOptions.configuration(classLoader)));
            return new Compilation(Optional.of(rules), messages);
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /** The folder, ending in a slash, that matches the DRL's package; empty when it declares none. */
    static String packageFolder(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static CompileMessage toCompileMessage(Message m, Map<String, String> authorsNames) {
        String path = m.getPath() == null ? "" : m.getPath();
        if (path.startsWith(RESOURCES)) {
            path = path.substring(RESOURCES.length());
        }
        path = authorsNames.getOrDefault(path, path);
        return new CompileMessage(severity(m.getLevel()), path, m.getLine(), m.getColumn(), m.getText());
    }

    private static CompileMessage.Severity severity(Message.Level level) {
        return switch (level) {
            case ERROR -> CompileMessage.Severity.ERROR;
            case WARNING -> CompileMessage.Severity.WARNING;
            case INFO -> CompileMessage.Severity.INFO;
        };
    }
}
