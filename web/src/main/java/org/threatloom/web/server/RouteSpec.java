package org.threatloom.web.server;

import org.threatloom.web.security.Role;

/** One API route as registered: method, path (Javalin syntax) and the least role it needs (null: public). */
public record RouteSpec(String method, String path, Role role) {}
