package org.sosqa.examples.cli;

import java.io.IOException;
import org.sosqa.rules.AuditOutcome;
import org.sosqa.rules.RaterAgreement;

/** Where a batch audit's results go, one outcome at a time, then the totals. */
interface AuditOutput extends AutoCloseable {

    /** One case's outcome, in input order. */
    void outcome(AuditOutcome outcome) throws IOException;

    /**
     * The totals, after the last outcome.
     *
     * @param tally the counts
     * @param agreement the rater agreement, or null when no case carried a collaborative audit
     */
    void finish(AuditTally tally, RaterAgreement agreement) throws IOException;

    /** Pushes what was written so far to stdout. */
    void flush() throws IOException;

    @Override
    void close() throws IOException;
}
