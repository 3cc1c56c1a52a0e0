package org.sosqa.core.coredata;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.sosqa.core.coredata.Episodes.Assessment;
import org.sosqa.core.coredata.Episodes.LookedAfter;
import org.sosqa.core.coredata.Episodes.ProtectionPlan;
import org.sosqa.core.coredata.Episodes.Referral;
import org.sosqa.core.coredata.Episodes.Section47;

/**
 * One child's valid episodes, each list in date order.
 *
 * @param childId the child's identifier (census {@code LAchildID})
 * @param birthDate the date of birth, or null when not known
 * @param referrals referrals, at most one a day
 * @param assessments assessments
 * @param section47s section 47 enquiries
 * @param plans child protection plans, at most one starting a day
 * @param lookedAfter periods looked after
 */
public record ChildEpisodes(String childId, LocalDate birthDate, List<Referral> referrals,
        List<Assessment> assessments, List<Section47> section47s, List<ProtectionPlan> plans,
        List<LookedAfter> lookedAfter) {

    public ChildEpisodes {
        referrals = referrals.stream().sorted(Comparator.comparing(Referral::date)).toList();
        assessments = assessments.stream().sorted(Comparator.comparing(Assessment::started)).toList();
        section47s = section47s.stream().sorted(Comparator.comparing(Section47::started)).toList();
        plans = plans.stream().sorted(Comparator.comparing(ProtectionPlan::start)).toList();
        lookedAfter = lookedAfter.stream().sorted(Comparator.comparing(LookedAfter::start)).toList();
    }
}
