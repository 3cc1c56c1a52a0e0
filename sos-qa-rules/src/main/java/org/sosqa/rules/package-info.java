/**
 * The practice-depth audit: statement analysis and rule-based scoring of a case ({@link org.sosqa.rules.AuditEngine}),
 * and the accreditation award criteria ({@link org.sosqa.rules.AccreditationEngine}), which assess a
 * self-assessment against bronze, silver and gold criteria written as a rule pack of their own, with the
 * depth evidence a self-assessment gathers from audits ({@link org.sosqa.rules.AuditEvidence}).
 */
package org.sosqa.rules;
