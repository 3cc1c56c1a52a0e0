/**
 * The demonstration organisation: a synthetic local authority, generated from a seed, that the
 * {@code sos-qa demo} command runs the whole quality assurance cycle on.
 *
 * <p>{@link org.sosqa.examples.demo.DemoOrganisationGenerator} makes about 2,000 children in 8 teams
 * over three collection years: case events for the statutory indicators, several versions of each
 * assessment and plan with statements written as workers really write them (some in the family's own
 * words, some in labels and jargon), child's-voice work, networks, plans, next steps and collaborative
 * audits with the auditors' own ratings. Teams differ, and practice improves over the three years, so the
 * organisation report has a story to tell. Everything is built through the public model API and every
 * case passes {@link org.sosqa.core.CaseValidator}.
 *
 * <p>Nothing here is real: no child, family, worker or team exists. The same seed always gives the same
 * organisation. Other streams add their own generators to this package (survey responses, appreciative
 * inquiry records, leaders' time records), each seeded the same way.
 */
package org.sosqa.examples.demo;
