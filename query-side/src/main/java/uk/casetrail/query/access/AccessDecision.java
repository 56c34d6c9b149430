package uk.casetrail.query.access;

/**
 * The access policy's answer: permitted or not, on what basis, how much may be seen, and why not.
 *
 * @param partnerView true when only the child's basic details and the agency's own contributions may be seen
 */
public record AccessDecision(boolean permitted, Basis basis, boolean partnerView, String reason) {

    static AccessDecision permit(Basis basis) {
        return new AccessDecision(true, basis, false, null);
    }

    static AccessDecision permitPartner() {
        return new AccessDecision(true, Basis.PARTNER_INVOLVEMENT, true, null);
    }

    static AccessDecision deny(String reason) {
        return new AccessDecision(false, null, false, reason);
    }
}
