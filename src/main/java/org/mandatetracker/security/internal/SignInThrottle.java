package org.mandatetracker.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, for the sign-in form and HTTP Basic alike: after
 * {@value #FREE_FAILURES} failed sign-ins in a row for an account, or {@value #FREE_FAILURES_PER_ADDRESS}
 * from one address, further attempts are refused unchecked for a while that doubles with each failure
 * (from {@link #FIRST_LOCK} up to {@link #LONGEST_LOCK}). A success clears the account's count. Kept
 * in memory: each node of a cluster counts on its own, and a restart forgives.
 */
@Component
public class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    /** Beyond this many tracked accounts and addresses, those no longer locked are forgotten. */
    private static final int MAX_TRACKED = 10_000;
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Until when sign-ins for this account or from this address are refused, if they are now. */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(accountKey(username), addressKey(address))
                .map(failures::get)
                .filter(entry -> entry != null && entry.lockedUntil() != null && entry.lockedUntil().isAfter(now))
                .map(Failures::lockedUntil)
                .max(Instant::compareTo);
    }

    public void failed(String username, String address) {
        forgetUnlockedWhenFull();
        count(accountKey(username), FREE_FAILURES, "account " + username);
        count(addressKey(address), FREE_FAILURES_PER_ADDRESS, "address " + address);
    }

    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private void count(String key, int freeFailures, String who) {
        Failures now = failures.merge(key, new Failures(1, null), (earlier, one) -> {
            int count = earlier.count() + 1;
            return new Failures(count, count > freeFailures ? clock.instant().plus(lockFor(count - freeFailures)) : null);
        });
        if (now.lockedUntil() != null) {
            log.warn("Sign-in locked for {} until {} after {} failed attempts", who, now.lockedUntil(), now.count());
        }
    }

    /** 30 s after the first failure past the free ones, doubling each time, at most 15 minutes. */
    static Duration lockFor(int failuresPastFree) {
        int doublings = Math.min(failuresPastFree - 1, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private void forgetUnlockedWhenFull() {
        if (failures.size() >= MAX_TRACKED) {
            Instant now = clock.instant();
            failures.values().removeIf(entry -> entry.lockedUntil() == null || entry.lockedUntil().isBefore(now));
        }
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
