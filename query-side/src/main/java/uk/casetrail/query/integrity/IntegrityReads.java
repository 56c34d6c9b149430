package uk.casetrail.query.integrity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/audit/integrity (AUDITOR): is the stored log exactly what was sealed? */
@RestController
class IntegrityReads {

    private final EventSealing sealing;
    private final IntegrityCheck check;

    IntegrityReads(EventSealing sealing, IntegrityCheck check) {
        this.sealing = sealing;
        this.check = check;
    }

    @GetMapping("/api/audit/integrity")
    IntegrityCheck.Verification integrity() {
        // Seal what has arrived first, so the answer covers the log up to this moment.
        sealing.sealNewEvents();
        return check.verify();
    }
}
