package uk.casetrail.returns.census.imports;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.query.access.Reader;
import uk.casetrail.query.reading.InvalidQuery;
import uk.casetrail.query.reading.ReadPath;

/** POST /api/returns/cin-census/imports?team=T: an administrator onboards a council's history from its last return. */
@RestController
class CensusImportWrites {

    private final CinCensusImport censusImport;
    private final ReadPath readPath;

    CensusImportWrites(CinCensusImport censusImport, ReadPath readPath) {
        this.censusImport = censusImport;
        this.readPath = readPath;
    }

    @PostMapping(path = "/api/returns/cin-census/imports",
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    CensusImportResult importFile(@RequestParam(required = false) String team, @RequestBody(required = false) byte[] file) {
        if (team == null || team.isBlank()) {
            throw new InvalidQuery("team", "name the team that will hold the imported open episodes");
        }
        if (file == null || file.length == 0) {
            throw new InvalidQuery("body", "send the CIN census file as the request body");
        }
        Reader reader = readPath.reader();
        return censusImport.record(file, team.strip(), reader.user(), reader.role());
    }
}
