package org.sosqa.core.coredata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sosqa.core.coredata.Episodes.Assessment;
import org.sosqa.core.coredata.Episodes.LookedAfter;
import org.sosqa.core.coredata.Episodes.ProtectionPlan;
import org.sosqa.core.coredata.Episodes.Referral;
import org.sosqa.core.coredata.Episodes.Section47;

/** Collects one child's episodes from either source and applies the checks both share. */
final class ChildBuilder {

    final String childId;
    LocalDate birthDate;
    final java.util.Map<String, String> characteristics = new java.util.TreeMap<>();
    final List<Referral> referrals = new ArrayList<>();
    final List<Assessment> assessments = new ArrayList<>();
    final List<Section47> section47s = new ArrayList<>();
    final List<ProtectionPlan> plans = new ArrayList<>();
    final List<LookedAfter> lookedAfter = new ArrayList<>();

    ChildBuilder(String childId) {
        this.childId = childId;
    }

    /**
     * The child's episodes. Two referrals on the same day are one referral (the census allows one referral
     * episode per child per day), and two plans starting on the same day are one plan: the later-read one is
     * left out as a duplicate.
     */
    ChildEpisodes build(List<DataProblem> problems) {
        List<Referral> uniqueReferrals = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (Referral r : referrals) {
            if (seen.add(r.date())) {
                uniqueReferrals.add(r);
            } else {
                problems.add(new DataProblem(childId, r.location(), RecordKind.REFERRAL, ProblemKind.DUPLICATE,
                        "a second referral on the same day as another for this child; counted once"));
            }
        }
        List<ProtectionPlan> uniquePlans = new ArrayList<>();
        Set<LocalDate> starts = new HashSet<>();
        for (ProtectionPlan p : plans) {
            if (starts.add(p.start())) {
                uniquePlans.add(p);
            } else {
                problems.add(new DataProblem(childId, p.location(), RecordKind.PROTECTION_PLAN,
                        ProblemKind.DUPLICATE, "a second child protection plan starting on the same day; counted once"));
            }
        }
        return new ChildEpisodes(childId, birthDate, uniqueReferrals, assessments, section47s, uniquePlans,
                lookedAfter, characteristics);
    }
}
