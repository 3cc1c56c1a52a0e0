/**
 * Accreditation of an organisation's Signs of Safety practice, on the model of Athena Swan (domain.md §4):
 * a {@link org.sosqa.core.accreditation.Charter} of principles, a {@link org.sosqa.core.accreditation.SelfAssessment}
 * whose {@link org.sosqa.core.accreditation.Evidence} is gathered from the other quality assurance streams over
 * several {@link org.sosqa.core.accreditation.Cycle}s (see {@link org.sosqa.core.accreditation.EvidenceFrom}) with
 * an {@link org.sosqa.core.accreditation.ActionPlan}, the {@link org.sosqa.core.accreditation.PeerPanel}'s decision
 * on a {@link org.sosqa.core.accreditation.PeerReview}, and a {@link org.sosqa.core.accreditation.Benchmark} of an
 * organisation among anonymised peers.
 *
 * <p>The scheme is the library's own proposal, built from the Athena Swan mechanics and the mapping in
 * domain.md §4.2, which is itself marked there as an inference: no published Signs of Safety accreditation
 * scheme exists. Whoever runs a scheme can replace the charter and, in sos-qa-rules, the award criteria.
 * Which level a self-assessment reaches is decided by those criteria ({@code AccreditationEngine} in
 * sos-qa-rules); this package holds the model, the documents and the plain-Java parts of the scheme.
 *
 * <p>Narrative evidence is free text and may describe children or staff: nothing here logs it, nor any
 * organisation's or reviewer's name; only ids and counts.
 */
package org.sosqa.core.accreditation;
