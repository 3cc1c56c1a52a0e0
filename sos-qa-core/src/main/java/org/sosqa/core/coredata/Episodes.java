package org.sosqa.core.coredata;

import java.time.LocalDate;

/** The child-level episodes the indicators are computed from; each carries its location for explanations. */
public final class Episodes {

    private Episodes() {
    }

    /**
     * A referral to children's social care.
     *
     * @param date the referral date
     * @param location where it was read
     */
    public record Referral(LocalDate date, String location) {
    }

    /**
     * A child and family assessment.
     *
     * @param referralDate the date of the referral it answers: the 45-working-day clock starts here
     * @param started when it started
     * @param authorised when it was completed and authorised; null while open
     * @param location where it was read
     */
    public record Assessment(LocalDate referralDate, LocalDate started, LocalDate authorised, String location) {
    }

    /**
     * A section 47 enquiry and its initial child protection conference.
     *
     * @param started the start of the enquiry (the strategy discussion): the 15-working-day clock starts here
     * @param initialConference the ICPC, or null when none was held (yet)
     * @param location where it was read
     */
    public record Section47(LocalDate started, LocalDate initialConference, String location) {
    }

    /**
     * A child protection plan.
     *
     * @param start its start
     * @param end its end, or null while open
     * @param previousPlans plans the child had before this one as the source records it (census
     *     {@code NumberOfPreviousCPP}), or null when the source does not say
     * @param location where it was read
     */
    public record ProtectionPlan(LocalDate start, LocalDate end, Integer previousPlans, String location) {

        /** Whether the plan is open at the end of a day. */
        public boolean openOn(LocalDate day) {
            return !start.isAfter(day) && (end == null || end.isAfter(day));
        }
    }

    /**
     * A period looked after.
     *
     * @param start the day the child became looked after
     * @param end the day the child ceased to be, or null while looked after
     * @param location where it was read
     */
    public record LookedAfter(LocalDate start, LocalDate end, String location) {

        /** Whether the child is looked after at the end of a day. */
        public boolean openOn(LocalDate day) {
            return !start.isAfter(day) && (end == null || end.isAfter(day));
        }
    }
}
