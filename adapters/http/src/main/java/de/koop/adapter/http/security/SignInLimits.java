package de.koop.adapter.http.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits sign-in attempts per account and per address (token buckets), so that passwords cannot be
 * guessed at speed. Kept per instance, in memory.
 */
@Singleton
public class SignInLimits {

    // bounded: a flood of made-up names or addresses evicts the least recently used, it cannot fill the heap
    private static final int KEPT = 100_000;
    private final Map<String, Bucket> byAccount = lru();
    private final Map<String, Bucket> byAddress = lru();
    private final int perAccount;
    private final int perAddress;

    public SignInLimits(@Value("${koop.security.sign-in.attempts-per-account:5}") int perAccount,
                        @Value("${koop.security.sign-in.attempts-per-address:20}") int perAddress) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** Takes one attempt; false when the account or the address has used up its attempts for now. */
    public synchronized boolean tryAttempt(String username, String address) {
        if (!byAddress.computeIfAbsent(address, key -> bucket(perAddress)).tryConsume(1)) {
            return false;
        }
        String account = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return byAccount.computeIfAbsent(account, key -> bucket(perAccount)).tryConsume(1);
    }

    private static Map<String, Bucket> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > KEPT;
            }
        };
    }

    private static Bucket bucket(int attempts) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(attempts)
                .refillGreedy(attempts, Duration.ofMinutes(5)).build()).build();
    }
}
