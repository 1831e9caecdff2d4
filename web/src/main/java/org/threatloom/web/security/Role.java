package org.threatloom.web.security;

import java.util.Locale;

/**
 * Roles per workspace, each including the ones before it: a viewer reads; a modeler also edits models; a reviewer
 * also records review decisions; an admin also manages accounts.
 */
public enum Role {
    VIEWER, MODELER, REVIEWER, ADMIN;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a role name; null for anything unknown. */
    public static Role parse(String s) {
        if (s == null) return null;
        for (Role r : values()) if (r.label().equals(s.trim().toLowerCase(Locale.ROOT))) return r;
        return null;
    }
}
