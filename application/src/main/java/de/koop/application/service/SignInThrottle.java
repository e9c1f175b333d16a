package de.koop.application.service;

import de.koop.application.port.in.TooManySignInAttemptsException;
import de.koop.domain.access.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who may try a password when. Failed sign-ins are counted over a sliding window in three ways:
 * <ul>
 * <li>per account and address together: stops guessing one account from one address, while its owner
 *     elsewhere still signs in (throttling per account alone would let anyone lock the owner out);</li>
 * <li>per address, over all accounts: stops one address guessing across many accounts;</li>
 * <li>per account, over all addresses: a ceiling far above the first, against guessing spread over
 *     many addresses. It does not hold for an address the account has signed in from before, so that
 *     such an attack cannot lock the owner out where they usually sign in.</li>
 * </ul>
 * An attempt counts from its start, so that requests sent at once cannot all try before the first has
 * failed, and stops counting when it succeeds. Counts live in this instance's memory, bounded.
 */
public final class SignInThrottle {

    /**
     * Failed attempts allowed within {@code window}.
     *
     * @param perAccountAndAddress for one account from one address
     * @param perAddress           from one address, whatever the accounts
     * @param perAccount           for one account from addresses it has not signed in from
     */
    public record Limits(int perAccountAndAddress, int perAddress, int perAccount, Duration window) {
        public Limits {
            if (perAccountAndAddress < 1 || perAddress < 1 || perAccount < 1) {
                throw new IllegalArgumentException("sign-in limits must allow at least one attempt");
            }
            Objects.requireNonNull(window, "window");
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("the sign-in window must be positive");
            }
        }
    }

    /** An attempt under way: it counts as failed unless it {@link #succeeded()}. */
    public final class Attempt {

        private final Instant at;
        private final List<Deque<Instant>> countedIn;
        private final String pair;

        private Attempt(Instant at, List<Deque<Instant>> countedIn, String pair) {
            this.at = at;
            this.countedIn = countedIn;
            this.pair = pair;
        }

        /** The password was right: the attempt no longer counts, and the address is known to the account. */
        public void succeeded() {
            synchronized (SignInThrottle.this) {
                countedIn.forEach(attempts -> attempts.removeLastOccurrence(at));
                signedInFrom.put(pair, Boolean.TRUE);
            }
        }
    }

    // bounded: a flood of made-up names or addresses evicts the least recently used, it cannot fill the heap
    private static final int KEPT = 100_000;

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byPair = lru();
    private final Map<String, Deque<Instant>> byAddress = lru();
    private final Map<String, Deque<Instant>> byAccount = lru();
    private final Map<String, Boolean> signedInFrom = lru();

    public SignInThrottle(Limits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Starts an attempt to sign in to the account named {@code username} from {@code address}.
     *
     * @throws TooManySignInAttemptsException when a limit is used up; nothing is counted then
     */
    public synchronized Attempt begin(String username, String address) {
        String account = username == null ? "" : User.normalise(username);
        String from = Objects.requireNonNull(address, "address");
        String pair = account + '\n' + from;
        Instant now = clock.instant();
        List<Deque<Instant>> counters = new ArrayList<>(List.of(counter(byPair, pair), counter(byAddress, from)));
        List<Integer> allowed = new ArrayList<>(List.of(limits.perAccountAndAddress(), limits.perAddress()));
        if (signedInFrom.get(pair) == null) {
            counters.add(counter(byAccount, account));
            allowed.add(limits.perAccount());
        }
        Duration wait = Duration.ZERO;
        for (int i = 0; i < counters.size(); i++) {
            Deque<Instant> attempts = counters.get(i);
            Instant start = now.minus(limits.window());
            while (!attempts.isEmpty() && !attempts.peekFirst().isAfter(start)) {
                attempts.removeFirst();
            }
            if (attempts.size() >= allowed.get(i)) {
                Duration untilOldestLapses = Duration.between(start, attempts.peekFirst());
                wait = untilOldestLapses.compareTo(wait) > 0 ? untilOldestLapses : wait;
            }
        }
        if (wait.isPositive()) {
            throw new TooManySignInAttemptsException(wait);
        }
        counters.forEach(attempts -> attempts.addLast(now));
        return new Attempt(now, List.copyOf(counters), pair);
    }

    private static Deque<Instant> counter(Map<String, Deque<Instant>> counters, String key) {
        return counters.computeIfAbsent(key, k -> new ArrayDeque<>());
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > KEPT;
            }
        };
    }
}
