package de.koop.adapter.http;

import static io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue.FALSE;

import de.koop.adapter.http.security.Drives;
import de.koop.adapter.http.security.AccessTokens;
import de.koop.application.port.in.SignInOrigin;
import de.koop.application.port.in.SignInUseCase;
import de.koop.application.port.in.TooManySignInAttemptsException;
import de.koop.domain.access.User;
import de.koop.domain.shared.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Signing in and out: a password gives a 15-minute access token (a JWT, sent as
 * {@code Authorization: Bearer …}) and a refresh token that renews it until sign-out.
 */
@Controller("/api/v1/auth")
@Tag(name = "auth")
public class AuthController {

    /** The tokens of a session. */
    @Serdeable
    public record Tokens(
            @Schema(description = "Das Zugangstoken (JWT) für `Authorization: Bearer …`.",
                    requiredMode = Schema.RequiredMode.REQUIRED) String accessToken,
            @Schema(allowableValues = "Bearer", requiredMode = Schema.RequiredMode.REQUIRED) String tokenType,
            @Schema(description = "Sekunden, die das Zugangstoken gilt.",
                    requiredMode = Schema.RequiredMode.REQUIRED) long expiresIn,
            @Schema(description = "Erneuert das Zugangstoken bis zur Abmeldung, einmal verwendbar.",
                    requiredMode = Schema.RequiredMode.REQUIRED) String refreshToken) {
    }

    /** A sign-in with username and password. */
    @Schema(name = "SignIn", additionalProperties = FALSE)
    record SignIn(@Size(max = 100) String username, @Size(max = 200) String password) {
    }

    /** The refresh token of a session. */
    @Schema(name = "RefreshToken", additionalProperties = FALSE)
    record RefreshToken(String refreshToken) {
    }

    private final SignInUseCase signIn;
    private final AccessTokens accessTokens;

    public AuthController(SignInUseCase signIn, AccessTokens accessTokens) {
        this.signIn = signIn;
        this.accessTokens = accessTokens;
    }

    @Drives(port = SignInUseCase.class, operation = "signIn")
    @Post("/login")
    @ApiResponse(responseCode = "200", description = "Angemeldet: die Token der Sitzung",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Tokens.class)))
    @ApiResponse(responseCode = "401", description = "Benutzername oder Passwort ist falsch", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "429", description = "Zu viele Anmeldeversuche", ref = "#/components/responses/TooManyRequests")
    @Operation(operationId = "signIn", summary = "Anmelden: {\"username\", \"password\"} ergibt Zugangs- und Erneuerungstoken")
    public MutableHttpResponse<?> login(HttpRequest<?> request, @Body SignIn body) {
        String username = body.username();
        String password = body.password();
        try {
            return signIn.signIn(username, password, SignInOrigin.of(request.getRemoteAddress()))
                    .<MutableHttpResponse<?>>map(s -> HttpResponse.ok(tokens(s)))
                    .orElseGet(() -> unauthenticated(request, "Benutzername oder Passwort ist falsch."));
        } catch (TooManySignInAttemptsException e) {
            long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
            return ProblemResponses.of(request, ProblemType.TOO_MANY_REQUESTS,
                    "Zu viele Anmeldeversuche. Bitte versuchen Sie es in einigen Minuten erneut.", null)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
    }

    @Drives(port = SignInUseCase.class, operation = "refresh")
    @Post("/refresh")
    @ApiResponse(responseCode = "200", description = "Die neuen Token; das alte Erneuerungstoken gilt nicht mehr",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Tokens.class)))
    @ApiResponse(responseCode = "401", description = "Das Erneuerungstoken ist ungültig, abgelaufen oder verbraucht",
            ref = "#/components/responses/Unauthorized")
    @Operation(operationId = "refreshTokens", summary = "Ein neues Zugangstoken mit dem Erneuerungstoken {\"refreshToken\"}; das alte verfällt")
    public MutableHttpResponse<?> refresh(HttpRequest<?> request, @Body RefreshToken body) {
        return signIn.refresh(body.refreshToken()).<MutableHttpResponse<?>>map(s -> HttpResponse.ok(tokens(s)))
                .orElseGet(() -> unauthenticated(request, "Das Erneuerungstoken ist ungültig, abgelaufen oder verbraucht."));
    }

    @Drives(port = SignInUseCase.class, operation = "signOut")
    @Post("/logout")
    @ApiResponse(responseCode = "204", description = "Abgemeldet (auch wenn das Token schon nicht mehr galt)")
    @Operation(operationId = "signOut", summary = "Abmelden: das Erneuerungstoken {\"refreshToken\"} wird widerrufen")
    public HttpResponse<Void> logout(@Body RefreshToken body) {
        signIn.signOut(body.refreshToken());
        return HttpResponse.noContent();
    }

    /** Who is signed in. */
    @Serdeable
    public record Me(String id, String username, boolean administrator, java.util.List<UserController.Role> networks) {
    }

    @Drives(port = SignInUseCase.class, operation = "current")
    @Get("/me")
    @Operation(operationId = "getOwnAccount", summary = "Das eigene Benutzerkonto mit seinen Rollen in Netzwerken")
    public Me me(@Nullable Authentication authentication) {
        User user = signIn.current(new UserId(UUID.fromString(authentication.getName())))
                .orElseThrow(() -> new de.koop.application.port.in.NotFoundException("Benutzerkonto",
                        authentication.getName()));
        return new Me(user.getId().toString(), user.getUsername(), user.isAdministrator(), UserController.roles(user));
    }

    private Tokens tokens(SignInUseCase.Session session) {
        return new Tokens(accessTokens.issue(session.user()), "Bearer", accessTokens.lifetimeSeconds(),
                session.refreshToken());
    }

    private static MutableHttpResponse<?> unauthenticated(HttpRequest<?> request, String detail) {
        return ProblemResponses.of(request, ProblemType.UNAUTHENTICATED, detail, null)
                .header("WWW-Authenticate", "Bearer");
    }
}
