package org.threatloom.evidence.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * Identifiers in the OSCAL files: name-based version-5 UUIDs (RFC 4122, SHA-1) from stable names, so the same inputs
 * give the same UUIDs, and control ids as OSCAL tokens ({@code SR 1.1 RE 1} -> {@code sr-1.1-re-1},
 * {@code CRA-AI-P1-2(a)} -> {@code cra-ai-p1-2.a}).
 */
public final class OscalIds {
    /** ThreatLoom's namespace for name-based UUIDs (itself a v5 UUID of "threatloom.org" in the RFC 4122 DNS namespace). */
    static final UUID NAMESPACE = v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "threatloom.org");

    private OscalIds() {}

    public static String uuid(String... parts) {
        return v5(NAMESPACE, String.join("\u0000", parts)).toString();
    }

    static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        h[6] = (byte) ((h[6] & 0x0f) | 0x50);
        h[8] = (byte) ((h[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    /** A requirement id as an OSCAL control id (token): lower case, spaces to dashes, "(x)" to ".x". */
    public static String control(String requirementId) {
        StringBuilder sb = new StringBuilder();
        for (char c : requirementId.trim().toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_') sb.append(c);
            else if (c == '(') sb.append('.');
            else if (c == ')') continue;
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
        }
        String s = sb.toString().replaceAll("-+$", "");
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "r-" + s : s;
    }

    /** The statement part id of a control. */
    public static String statement(String requirementId) {
        return control(requirementId) + "_smt";
    }

    /** Any text as a token (group ids). */
    public static String token(String s) {
        return control(s);
    }
}
