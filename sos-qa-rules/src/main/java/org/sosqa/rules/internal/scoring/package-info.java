/**
 * From findings to grades: the audit instrument as data, and the arithmetic that turns the rules'
 * findings into criterion ratings, domain scores, an overall score and a grade. No rule engine here.
 */
package org.sosqa.rules.internal.scoring;
