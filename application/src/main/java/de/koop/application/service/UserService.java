package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.SignInUseCase;
import de.koop.application.port.in.FindUsersQuery;
import de.koop.application.port.in.UserAdministrationUseCase;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.PasswordHasher;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.RefreshTokens;
import de.koop.application.port.out.Users;
import de.koop.domain.access.NetworkRole;
import de.koop.domain.access.User;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** User accounts, their roles and their sessions. Each call is one transaction (applied by bootstrap). */
public final class UserService implements UserAdministrationUseCase, FindUsersQuery, SignInUseCase {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final RefreshTokens refreshTokens;
    private final PasswordHasher hasher;
    private final InNetwork inNetwork;
    private final Duration refreshTokenLifetime;
    private final SignInThrottle throttle;
    private final Clock clock;
    // compared against when the name is unknown, so that both failures take the same time; made at the
    // first such sign-in, not at start, where a slow hash would cost a quarter second
    private volatile String decoyHash;

    private final Changes changes;

    public UserService(Users users, RefreshTokens refreshTokens, PasswordHasher hasher, Networks networks,
                       Partners partners, Duration refreshTokenLifetime, SignInThrottle.Limits signInLimits,
                       Clock clock, Changes changes) {
        this.changes = Objects.requireNonNull(changes);
        this.users = Objects.requireNonNull(users);
        this.refreshTokens = Objects.requireNonNull(refreshTokens);
        this.hasher = Objects.requireNonNull(hasher);
        this.inNetwork = new InNetwork(networks, partners);
        this.refreshTokenLifetime = Objects.requireNonNull(refreshTokenLifetime);
        this.clock = Objects.requireNonNull(clock);
        this.throttle = new SignInThrottle(signInLimits, clock);
    }

    @Override
    public User create(String username, String password, boolean administrator) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidValueException("password", "mindestens " + MIN_PASSWORD_LENGTH + " Zeichen");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw new InvalidValueException("password", "höchstens 72 Bytes (bcrypt nimmt nicht mehr)");
        }
        User user = User.create(UserId.newId(), username, hasher.hash(password), administrator);
        if (users.findByUsername(user.getUsername()).isPresent()) {
            throw new RuleViolationException(RuleCode.USERNAME_TAKEN, "Den Benutzernamen „" + user.getUsername()
                    + "“ gibt es bereits.");
        }
        changes.record(Change.of(user));
        return users.save(user);
    }

    @Override
    public User grant(UserId userId, NetworkId network, NetworkRole role, Optional<PartnerId> partner) {
        inNetwork.network(network);
        partner.ifPresent(p -> inNetwork.partner(network, p));
        User user = find(userId);
        user.grant(network, role, partner);
        changes.record(Change.of(user, network));
        return users.save(user);
    }

    @Override
    public User revoke(UserId userId, NetworkId network) {
        User user = find(userId);
        user.revoke(network);
        changes.record(Change.of(user, network));
        return users.save(user);
    }

    @Override
    public User delete(UserId userId, UserId deletedBy) {
        if (userId.equals(deletedBy)) {
            throw new RuleViolationException(RuleCode.OWN_ACCOUNT_NOT_DELETABLE,
                    "Das eigene Benutzerkonto kann nicht gelöscht werden; "
                    + "das übernimmt ein anderer Administrator.");
        }
        User user = find(userId);
        changes.record(Change.of(user));
        Accounts.delete(user, refreshTokens, changes);
        return users.save(user);
    }

    @Override
    public User find(UserId userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("Benutzerkonto", userId));
    }

    @Override
    public Page<User> list(PageRequest request) {
        return users.page(request);
    }

    @Override
    public void ensureAdministrator(String username, String password) {
        if (users.findByUsername(User.normalise(username)).isEmpty()) {
            create(username, password, true);
        }
    }

    @Override
    public Optional<Session> signIn(String username, String password, String from) {
        SignInThrottle.Attempt attempt = throttle.begin(username, from);
        Optional<User> user = username == null ? Optional.empty() : users.findByUsername(User.normalise(username))
                .filter(u -> !u.isDeleted());
        boolean matches = hasher.matches(password == null ? "" : password,
                user.map(User::getPasswordHash).orElseGet(this::decoyHash));
        Optional<Session> session = user.filter(u -> matches).map(u -> session(u, UUID.randomUUID().toString()));
        session.ifPresent(s -> attempt.succeeded());
        return session;
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy password that nobody has");
        }
        return decoyHash;
    }

    @Override
    public Optional<Session> refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Optional.empty();
        }
        String hash = hash(refreshToken);
        Optional<RefreshTokens.Stored> stored = refreshTokens.find(hash);
        if (stored.isPresent() && stored.get().revoked()) {
            // a used token came back: whoever holds its successor may be a thief, so the sign-in ends
            changes.record(Change.sessionsOf(stored.get().userId()));
            refreshTokens.revokeFamily(stored.get().family());
            return Optional.empty();
        }
        if (stored.isEmpty() || !stored.get().expiresAt().isAfter(Instant.now(clock))) {
            return Optional.empty();
        }
        changes.record(Change.sessionsOf(stored.get().userId()));
        if (!refreshTokens.revoke(hash)) {
            return Optional.empty();
        }
        return users.findById(stored.get().userId()).filter(u -> !u.isDeleted())
                .map(u -> session(u, stored.get().family()));
    }

    @Override
    public boolean signOut(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return false;
        }
        String hash = hash(refreshToken);
        Optional<RefreshTokens.Stored> valid = refreshTokens.find(hash).filter(stored -> !stored.revoked());
        valid.ifPresent(stored -> changes.record(Change.sessionsOf(stored.userId())));
        return valid.isPresent() && refreshTokens.revoke(hash);
    }

    @Override
    public Optional<User> current(UserId id) {
        return users.findById(id);
    }

    @Override
    public User endSessions(UserId userId) {
        User user = find(userId);
        changes.record(Change.sessionsOf(userId));
        refreshTokens.revokeAllOf(userId);
        return user;
    }

    private Session session(User user, String family) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        changes.record(Change.sessionsOf(user.getId()));
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        refreshTokens.store(new RefreshTokens.Stored(hash(token), user.getId(), family,
                Instant.now(clock).plus(refreshTokenLifetime), false));
        return new Session(user, token);
    }

    /** Refresh tokens are random and long, so a fast hash suffices to keep them unusable in the store. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
