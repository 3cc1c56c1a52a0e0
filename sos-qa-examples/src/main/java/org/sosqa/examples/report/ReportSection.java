package org.sosqa.examples.report;

/**
 * One part of the organisation report: turns the evidence into a {@link Section}. Wiring a new stream
 * into the report is one class implementing this, built with the stream's own data and given to
 * {@link OrganisationReport#build(Evidence, java.util.Map)} under its key.
 */
public interface ReportSection {

    /**
     * The section's key in {@code report.json}.
     *
     * @return the key, for example {@code familySurvey}
     */
    String key();

    /**
     * Builds the section.
     *
     * @param evidence what the cycle gathered
     * @return the section
     */
    Section build(Evidence evidence);
}
