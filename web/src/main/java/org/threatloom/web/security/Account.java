package org.threatloom.web.security;

import java.util.Map;

/**
 * A local account: a name, a salted password hash (Argon2id, from password4j) and a role per workspace
 * ({@code "*"} means every workspace).
 */
public record Account(String name, String passwordHash, Map<String, Role> roles) {

    public Account {
        roles = Map.copyOf(roles);
    }

    /** The role in a workspace, or null without one. */
    public Role roleIn(String workspace) {
        Role r = roles.get(workspace);
        return r != null ? r : roles.get("*");
    }
}
