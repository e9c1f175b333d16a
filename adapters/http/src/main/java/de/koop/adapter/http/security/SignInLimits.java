package de.koop.adapter.http.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Limits sign-in attempts per account and per address (token buckets), so that passwords cannot be
 * guessed at speed. Kept per instance, in memory.
 */
@Singleton
public class SignInLimits {

    private final ConcurrentMap<String, Bucket> byAccount = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final int perAccount;
    private final int perAddress;

    public SignInLimits(@Value("${koop.security.sign-in.attempts-per-account:5}") int perAccount,
                        @Value("${koop.security.sign-in.attempts-per-address:20}") int perAddress) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** Takes one attempt; false when the account or the address has used up its attempts for now. */
    public boolean tryAttempt(String username, String address) {
        Bucket account = byAccount.computeIfAbsent(username == null ? "" : username.strip().toLowerCase(Locale.ROOT),
                key -> bucket(perAccount));
        Bucket from = byAddress.computeIfAbsent(address, key -> bucket(perAddress));
        return account.tryConsume(1) & from.tryConsume(1);
    }

    private static Bucket bucket(int attempts) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(attempts)
                .refillGreedy(attempts, Duration.ofMinutes(5)).build()).build();
    }
}
