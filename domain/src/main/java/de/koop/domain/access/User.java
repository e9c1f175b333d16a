package de.koop.domain.access;

import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.UserId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person who signs in to koop (Benutzerkonto): an administrator, who may do everything, or the holder
 * of roles in networks. The password is kept only as a slow hash, made outside the domain.
 */
public final class User {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");

    /** A role in a network; a member acts for one partner of it. */
    public record Grant(NetworkRole role, Optional<PartnerId> partnerId) {
        public Grant {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(partnerId, "partnerId");
        }
    }

    /**
     * The password hash of an account that was deleted: no hash function yields it, so no password matches
     * (as {@code !} locks an account in {@code /etc/shadow}).
     */
    static final String NO_PASSWORD = "!";

    private final UserId id;
    private String username;
    private String passwordHash;
    private boolean administrator;
    private final Map<NetworkId, Grant> grants;
    private final long version;

    private User(UserId id, String username, String passwordHash, boolean administrator, Map<NetworkId, Grant> grants,
                 long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = checkUsername(username);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.administrator = administrator;
        this.grants = new LinkedHashMap<>(grants);
        this.version = version;
    }

    public static User create(UserId id, String username, String passwordHash, boolean administrator) {
        return new User(id, username, passwordHash, administrator, Map.of(), 0);
    }

    /** A user as it was stored; used by persistence adapters only. */
    public static User reconstitute(UserId id, String username, String passwordHash, boolean administrator,
                                    Map<NetworkId, Grant> grants, long version) {
        return new User(id, username, passwordHash, administrator, grants, version);
    }

    /** Usernames are compared without regard to case: sign-in is not case-sensitive. */
    public static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String checkUsername(String username) {
        String normalised = normalise(username);
        if (normalised == null || !USERNAME.matcher(normalised).matches()) {
            throw new InvalidValueException("username",
                    "3 bis 100 Zeichen: Buchstaben a–z, Ziffern und . _ @ -, am Anfang ein Buchstabe oder eine Ziffer");
        }
        return normalised;
    }

    /** Gives a role in a network (replacing the one held there); a member names the partner it acts for. */
    public void grant(NetworkId network, NetworkRole role, Optional<PartnerId> partner) {
        Objects.requireNonNull(network, "network");
        if (isDeleted()) {
            throw new RuleViolationException(RuleCode.USER_DELETED,
                    "Das Benutzerkonto ist gelöscht und erhält keine Rollen mehr.");
        }
        if (role == null) {
            throw new InvalidValueException("role", "darf nicht leer sein");
        }
        if (role == NetworkRole.MEMBER && partner.isEmpty()) {
            throw new InvalidValueException("partnerId", "ein Mitglied handelt für einen Partner des Netzwerks");
        }
        grants.put(network, new Grant(role, role == NetworkRole.MEMBER ? partner : Optional.empty()));
    }

    public void revoke(NetworkId network) {
        grants.remove(network);
    }

    /**
     * Deletes the account as far as it names a person: the username becomes {@code geloescht-<id>}, no password
     * signs in any more, and no right is left. The account itself stays, so that the audit trail's entries
     * still name who did what by its id. Deleting it again changes nothing.
     */
    public void delete() {
        username = "geloescht-" + id;
        passwordHash = NO_PASSWORD;
        administrator = false;
        grants.clear();
    }

    /** Whether the account was deleted: then nobody signs in with it. */
    public boolean isDeleted() {
        return NO_PASSWORD.equals(passwordHash);
    }

    /** Whether the account holds any right beyond a role in this network. */
    public boolean actsBeyond(NetworkId network) {
        return administrator || grants.keySet().stream().anyMatch(other -> !other.equals(network));
    }

    public void changePasswordHash(String newHash) {
        if (isDeleted()) {
            throw new RuleViolationException(RuleCode.USER_DELETED, "Das Benutzerkonto ist gelöscht.");
        }
        this.passwordHash = Objects.requireNonNull(newHash, "passwordHash");
    }

    /** The role held in a network, if any; administrators hold none and need none. */
    public Optional<Grant> grantIn(NetworkId network) {
        return Optional.ofNullable(grants.get(network));
    }

    public UserId getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public Map<NetworkId, Grant> getGrants() {
        return Map.copyOf(grants);
    }

    public long getVersion() {
        return version;
    }
}
