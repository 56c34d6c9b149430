package uk.casetrail.returns.census.rules;

/** ERROR: the DfE rejects the return until it is fixed; QUERY (a code ending in Q): fix it or explain it. */
public enum Severity {
    ERROR, QUERY
}
