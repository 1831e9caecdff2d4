package org.threatloom.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #FREE_ATTEMPTS} failures for the same name (whether it exists or
 * not), or {@link #FREE_ATTEMPTS_PER_ADDRESS} from one address (password spraying), each further attempt must wait,
 * doubling up to 15 minutes. The answer never says
 * which names exist. A success clears the name's counter.
 */
public final class LoginThrottle {
    public static final int FREE_ATTEMPTS = 5;
    public static final int FREE_ATTEMPTS_PER_ADDRESS = 25;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before trying this name from this address (zero: go ahead). */
    public Duration waitFor(String name, String address) {
        Duration a = wait(key("user", name), FREE_ATTEMPTS);
        Duration b = wait(key("addr", address), FREE_ATTEMPTS_PER_ADDRESS);
        return a.compareTo(b) >= 0 ? a : b;
    }

    public void failed(String name, String address) {
        Instant now = clock.instant();
        for (String k : new String[] {key("user", name), key("addr", address)}) {
            failures.merge(k, new Failures(1, now), (old, x) -> new Failures(old.count() + 1, now));
        }
    }

    public void succeeded(String name) {
        failures.remove(key("user", name));
    }

    private Duration wait(String key, int free) {
        Failures f = failures.get(key);
        if (f == null) return Duration.ZERO;
        Instant now = clock.instant();
        if (now.isAfter(f.last().plus(FORGET_AFTER))) {
            failures.remove(key);
            return Duration.ZERO;
        }
        if (f.count() < free) return Duration.ZERO;
        long seconds = 1L << Math.min(20, f.count() - free);
        Duration delay = Duration.ofSeconds(seconds).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : Duration.ofSeconds(seconds);
        Duration left = Duration.between(now, f.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.toLowerCase(java.util.Locale.ROOT));
    }
}
