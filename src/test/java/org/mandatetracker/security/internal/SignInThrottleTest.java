package org.mandatetracker.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failed sign-ins lock an account or an address for a while that grows; a success forgives the account. */
class SignInThrottleTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void theFreeFailuresLockNothing() {
        failTimes("staff", "10.0.0.1", SignInThrottle.FREE_FAILURES);

        assertThat(throttle.lockedUntil("staff", "10.0.0.1")).isEmpty();
    }

    @Test
    void oneFailureMoreLocksTheAccountFromAnyAddressUntilTheLockEnds() {
        failTimes("staff", "10.0.0.1", SignInThrottle.FREE_FAILURES + 1);

        assertThat(throttle.lockedUntil("staff", "10.0.0.2")).contains(START.plus(SignInThrottle.FIRST_LOCK));
        assertThat(throttle.lockedUntil("manager", "10.0.0.2")).isEmpty();
        clock.advance(SignInThrottle.FIRST_LOCK);
        assertThat(throttle.lockedUntil("staff", "10.0.0.2")).isEmpty();
    }

    @Test
    void manyAccountsTriedFromOneAddressLockTheAddress() {
        for (int i = 0; i <= SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }

        assertThat(throttle.lockedUntil("someone-else", "10.0.0.9")).isPresent();
        assertThat(throttle.lockedUntil("someone-else", "10.0.0.8")).isEmpty();
    }

    @Test
    void aSuccessForgivesTheAccount() {
        failTimes("staff", "10.0.0.1", SignInThrottle.FREE_FAILURES);
        throttle.succeeded("staff");
        throttle.failed("staff", "10.0.0.1");

        assertThat(throttle.lockedUntil("staff", "10.0.0.3")).isEmpty();
    }

    @ParameterizedTest(name = "{0} failures past the free ones lock for {1}")
    @CsvSource({"1, PT30S", "2, PT1M", "3, PT2M", "5, PT8M", "6, PT15M", "40, PT15M"})
    void theLockDoublesUpToFifteenMinutes(int failuresPastFree, Duration lock) {
        assertThat(SignInThrottle.lockFor(failuresPastFree)).isEqualTo(lock);
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }
}
