package org.sosqa.rules.facts;

import org.sosqa.rules.Grade;
import org.sosqa.rules.TextSpan;

/**
 * The audit sheet of one case, which rules write their findings to. There is exactly one per audit.
 * A rule's id and criterion come from the rule itself (its name and its {@code @criterion} metadata),
 * so a rule only says what it looked at and whether what the criterion asks for was there.
 *
 * <pre>
 * rule "depth.danger.who-is-worried"
 *     &#64;criterion("danger.who-is-worried")
 * when
 *     $audit : Audit()
 *     $s : StatementFact(kind == StatementKind.DANGER)
 * then
 *     $audit.check($s.path(), $s.has("whoIsWorried"), $s.span("whoIsWorried"));
 * end
 * </pre>
 */
public abstract class Audit {

    /** For the engine's own sheet; rules never create one. */
    protected Audit() {
    }

    /**
     * Records a check of the current rule's criterion.
     *
     * @param path JSON Pointer to what was checked
     * @param met whether what the criterion asks for was there
     */
    public final void check(String path, boolean met) {
        check(path, met, null);
    }

    /**
     * Records a check of the current rule's criterion, with the words that showed it.
     *
     * @param path JSON Pointer to what was checked
     * @param met whether what the criterion asks for was there
     * @param span the words that showed it (or that fell short), or null
     */
    public abstract void check(String path, boolean met, TextSpan span);

    /**
     * Records a limiting judgement: something serious enough to cap the grade whatever the score.
     *
     * @param path JSON Pointer to what was found
     * @param atMost the best grade the case can have
     */
    public abstract void limit(String path, Grade atMost);
}
