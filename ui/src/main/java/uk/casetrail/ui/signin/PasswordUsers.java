package uk.casetrail.ui.signin;

/**
 * Practitioners who sign in with a user name and password (the demo users). The sign-in page shows its
 * password form only where some exist.
 */
public interface PasswordUsers {

    boolean any();
}
