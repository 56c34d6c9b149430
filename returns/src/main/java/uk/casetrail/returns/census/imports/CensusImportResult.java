package uk.casetrail.returns.census.imports;

import java.util.UUID;

/** What an import recorded; the same file imported again answers this again. */
public record CensusImportResult(UUID importId, int children, int episodes, int events) {
}
