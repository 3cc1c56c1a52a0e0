package org.sosqa.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.InvalidDocumentException;
import org.sosqa.core.SampleCase;
import org.sosqa.core.SosQaJson;
import org.sosqa.core.Violation;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.DomainScore;
import org.sosqa.rules.Finding;

/**
 * Embedding sos-qa: build the engine once, read a case document, audit it, and use the report. The
 * README's code sample, as a program.
 */
public final class AuditExample {

    private AuditExample() {
    }

    /**
     * Audits a case document and prints its grade, domain scores and the checks not met.
     *
     * @param args the path of a case document; without one, the bundled sample case
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        AuditEngine engine = AuditEngine.withDefaultRules();      // thread-safe: build once, share
        CaseRecord record;
        if (args.length == 0) {
            record = SampleCase.record();
        } else {
            try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
                record = SosQaJson.readCase(in);                  // validated
            } catch (InvalidDocumentException e) {
                for (Violation v : e.violations()) {
                    System.err.println(v.path() + ": " + v.message());
                }
                System.exit(1);
                return;
            }
        }
        AuditReport report = engine.audit(record);
        System.out.println(report.caseId() + ": " + report.grade() + ", " + report.score() + " of 10");
        for (DomainScore domain : report.domains()) {
            System.out.println("  " + domain.id() + ": " + domain.score());
        }
        for (Finding finding : report.findings()) {
            if (!finding.met()) {
                System.out.println("  not met: " + finding.message() + " (" + finding.path() + ")");
            }
        }
    }
}
