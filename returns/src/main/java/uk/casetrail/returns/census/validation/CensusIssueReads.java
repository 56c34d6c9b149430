package uk.casetrail.returns.census.validation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.query.reading.ReadPath;

import java.time.LocalDate;

/** GET /api/returns/cin-census/issues: what in this year's return breaks a DfE rule, for the data officers. */
@RestController
class CensusIssueReads {

    private final CinCensusValidation validation;
    private final ReadPath readPath;

    CensusIssueReads(CinCensusValidation validation, ReadPath readPath) {
        this.validation = validation;
        this.readPath = readPath;
    }

    @GetMapping("/api/returns/cin-census/issues")
    CensusCheck issues(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate) {
        return validation.check(referenceDate, readPath.reader());
    }
}
