package org.threatloom.web.decisions;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.threatloom.metamodel.io.Ids;
import org.threatloom.model.Countermeasure;
import org.threatloom.model.DecisionKind;
import org.threatloom.model.ModelElement;
import org.threatloom.model.ReviewDecision;
import org.threatloom.model.SystemModel;
import org.threatloom.model.ThreatloomFactory;
import org.threatloom.model.ThreatloomPackage;
import org.threatloom.web.edit.Change;
import org.threatloom.web.server.ApiException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds one review decision from a request: only the decision's content comes from the client (threat, decision,
 * rationale, participants, countermeasures); who decided, when, the id, what it supersedes (the threat's current
 * decision) and the chain hash are set here. Earlier decisions are never changed.
 */
public final class DecisionRecorder {
    private static final int MAX_PARTICIPANTS = 50;
    private final Clock clock;

    public DecisionRecorder(Clock clock) {
        this.clock = clock;
    }

    public List<Change> record(SystemModel model, ObjectNode body, String user, String[] createdId) {
        String threatId = text(body, "threatId");
        if (threatId == null || threatId.isBlank() || threatId.length() > 300) throw ApiException.badRequest("threatId is required");
        DecisionKind kind = DecisionKind.get(text(body, "decision") == null ? "" : text(body, "decision"));
        if (kind == null) throw ApiException.badRequest("decision must be one of " + DecisionKind.VALUES);
        String rationale = text(body, "rationale");
        if (rationale == null || rationale.isBlank()) throw ApiException.badRequest("a rationale is required");
        if (rationale.length() > 10_000) throw ApiException.badRequest("rationale too long");
        for (String forbidden : List.of("id", "decidedBy", "decidedAt", "hash", "supersedes")) {
            if (body.has(forbidden)) throw ApiException.badRequest("'" + forbidden + "' is set by the server");
        }
        ReviewDecision d = ThreatloomFactory.eINSTANCE.createReviewDecision();
        d.setThreatId(threatId);
        d.setDecision(kind);
        d.setRationale(rationale);
        for (JsonNode p : body.path("participants")) {
            if (d.getParticipants().size() >= MAX_PARTICIPANTS) break;
            String name = p.asText().strip();
            if (!name.isEmpty() && name.length() <= 200 && !d.getParticipants().contains(name)) d.getParticipants().add(name);
        }
        if (d.getParticipants().isEmpty()) d.getParticipants().add(user);
        for (JsonNode c : body.path("countermeasures")) {
            Countermeasure cm = find(model, c.asText());
            if (cm == null) throw ApiException.badRequest("no countermeasure with id '" + c.asText() + "'");
            d.getCountermeasures().add(cm);
        }
        if (kind == DecisionKind.MITIGATE && d.getCountermeasures().isEmpty()) {
            throw ApiException.badRequest("a MITIGATE decision names the countermeasure(s) that mitigate the threat");
        }
        d.setSupersedes(current(model, threatId));
        d.setDecidedBy(user);
        d.setDecidedAt(DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        d.setId(Ids.fresh(model, d));
        d.setName("Decision on " + threatId);
        d.setHash(DecisionChain.hash(DecisionChain.head(model.getDecisions()), d));
        createdId[0] = d.getId();
        List<Change> changes = new ArrayList<>();
        Change add = new Change.Add(model, ThreatloomPackage.eINSTANCE.getSystemModel_Decisions(), d, model.getDecisions().size());
        add.apply();
        changes.add(add);
        return changes;
    }

    /** The decision now in force for a threat (latest not superseded), or null. */
    static ReviewDecision current(SystemModel model, String threatId) {
        java.util.Set<ReviewDecision> superseded = new java.util.HashSet<>();
        for (ReviewDecision d : model.getDecisions()) if (d.getSupersedes() != null) superseded.add(d.getSupersedes());
        ReviewDecision out = null;
        for (ReviewDecision d : model.getDecisions()) if (threatId.equals(d.getThreatId()) && !superseded.contains(d)) out = d;
        return out;
    }

    private static Countermeasure find(SystemModel model, String id) {
        for (Countermeasure c : model.getCountermeasures()) if (id.equals(c.getId())) return c;
        return null;
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String id(ModelElement e) {
        return e == null ? null : e.getId();
    }
}
