package uk.casetrail.returns.census.validation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.query.reading.ReadPath;

/**
 * GET /api/returns/cin-census/scope: how many children a check of the return reads (every child who has
 * had a case), so that the Returns page can say what it is waiting for before the check answers. A count,
 * no child's data; still only for the data officers, and a refusal is audited.
 */
@RestController
class CensusScopeReads {

    record CensusScope(int childrenWithCases) {
    }

    private final ReadPath readPath;
    private final JdbcClient jdbc;

    CensusScopeReads(ReadPath readPath, JdbcClient jdbc) {
        this.readPath = readPath;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/returns/cin-census/scope")
    CensusScope scope() {
        readPath.requireStatutoryReturn(readPath.reader(), "cin-census-scope", AccessAction.VIEW);
        return new CensusScope(jdbc.sql("SELECT count(DISTINCT child_id) FROM case_view").query(Integer.class).single());
    }
}
