package org.threatloom.evidence.oscal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Building blocks shared by the OSCAL writers: metadata, props, links, and the JSON serialisation (pretty, LF). */
final class OscalJson {
    static final String OSCAL_VERSION = "1.1.3";
    /** Namespace of ThreatLoom's own props. */
    static final String NS = "https://threatloom.org/ns/oscal";
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private OscalJson() {}

    static String time(Instant i) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC).format(i);
    }

    static ObjectNode metadata(ObjectNode parent, String title, String version, Instant asOf, String remarks) {
        ObjectNode m = parent.putObject("metadata");
        m.put("title", OscalText.line(title));
        m.put("last-modified", time(asOf));
        m.put("version", OscalText.plain(version));
        m.put("oscal-version", OSCAL_VERSION);
        if (remarks != null) m.put("remarks", OscalText.md(remarks));
        return m;
    }

    /** A ThreatLoom prop (namespaced, so OSCAL's own allowed-value constraints do not apply to it). */
    static void prop(ObjectNode owner, String name, String value) {
        if (value == null || value.isBlank()) return;
        ArrayNode props = owner.has("props") ? (ArrayNode) owner.get("props") : owner.putArray("props");
        ObjectNode p = props.addObject();
        p.put("name", name);
        p.put("ns", NS);
        p.put("value", OscalText.plain(value));
    }

    static void link(ObjectNode owner, String href, String rel) {
        ArrayNode links = owner.has("links") ? (ArrayNode) owner.get("links") : owner.putArray("links");
        ObjectNode l = links.addObject();
        l.put("href", href);
        if (rel != null) l.put("rel", rel);
    }

    static byte[] bytes(ObjectNode root) {
        try {
            return (MAPPER.writer(PRETTY).writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write OSCAL JSON", e);
        }
    }
}
