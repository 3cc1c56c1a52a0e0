package org.sosqa.core.coredata;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * @param characteristics what the child can be stratified by, as codes ({@code gender}, {@code ethnicity},
 *     {@code disability} from the census); sorted by key, never null
 */
public record ChildEpisodes(String childId, LocalDate birthDate, List<Referral> referrals,
        List<Assessment> assessments, List<Section47> section47s, List<ProtectionPlan> plans,
        List<LookedAfter> lookedAfter, Map<String, String> characteristics) {

    public ChildEpisodes {
        referrals = sorted(referrals, Comparator.comparing(Referral::date));
        assessments = sorted(assessments, Comparator.comparing(Assessment::started));
        section47s = sorted(section47s, Comparator.comparing(Section47::started));
        plans = sorted(plans, Comparator.comparing(ProtectionPlan::start));
        lookedAfter = sorted(lookedAfter, Comparator.comparing(LookedAfter::start));
        characteristics = characteristics.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(characteristics));
    }

    // A stable sort into an unmodifiable list, without a stream: children are built a million at a time.
    private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        if (list.size() < 2) {
            return List.copyOf(list);
        }
        @SuppressWarnings("unchecked")
        T[] array = (T[]) list.toArray();
        java.util.Arrays.sort(array, order);
        return List.of(array);
    }

    /** Episodes of a child with no characteristics recorded. */
    public ChildEpisodes(String childId, LocalDate birthDate, List<Referral> referrals, List<Assessment> assessments,
            List<Section47> section47s, List<ProtectionPlan> plans, List<LookedAfter> lookedAfter) {
        this(childId, birthDate, referrals, assessments, section47s, plans, lookedAfter, Map.of());
    }

    /** The child's age in whole years on a day, or -1 when the date of birth is not known. */
    public int ageOn(LocalDate day) {
        return birthDate == null || day.isBefore(birthDate) ? -1 : Period.between(birthDate, day).getYears();
    }
}
