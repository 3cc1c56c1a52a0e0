package org.sosqa.rules.facts;

import java.util.List;

/**
 * The assessment sheet of one self-assessment, which accreditation criteria write to. There is exactly
 * one per assessment. A rule's criterion, level and title come from its metadata
 * ({@code @criterion}, {@code @level}, {@code @title}), so a rule only says whether the criterion is met,
 * the evidence it looked at, and what is missing when it is not.
 *
 * <pre>
 * rule "accreditation.bronze.gap-analysis"
 *     &#64;criterion("bronze.gap-analysis") &#64;level("BRONZE") &#64;title("An honest gap analysis")
 * when
 *     $a : Accreditation()
 *     $t : AccreditationThresholds()
 *     $s : StreamFact(stream == EvidenceStream.NARRATIVE)
 * then
 *     $a.check($s.latestItems() &gt;= $t.narrativeMin(), $s.latest(), "...");
 * end
 * </pre>
 */
public abstract class Accreditation {

    /** For the engine's own sheet; rules never create one. */
    protected Accreditation() {
    }

    /**
     * Records a check of the current rule's criterion. A criterion checked more than once is met only when
     * every check is.
     *
     * @param met whether the criterion is met
     * @param evidence the evidence looked at, one line each (see {@code Evidence.describe()})
     * @param missing what is missing, in plain words, when not met; ignored when met
     */
    public abstract void check(boolean met, List<String> evidence, String missing);
}
