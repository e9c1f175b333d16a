package de.koop.adapter.http;

import static io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue.FALSE;

import de.koop.adapter.http.security.Drives;
import de.koop.adapter.http.security.TokenActor;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.FindUsersQuery;
import de.koop.application.port.in.UserAdministrationUseCase;
import de.koop.domain.access.NetworkRole;
import de.koop.domain.access.User;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Administrators manage user accounts and their roles in networks. Passwords are never shown. */
@Controller("/api/v1/users")
@Tag(name = "users")
public class UserController {

    /** A role in a network. */
    @Serdeable
    public record Role(String networkId, String role, @Nullable String partnerId) {
    }

    /** A user account. */
    @Serdeable
    public record UserResponse(String id, String username, boolean administrator, List<Role> networks, boolean deleted,
                               long version) {
        static UserResponse from(User user) {
            return new UserResponse(user.getId().toString(), user.getUsername(), user.isAdministrator(), roles(user),
                    user.isDeleted(), user.getVersion());
        }
    }

    static List<Role> roles(User user) {
        return user.getGrants().entrySet().stream().map(e -> new Role(e.getKey().toString(), e.getValue().role().name(),
                e.getValue().partnerId().map(Object::toString).orElse(null))).toList();
    }

    /** A new account; the password has at least 12 characters, the account is no administrator's when absent. */
    @Schema(name = "NewUser", additionalProperties = FALSE)
    record NewUser(@Size(max = 100) String username, @Size(max = 200) String password, @Nullable Boolean administrator) {
    }

    /** A role in a network; a member acts for one of the network's partners. */
    @Schema(name = "RoleGrant", additionalProperties = FALSE)
    record Grant(NetworkRole role, @Nullable UUID partnerId) {
    }

    private final UserAdministrationUseCase users;
    private final FindUsersQuery accounts;

    public UserController(UserAdministrationUseCase users, FindUsersQuery accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Drives(port = UserAdministrationUseCase.class, operation = "create")
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createUser", summary = "Ein Benutzerkonto anlegen: {\"username\", \"password\" (mindestens 12 Zeichen), \"administrator\"}")
    public HttpResponse<UserResponse> create(@Body NewUser body) {
        User user = users.create(body.username(), body.password(), Boolean.TRUE.equals(body.administrator()));
        return HttpResponse.created(UserResponse.from(user), URI.create("/api/v1/users/" + user.getId()));
    }

    @Drives(port = FindUsersQuery.class, operation = "list")
    @Get
    @Operation(operationId = "listUsers", summary = "Alle Benutzerkonten, nach Namen")
    public PageResponse<UserResponse> list(@QueryValue(defaultValue = "0") int page,
                                           @QueryValue(defaultValue = "20") int size) {
        return PageResponse.of(accounts.list(new PageRequest(page, size)), UserResponse::from);
    }

    @Drives(port = FindUsersQuery.class, operation = "find")
    @Get("/{userId}")
    @Operation(operationId = "getUser", summary = "Ein Benutzerkonto")
    public UserResponse get(@PathVariable String userId) {
        return UserResponse.from(accounts.find(PathIds.user(userId)));
    }

    @Drives(port = UserAdministrationUseCase.class, operation = "grant")
    @Put("/{userId}/networks/{networkId}")
    @Operation(operationId = "grantNetworkRole", summary = "Eine Rolle in einem Netzwerk geben: {\"role\": \"COORDINATOR\" | \"MEMBER\", \"partnerId\"}")
    public UserResponse grant(@PathVariable String userId, @PathVariable String networkId, @Body Grant body) {
        return UserResponse.from(users.grant(PathIds.user(userId), PathIds.network(networkId), body.role(),
                Optional.ofNullable(body.partnerId()).map(PartnerId::new)));
    }

    @Drives(port = UserAdministrationUseCase.class, operation = "endSessions")
    @Delete("/{userId}/sessions")
    @Operation(operationId = "endUserSessions", summary = "Alle Sitzungen beenden: Erneuerungstoken widerrufen (Zugangstoken laufen binnen 15 Minuten ab)")
    public UserResponse endSessions(@PathVariable String userId) {
        return UserResponse.from(users.endSessions(PathIds.user(userId)));
    }

    @Drives(port = UserAdministrationUseCase.class, operation = "delete")
    @Delete("/{userId}")
    @Operation(operationId = "deleteUser", summary = "Ein Benutzerkonto löschen: der Benutzername wird durch geloescht-<id> ersetzt, die Anmeldung "
            + "ist nicht mehr möglich, Rollen und Sitzungen enden (Zugangstoken laufen binnen 15 Minuten ab); "
            + "das Konto bleibt unter seiner Id, damit das Protokoll sie behält")
    public UserResponse delete(@PathVariable String userId, Authentication authentication) {
        UserId deletedBy = TokenActor.of(authentication).userId().orElseThrow();
        return UserResponse.from(users.delete(PathIds.user(userId), deletedBy));
    }

    @Drives(port = UserAdministrationUseCase.class, operation = "revoke")
    @Delete("/{userId}/networks/{networkId}")
    @Operation(operationId = "revokeNetworkRole", summary = "Die Rolle in einem Netzwerk nehmen")
    public UserResponse revoke(@PathVariable String userId, @PathVariable String networkId) {
        return UserResponse.from(users.revoke(PathIds.user(userId), PathIds.network(networkId)));
    }
}
