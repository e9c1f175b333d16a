package de.koop.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.port.in.TooManySignInAttemptsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Who may try a password when, on a clock the test moves. */
class SignInThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(5);

    /** A clock that stands until the test moves it. */
    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-11-02T08:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Limits(5, 20, 100, WINDOW), clock);

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.begin(account, address);
        }
    }

    private Duration refusal(String account, String address) {
        try {
            throttle.begin(account, address);
        } catch (TooManySignInAttemptsException e) {
            return e.retryAfter();
        }
        throw new AssertionError("the attempt was taken");
    }

    @Test
    void failuresFromOneAddressDoNotKeepTheOwnerOutElsewhere() {
        fail("admin", "203.0.113.9", 5);

        assertThat(refusal("admin", "203.0.113.9")).isEqualTo(WINDOW);
        assertThat(refusal(" Admin ", "203.0.113.9")).as("the account's name is normalised").isEqualTo(WINDOW);
        throttle.begin("admin", "198.51.100.7").succeeded();
    }

    @Test
    void anAddressIsLimitedOverAllAccounts() {
        for (int i = 0; i < 20; i++) {
            fail("konto" + i, "203.0.113.9", 1);
        }

        assertThatThrownBy(() -> throttle.begin("konto20", "203.0.113.9"))
                .isInstanceOf(TooManySignInAttemptsException.class);
        throttle.begin("konto20", "198.51.100.7");
    }

    @Test
    void theCeilingOfAnAccountHoldsForNewAddressesButNotWhereItSignedInBefore() {
        throttle.begin("admin", "192.0.2.1").succeeded();
        for (int host = 1; host <= 20; host++) {
            fail("admin", "198.51.100." + host, 5);
        }

        assertThatThrownBy(() -> throttle.begin("admin", "198.51.100.21"))
                .isInstanceOf(TooManySignInAttemptsException.class);
        throttle.begin("admin", "192.0.2.1").succeeded();
        throttle.begin("other", "198.51.100.21").succeeded();
    }

    @Test
    void failuresLapseOneByOneAfterTheWindow() {
        fail("admin", "203.0.113.9", 1);
        clock.move(Duration.ofMinutes(2));
        fail("admin", "203.0.113.9", 4);

        assertThat(refusal("admin", "203.0.113.9")).isEqualTo(Duration.ofMinutes(3));
        clock.move(Duration.ofMinutes(3));
        throttle.begin("admin", "203.0.113.9");
        assertThat(refusal("admin", "203.0.113.9")).isEqualTo(Duration.ofMinutes(2));
        clock.move(Duration.ofMinutes(2));
        fail("admin", "203.0.113.9", 4);
        assertThat(refusal("admin", "203.0.113.9")).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void anAttemptCountsFromItsStartAndNotOnceItSucceeds() {
        // five attempts under way at once: a sixth waits, although none has failed yet
        SignInThrottle.Attempt first = throttle.begin("admin", "203.0.113.9");
        fail("admin", "203.0.113.9", 4);
        assertThatThrownBy(() -> throttle.begin("admin", "203.0.113.9"))
                .isInstanceOf(TooManySignInAttemptsException.class);

        first.succeeded();

        throttle.begin("admin", "203.0.113.9");
    }

    @Test
    void aRefusedAttemptDoesNotProlongTheWait() {
        fail("admin", "203.0.113.9", 5);
        for (int i = 0; i < 10; i++) {
            clock.move(Duration.ofSeconds(20));
            refusal("admin", "203.0.113.9");
        }

        clock.move(Duration.ofMinutes(5).minus(Duration.ofSeconds(200)));
        throttle.begin("admin", "203.0.113.9");
    }
}
