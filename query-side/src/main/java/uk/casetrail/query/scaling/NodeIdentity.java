package uk.casetrail.query.scaling;

/** This running node's name among the nodes sharing the database (also its name in the token store). */
public record NodeIdentity(String id) {
}
