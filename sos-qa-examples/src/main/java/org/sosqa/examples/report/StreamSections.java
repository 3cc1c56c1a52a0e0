package org.sosqa.examples.report;

import java.util.List;
import org.sosqa.core.inquiry.InquiryRecord;
import org.sosqa.core.leadership.ImplementationRating;
import org.sosqa.core.leadership.PracticeTargets;
import org.sosqa.core.leadership.TimeRecord;

/**
 * The sections of the streams gathered outside the case records, each built from its own stream's data, to
 * give to {@link OrganisationReport#build(Evidence, java.util.Map)} under its {@link ReportSection#key()}.
 */
public final class StreamSections {

    private StreamSections() {
    }

    /**
     * Appreciative inquiry: learning themes from inquiry records ({@code appreciativeInquiry}).
     *
     * @param inquiries the valid inquiry records
     * @return the section
     */
    public static ReportSection appreciativeInquiry(List<InquiryRecord> inquiries) {
        return new InquirySection(inquiries);
    }

    /**
     * Leaders' time for practice and the implementation self-rating ({@code leadership}).
     *
     * @param time leaders' time records
     * @param targets the organisation's targets by role
     * @param ratings the implementation self-ratings
     * @return the section
     */
    public static ReportSection leadership(List<TimeRecord> time, PracticeTargets targets,
            List<ImplementationRating> ratings) {
        return new LeadershipSection(time, targets, ratings);
    }
}
