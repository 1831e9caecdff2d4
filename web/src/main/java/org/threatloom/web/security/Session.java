package org.threatloom.web.security;

import java.time.Instant;

/** A signed-in browser or API client, held on the server; the cookie carries only its random id. */
public final class Session {
    private final String id;
    private final String user;
    private final Role role;
    private final String csrfToken;
    private final Instant created;
    private volatile Instant lastSeen;

    Session(String id, String user, Role role, String csrfToken, Instant created) {
        this.id = id;
        this.user = user;
        this.role = role;
        this.csrfToken = csrfToken;
        this.created = created;
        this.lastSeen = created;
    }

    public String id() { return id; }

    public String user() { return user; }

    /** The role in this server's workspace, or null when the account has none. */
    public Role role() { return role; }

    public String csrfToken() { return csrfToken; }

    public Instant created() { return created; }

    public Instant lastSeen() { return lastSeen; }

    void touch(Instant now) { lastSeen = now; }
}
