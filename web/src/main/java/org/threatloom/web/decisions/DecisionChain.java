package org.threatloom.web.decisions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.threatloom.model.Countermeasure;
import org.threatloom.model.ReviewDecision;

/**
 * The hash chain over review decisions: each decision's {@code hash} is SHA-256 over the previous decision's hash
 * and the decision's own content (id, threat, decision, rationale, participants, who, when, countermeasures, what it
 * supersedes), each field length-prefixed. Changing or removing any earlier decision breaks every later hash.
 */
public final class DecisionChain {
    public static final String GENESIS = "0".repeat(64);

    private DecisionChain() {}

    public static String hash(String previous, ReviewDecision d) {
        StringBuilder sb = new StringBuilder();
        field(sb, previous);
        field(sb, d.getId());
        field(sb, d.getThreatId());
        field(sb, d.getDecision() == null ? null : d.getDecision().getLiteral());
        field(sb, d.getRationale());
        field(sb, String.join("\u001f", d.getParticipants()));
        field(sb, d.getDecidedBy());
        field(sb, d.getDecidedAt());
        field(sb, String.join("\u001f", d.getCountermeasures().stream().map(Countermeasure::getId).toList()));
        field(sb, d.getSupersedes() == null ? null : d.getSupersedes().getId());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash the next decision chains onto. */
    public static String head(List<ReviewDecision> decisions) {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            String h = decisions.get(i).getHash();
            if (h != null && !h.isBlank()) return h;
        }
        return GENESIS;
    }

    /** Null when every signed decision's hash matches; else the id of the first that does not. */
    public static String firstBroken(List<ReviewDecision> decisions) {
        String previous = GENESIS;
        for (ReviewDecision d : decisions) {
            if (d.getHash() == null || d.getHash().isBlank()) continue; // recorded before signing (imported)
            if (!hash(previous, d).equals(d.getHash())) return d.getId();
            previous = d.getHash();
        }
        return null;
    }

    private static void field(StringBuilder sb, String value) {
        String v = value == null ? "" : value;
        sb.append(v.length()).append(':').append(v).append('\n');
    }
}
