package org.threatloom.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions with an idle and an absolute lifetime. Signing in always makes a new id (the old one, if
 * any, is dropped), signing out removes it, and an expired session is removed when it is next presented.
 */
public final class Sessions {
    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Duration absolute;
    private final Clock clock;

    public Sessions(Duration idle, Duration absolute, Clock clock) {
        this.idle = idle;
        this.absolute = absolute;
        this.clock = clock;
    }

    public Session create(String user, Role role, String previousId) {
        if (previousId != null) byId.remove(previousId);
        String id = Accounts.randomSecret(32);
        Session s = new Session(id, user, role, Accounts.randomSecret(32), clock.instant());
        byId.put(id, s);
        return s;
    }

    /** The live session for an id, touched; null if unknown or expired (an expired one is removed). */
    public Session find(String id) {
        if (id == null) return null;
        Session s = byId.get(id);
        if (s == null) return null;
        Instant now = clock.instant();
        if (now.isAfter(s.lastSeen().plus(idle)) || now.isAfter(s.created().plus(absolute))) {
            byId.remove(id);
            return null;
        }
        s.touch(now);
        return s;
    }

    public void end(String id) {
        if (id != null) byId.remove(id);
    }

    /** Ends every session of a user (after a password change). */
    public void endAll(String user) {
        byId.values().removeIf(s -> s.user().equals(user));
    }

    public Duration idle() { return idle; }
}
