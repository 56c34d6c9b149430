package uk.casetrail.returns.census.rules;

import uk.casetrail.returns.census.ReturnedChild;

/** A section 47 enquiry still open: no initial conference held yet, and none found not to be needed. */
final class AwaitingConference {

    private AwaitingConference() {
    }

    static boolean of(ReturnedChild.Section47 enquiry) {
        return enquiry.dateOfInitialCpc() == null && !enquiry.icpcNotRequired();
    }
}
