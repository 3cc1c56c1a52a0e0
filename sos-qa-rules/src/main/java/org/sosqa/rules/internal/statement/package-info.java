/**
 * Statement analysis: the plain-language quality features of danger statements, safety goals, harm
 * statements and scale anchors (domain.md §1.3, §1.4 and §6 item 2), found by deterministic, offline
 * heuristics over word lists, with the span of text behind every finding.
 *
 * <p>Entry points: {@link org.sosqa.rules.internal.statement.StatementAnalyzer} (build once from a
 * {@link org.sosqa.rules.internal.statement.Lexicon}, share across threads) and its result
 * {@link org.sosqa.rules.internal.statement.StatementAnalysis}. The English lexicon is bundled as text
 * files under {@code org/sosqa/rules/lexicon/en/}; a local rule pack extends it with files of the same
 * names ({@link org.sosqa.rules.internal.statement.Lexicon#withAdditions(java.nio.file.Path)}).
 *
 * <p>The analysis tells what a statement contains, not whether it is good: scoring and messages belong
 * to the rules that read it. It is a heuristic, tuned on realistic UK statements; it misses unusual
 * phrasing and can be fooled, so its findings are prompts for a person, not verdicts.
 *
 * <p>Statements are children's data: nothing here logs, and results hold offsets, never text.
 */
package org.sosqa.rules.internal.statement;
