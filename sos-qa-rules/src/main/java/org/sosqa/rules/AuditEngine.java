package org.sosqa.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.sosqa.core.BatchItem;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.internal.OrderedParallel;
import org.sosqa.rules.internal.Fingerprint;
import org.sosqa.rules.internal.audit.Auditor;
import org.sosqa.rules.internal.pack.PackLoader;

/**
 * Audits the depth of Signs of Safety practice on cases, and checks single statements as a worker
 * writes them. Build one and share it: it is immutable and thread-safe, and each audit runs in a rule
 * session of its own.
 *
 * <pre>
 * AuditEngine engine = AuditEngine.withDefaultRules();   // once, at start-up
 * AuditReport report = engine.audit(record);
 * report.grade(); report.domains(); report.findings();
 * </pre>
 */
public final class AuditEngine {
    /** The default limit on rule firings for one case; see {@link Builder#maxRuleFirings(int)}. */
    public static final int DEFAULT_MAX_RULE_FIRINGS = 10_000;

    private final Auditor auditor;
    private final int parallelism;
    private final String fingerprint;

    private AuditEngine(Auditor auditor, int parallelism, Set<String> disabled, int maxRuleFirings) {
        this.auditor = auditor;
        this.parallelism = parallelism;
        this.fingerprint = Fingerprint.of(auditor.packs(), disabled, maxRuleFirings);
    }

    /**
     * An engine with the default rules, precompiled at build time: ready in about a second.
     *
     * @return the engine
     */
    public static AuditEngine withDefaultRules() {
        return builder().build();
    }

    /**
     * A builder, to switch rules off or change limits.
     *
     * @return a new builder with the default rules
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Audits one case.
     *
     * @param record a valid case (read with {@code SosQaJson.readCase}, or checked with {@code CaseValidator})
     * @return its report
     * @throws AuditException when a rule fails on this case
     */
    public AuditReport audit(CaseRecord record) {
        return auditor.audit(Objects.requireNonNull(record, "record"));
    }

    /**
     * Audits a stream of cases in parallel, giving the outcomes in input order. An invalid document is
     * reported as {@link AuditOutcome.Rejected} and a rule failure as {@link AuditOutcome.Failed}, in its
     * place; the rest go on. Only a bounded number of cases is held at once, so the stream may be
     * longer than memory. Close the result (try-with-resources) to stop early.
     *
     * @param cases the cases, for example from {@code SosQaJson.readBatch(path)}
     * @return the outcomes, in order
     */
    public Stream<AuditOutcome> auditAll(Stream<BatchItem> cases) {
        return OrderedParallel.map("sos-qa-audit", cases, this::outcome, parallelism, parallelism * 64);
    }

    private AuditOutcome outcome(BatchItem item) {
        if (item instanceof BatchItem.ValidCase valid) {
            try {
                return new AuditOutcome.Audited(item.source(), auditor.audit(valid.caseRecord()));
            } catch (AuditException e) {
                return new AuditOutcome.Failed(item.source(), e.caseId(), e.rule(), e.getMessage());
            }
        }
        return new AuditOutcome.Rejected(item.source(), item.violations());
    }

    /**
     * Checks one statement on its own, for feedback while a worker types. Fast: well under a
     * millisecond.
     *
     * @param kind what kind of statement it is
     * @param text the statement
     * @return what it has, the jargon in it, and the rules' findings with the words to highlight
     */
    public StatementReport checkStatement(StatementKind kind, String text) {
        return auditor.check(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(text, "text"));
    }

    /**
     * The rule packs this engine scores with, default first.
     *
     * @return the packs' ids, versions and content hashes
     */
    public List<RulePackInfo> rulePacks() {
        return auditor.packs();
    }

    /**
     * One SHA-256, in lower-case hex, of everything that decides this engine's reports: each pack's id,
     * version and content hash, the rules switched off with {@link Builder#disable}, the firing limit, and
     * the library's version (from its jar's manifest). Two engines with the same fingerprint give the same
     * report for the same case; store it beside a report, and audit again when it changes. Reports name
     * only the packs ({@link AuditReport#rulePack()}), which do not change when a rule is switched off in
     * code or the library is upgraded.
     *
     * @return the fingerprint
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** Configures an {@link AuditEngine}. Not thread-safe; the engine it builds is. */
    public static final class Builder {
        private final Set<String> disabled = new LinkedHashSet<>();
        private final List<Path> packs = new ArrayList<>();
        private int maxRuleFirings = DEFAULT_MAX_RULE_FIRINGS;
        private int parallelism = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /**
         * Uses the default rules. They are always the base; this method exists so configuration reads
         * as it does: {@code builder().defaultRules().disable(...)}.
         *
         * @return this builder
         */
        public Builder defaultRules() {
            return this;
        }

        /**
         * Adds a local rule pack: a folder with a {@code pack.json}, and any of rules ({@code *.drl}),
         * decision tables ({@code *.drl.csv}, {@code *.drl.xlsx}), {@code parameters.properties},
         * {@code instrument.json}, {@code messages.properties} and {@code lexicon/*.txt}. Only the pack's own
         * files are compiled; see docs/rule-authoring.md.
         *
         * @param folder the pack's folder
         * @return this builder
         */
        public Builder rulePack(Path folder) {
            packs.add(Objects.requireNonNull(folder, "folder"));
            return this;
        }

        /**
         * Switches rules off by id, for example {@code depth.danger.jargon}.
         *
         * @param ruleIds the rules' ids
         * @return this builder
         */
        public Builder disable(String... ruleIds) {
            for (String id : ruleIds) {
                disabled.add(Objects.requireNonNull(id, "rule id"));
            }
            return this;
        }

        /**
         * The most rule firings one case may take; past it the case fails with the rule named, and a
         * batch goes on. The default, {@value AuditEngine#DEFAULT_MAX_RULE_FIRINGS}, is far above what
         * the default rules need (about one firing per check).
         *
         * @param max the limit, at least 1
         * @return this builder
         */
        public Builder maxRuleFirings(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxRuleFirings must be at least 1");
            }
            this.maxRuleFirings = max;
            return this;
        }

        /**
         * How many threads {@link AuditEngine#auditAll} uses; the default is the number of processors.
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1");
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         * @throws RulePackException listing every problem, with file and line, when a pack is wrong or a
         *     rule to disable does not exist
         */
        public AuditEngine build() {
            Auditor auditor = PackLoader.load(packs, disabled, maxRuleFirings, false);
            return new AuditEngine(auditor, parallelism, disabled, maxRuleFirings);
        }
    }

}
