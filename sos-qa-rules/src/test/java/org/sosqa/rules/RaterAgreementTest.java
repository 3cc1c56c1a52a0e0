package org.sosqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaterAgreementTest {

    private static AuditReport report(int[][] engineAndAuditor) {
        List<CriterionResult> criteria = new ArrayList<>();
        for (int i = 0; i < engineAndAuditor.length; i++) {
            criteria.add(new CriterionResult("c" + i, engineAndAuditor[i][0], 0, 1, engineAndAuditor[i][1]));
        }
        return new AuditReport("case", Grade.GOOD, 7, List.of(new DomainScore("d", 7.0, criteria)), List.of(),
                List.of(), List.of(new RulePackInfo("p", "1", "00")));
    }

    @Test
    void perfectAgreementIsOne() {
        RaterAgreement agreement = RaterAgreement.of(List.of(report(new int[][] {{0, 0}, {1, 1}, {3, 3}})), 0, 3);
        assertEquals(3, agreement.pairs());
        assertEquals(1.0, agreement.exactAgreement());
        assertEquals(1.0, agreement.weightedKappa(), 1e-12);
    }

    @Test
    void matchesAHandWorkedExample() {
        // Pairs (engine, auditor): (0,0) (1,2) (2,2) (3,1). n = 4, k = 4, weights (i-j)^2/9.
        // Observed disagreement: (1/9 + 4/9) / 4 = 5/36.
        // Marginals: engine 1,1,1,1; auditor 1,1,2,... -> auditor counts: 0:1, 1:1, 2:2, 3:0.
        // Expected disagreement = sum_ij w_ij * r_i * c_j / 16
        //  = (1/16) * sum_i [ (i-0)^2*1 + (i-1)^2*1 + (i-2)^2*2 ] / 9 over i = 0..3
        //  i=0: 0+1+8 = 9; i=1: 1+0+2 = 3; i=2: 4+1+0 = 5; i=3: 9+4+2 = 15; total 32 -> 32/144 = 2/9.
        // kappa = 1 - (5/36) / (2/9) = 1 - 5/8 = 0.375.
        RaterAgreement agreement = RaterAgreement.of(
                List.of(report(new int[][] {{0, 0}, {1, 2}, {2, 2}, {3, 1}})), 0, 3);
        assertEquals(0.5, agreement.exactAgreement());
        assertEquals(0.375, agreement.weightedKappa(), 1e-12);
    }

    @Test
    void undefinedWithoutPairsOrWithoutVariation() {
        assertNull(RaterAgreement.of(List.of(), 0, 3).weightedKappa());
        assertNull(RaterAgreement.of(List.of(report(new int[][] {{2, 2}, {2, 2}})), 0, 3).weightedKappa());
    }
}
