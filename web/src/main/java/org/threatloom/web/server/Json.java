package org.threatloom.web.server;

import java.io.IOException;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/** The one JSON mapper of the server, with parse limits for request bodies. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1 << 20).maxNumberLength(32).build());
    }

    private Json() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** The request body as a JSON object; 400 when it is not one. */
    public static ObjectNode body(Context ctx) {
        try {
            JsonNode n = MAPPER.readTree(ctx.bodyAsBytes());
            if (n instanceof ObjectNode o) return o;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("the body could not be read");
        }
        throw ApiException.badRequest("the body must be a JSON object");
    }

    public static void send(Context ctx, JsonNode n) {
        ctx.contentType("application/json; charset=utf-8").result(n.toString());
    }

    public static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
