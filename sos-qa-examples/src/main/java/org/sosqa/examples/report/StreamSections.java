package org.sosqa.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.sosqa.core.accreditation.Action;
import org.sosqa.core.accreditation.Evidence;
import org.sosqa.core.accreditation.EvidenceStream;
import org.sosqa.core.inquiry.InquiryRecord;
import org.sosqa.core.leadership.ImplementationRating;
import org.sosqa.core.leadership.PracticeTargets;
import org.sosqa.core.leadership.TimeRecord;
import org.sosqa.core.survey.SurveyInstrument;
import org.sosqa.core.survey.SurveyResponse;

/**
 * The sections of the streams gathered outside the case records, each built from its own stream's data, to
 * give to {@link OrganisationReport#build(org.sosqa.examples.report.Evidence, java.util.Map)} under its {@link ReportSection#key()}.
 */
public final class StreamSections {

    private StreamSections() {
    }

    /**
     * The family survey ({@code familySurvey}).
     *
     * @param instrument the instrument families answered
     * @param responses the valid responses, with their teams and survey cycles
     * @return the section
     */
    public static ReportSection familySurvey(SurveyInstrument instrument, List<SurveyResponse> responses) {
        return new SurveySection("familySurvey", "Family survey", "What families said about the work with them.",
                instrument, responses);
    }

    /**
     * The staff survey ({@code staffSurvey}).
     *
     * @param instrument the instrument staff answered
     * @param responses the valid responses, with their teams and survey cycles
     * @return the section
     */
    public static ReportSection staffSurvey(SurveyInstrument instrument, List<SurveyResponse> responses) {
        return new SurveySection("staffSurvey", "Staff survey", "What staff said about working here.", instrument,
                responses);
    }

    /**
     * Accreditation readiness ({@code accreditation}): a self-assessment gathered from the cycle's depth, breadth
     * and core data, the surveys given, and the organisation's own account, assessed by the default award criteria.
     *
     * @param charterSigned whether the organisation's leaders signed the charter
     * @param narrative the organisation's own narrative items (gap analysis, what it learned)
     * @param actions its action plan
     * @param familyInstrument the family survey's instrument, or null where there is no family survey
     * @param familyResponses the family survey's responses (empty where there are none)
     * @param staffInstrument the staff survey's instrument, or null where there is no staff survey
     * @param staffResponses the staff survey's responses (empty where there are none)
     * @return the section
     */
    public static ReportSection accreditation(boolean charterSigned, List<Evidence> narrative, List<Action> actions,
            SurveyInstrument familyInstrument, List<SurveyResponse> familyResponses, SurveyInstrument staffInstrument,
            List<SurveyResponse> staffResponses) {
        List<AccreditationSection.Survey> surveys = new ArrayList<>();
        if (familyInstrument != null) {
            surveys.add(new AccreditationSection.Survey(EvidenceStream.FAMILY_SURVEY, familyInstrument, familyResponses));
        }
        if (staffInstrument != null) {
            surveys.add(new AccreditationSection.Survey(EvidenceStream.STAFF_SURVEY, staffInstrument, staffResponses));
        }
        return new AccreditationSection(new AccreditationSection.OwnAccount(charterSigned, narrative, actions), surveys);
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
