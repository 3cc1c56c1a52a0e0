package org.sosqa.rules;

import java.util.List;

/**
 * How far the auditors and the rules agree on criterion ratings across a batch of collaborative
 * audits: the quadratic-weighted kappa (Cohen 1968), where 1 is perfect agreement, 0 is what chance
 * alone would give, and a negative value is worse than chance.
 *
 * @param pairs how many criterion ratings were compared (criteria rated by both auditor and engine)
 * @param exactAgreement the share of pairs with the same rating, 0-1
 * @param weightedKappa the quadratic-weighted kappa, or null where it is undefined (no pairs, or no
 *     variation at all in either rater's ratings)
 */
public record RaterAgreement(int pairs, double exactAgreement, Double weightedKappa) {

    /**
     * The agreement between the engine's and the auditors' ratings in some reports.
     *
     * @param reports audit reports whose criteria carry auditor ratings
     * @param min the lowest rating on the scale
     * @param max the highest rating on the scale
     * @return the agreement
     */
    public static RaterAgreement of(List<AuditReport> reports, int min, int max) {
        int k = max - min + 1;
        long[][] observed = new long[k][k];
        int n = 0;
        int same = 0;
        for (AuditReport report : reports) {
            for (DomainScore domain : report.domains()) {
                for (CriterionResult criterion : domain.criteria()) {
                    if (criterion.rating() == null || criterion.auditorRating() == null) {
                        continue;
                    }
                    int engine = clamp(criterion.rating(), min, max) - min;
                    int auditor = clamp(criterion.auditorRating(), min, max) - min;
                    observed[engine][auditor]++;
                    n++;
                    if (engine == auditor) {
                        same++;
                    }
                }
            }
        }
        if (n == 0) {
            return new RaterAgreement(0, 0.0, null);
        }
        return new RaterAgreement(n, (double) same / n, kappa(observed, n, k));
    }

    private static Double kappa(long[][] observed, int n, int k) {
        double[] rows = new double[k];
        double[] cols = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rows[i] += observed[i][j];
                cols[j] += observed[i][j];
            }
        }
        double disagreementObserved = 0;
        double disagreementExpected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double weight = (double) (i - j) * (i - j) / ((k - 1) * (k - 1));
                disagreementObserved += weight * observed[i][j] / n;
                disagreementExpected += weight * rows[i] * cols[j] / ((double) n * n);
            }
        }
        if (disagreementExpected == 0) {
            return null;
        }
        return 1.0 - disagreementObserved / disagreementExpected;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
