package de.koop.adapter.web;

/**
 * What every page's frame shows: whether someone is signed in (then the sign-out button, which needs the
 * form token) and where the user is, for the navigation.
 *
 * @param formToken the session's form token; empty when nobody is signed in
 */
public record Chrome(boolean signedIn, String formToken) {

    public static final Chrome ANONYMOUS = new Chrome(false, "");

    public Chrome {
        formToken = formToken == null ? "" : formToken;
    }
}
