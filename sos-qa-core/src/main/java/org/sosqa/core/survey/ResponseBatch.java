package org.sosqa.core.survey;

import java.util.List;

/**
 * Responses read from files: those that can be scored, in reading order, and those that cannot.
 *
 * @param responses the valid responses
 * @param rejected every bad response or unreadable file, with its location
 */
public record ResponseBatch(List<SurveyResponse> responses, List<RejectedResponse> rejected) {

    public ResponseBatch {
        responses = List.copyOf(responses);
        rejected = List.copyOf(rejected);
    }
}
