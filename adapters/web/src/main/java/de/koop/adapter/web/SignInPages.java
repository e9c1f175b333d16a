package de.koop.adapter.web;

import de.koop.application.port.in.SignInOrigin;
import de.koop.application.port.in.SignInUseCase;
import de.koop.application.port.in.TooManySignInAttemptsException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in with the API's accounts, back to the page that asked for it, and out; the start address sends each
 * to where they begin.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class SignInPages {

    /** What the sign-in form says about its fields; empty strings where all is well. */
    public record SignInForm(String username, String usernameError, String passwordError) {

        static final SignInForm EMPTY = new SignInForm("", "", "");

        public boolean hasErrors() {
            return !usernameError.isEmpty() || !passwordError.isEmpty();
        }
    }

    private static final int MAX_USERNAME = 100;
    private static final int MAX_PASSWORD = 200;

    private final SignInUseCase signIn;
    private final WebSessions sessions;

    public SignInPages(SignInUseCase signIn, WebSessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    @Get(uri = WebPaths.START, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> start(@Nullable Authentication authentication) {
        return Html.redirect(authentication == null ? WebPaths.SIGN_IN : WebPaths.NETWORKS);
    }

    @Get(uri = WebPaths.SIGN_IN, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> form(HttpRequest<?> request, @Nullable Authentication authentication,
                                            @Nullable @QueryValue(WebPaths.RETURN_TO) String returnTo) {
        Optional<String> page = WebPaths.returnTo(returnTo);
        if (authentication != null) {
            return Html.redirect(page.orElse(WebPaths.NETWORKS));
        }
        return page(request, HttpStatus.OK, SignInForm.EMPTY, page);
    }

    @Post(uri = WebPaths.SIGN_IN, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> signIn(HttpRequest<?> request, @Body Map<String, String> form) {
        Optional<String> page = WebPaths.returnTo(form.get(WebPaths.RETURN_TO));
        String username = form.getOrDefault("username", "").strip();
        String password = form.getOrDefault("password", "");
        String usernameError = username.isEmpty() ? "Bitte geben Sie Ihren Benutzernamen ein."
                : username.length() > MAX_USERNAME ? "Der Benutzername darf höchstens " + MAX_USERNAME + " Zeichen lang sein." : "";
        String passwordError = password.isEmpty() ? "Bitte geben Sie Ihr Passwort ein."
                : password.length() > MAX_PASSWORD ? "Das Passwort darf höchstens " + MAX_PASSWORD + " Zeichen lang sein." : "";
        String shownName = username.length() > MAX_USERNAME ? "" : username;
        if (!usernameError.isEmpty() || !passwordError.isEmpty()) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, new SignInForm(shownName, usernameError, passwordError),
                    page);
        }
        try {
            return signIn.signIn(username, password, SignInOrigin.of(request.getRemoteAddress()))
                    .map(session -> {
                        sessions.signIn(request, session);
                        return Html.redirect(page.orElse(WebPaths.NETWORKS));
                    })
                    .orElseGet(() -> page(request, HttpStatus.UNPROCESSABLE_ENTITY, new SignInForm(shownName, "",
                            "Benutzername oder Passwort ist falsch. Bitte prüfen Sie beides."), page));
        } catch (TooManySignInAttemptsException e) {
            return page(request, HttpStatus.TOO_MANY_REQUESTS, new SignInForm(shownName, "",
                    "Zu viele Anmeldeversuche. Bitte versuchen Sie es in einigen Minuten erneut."), page);
        }
    }

    /**
     * Signing out changes the session, so it is a form (with its token, against cross-site requests); opening
     * the address asks whether to sign out.
     */
    @Get(uri = WebPaths.SIGN_OUT, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> confirmSignOut(HttpRequest<?> request) {
        return Html.page(Pages.TEMPLATES.signOut(new Chrome(true, sessions.formToken(request))));
    }

    @Post(uri = WebPaths.SIGN_OUT, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> signOut(HttpRequest<?> request) {
        MutableHttpResponse<String> response = HttpResponse.seeOther(java.net.URI.create(WebPaths.SIGN_IN + "?abgemeldet"));
        sessions.signOut(request, response).ifPresent(signIn::signOut);
        return response;
    }

    private MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, SignInForm form,
                                             Optional<String> returnTo) {
        boolean signedOut = request.getParameters().contains("abgemeldet");
        return Html.page(status, Pages.TEMPLATES.signIn(Chrome.ANONYMOUS, sessions.formToken(request), form, signedOut,
                returnTo.orElse(""), sessions.keptForm(request).isPresent()));
    }
}
