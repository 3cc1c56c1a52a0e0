package org.sosqa.core.survey;

import org.sosqa.core.measure.ShownCount;

/**
 * How many respondents wrote an answer to a free-text item; the words themselves are never reported.
 *
 * @param itemId the item
 * @param answered the count, suppressed when the respondents are
 */
public record FreeTextCount(String itemId, ShownCount answered) {
}
