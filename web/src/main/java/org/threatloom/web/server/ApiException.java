package org.threatloom.web.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An error answer: HTTP status, a stable code, a message for people and optional details. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final transient ObjectNode details;

    public ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    public ApiException(int status, String code, String message, ObjectNode details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    public int status() { return status; }

    public String code() { return code; }

    public ObjectNode details() { return details; }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " not found");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }
}
