package org.threatloom.formal.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.threatloom.catalog.derive.ThreatFinding;
import org.threatloom.formal.encode.Encoder.Problem;
import org.threatloom.formal.slice.ModelFacts;
import org.threatloom.formal.slice.Slice;
import org.threatloom.formal.theorems.CompiledTheorem;
import org.threatloom.formal.theorems.Theorem;
import org.threatloom.metamodel.query.Labels;
import org.threatloom.model.DataFlow;

import kodkod.ast.Expression;
import kodkod.ast.Relation;
import kodkod.engine.Evaluator;
import kodkod.instance.Instance;
import kodkod.instance.Tuple;
import kodkod.instance.TupleSet;

/**
 * Maps a counterexample instance back to model elements. What it reports comes from the instance itself: the
 * values the solver chose for the open relations (attacker, entry, target, hops, compromised set) and the
 * theorem file's own witness funs ({@code uncovered}, {@code unprotected}, {@code failing}, {@code openings}, ...)
 * evaluated on it. This class only reads those values and looks up names; the explanatory lines come from
 * {@link Violations}.
 */
public final class CounterexampleMapper {
    private final Problem problem;
    private final Instance instance;
    private final Slice slice;
    private final ModelFacts facts;
    private final Evaluator eval;

    private CounterexampleMapper(Problem problem, Instance instance, Slice slice, ModelFacts facts) {
        this.problem = problem;
        this.instance = instance;
        this.slice = slice;
        this.facts = facts;
        this.eval = new Evaluator(instance);
    }

    public static Counterexample map(Problem problem, Instance instance, Slice slice, ModelFacts facts) {
        return new CounterexampleMapper(problem, instance, slice, facts).map();
    }

    private Counterexample map() {
        Theorem t = problem.theorem().theorem();
        return switch (t) {
            case ATTACK_PATHS -> walk("Attack", "entry");
            case K_COMPROMISE -> walk("Compromise", "start");
            default -> Violations.describe(t, slice.subject(), this);
        };
    }

    // ------------------------------------------------------------------------------------- shared lookups

    /** The tuples of a witness fun of the theorem file, each as the objects its atoms stand for. */
    List<List<Object>> witness(String fun) {
        Expression e = problem.theorem().witnesses().get(fun);
        if (e == null) return List.of();
        return rows(eval.evaluate(e));
    }

    List<Object> column(String fun) {
        List<Object> out = new ArrayList<>();
        for (List<Object> row : witness(fun)) out.add(row.get(0));
        return out;
    }

    /** The value of a relation in the instance (an open one: what the solver chose). */
    List<List<Object>> relation(String name) {
        Relation r = problem.theorem().relations().get(name);
        TupleSet ts = r == null ? null : instance.tuples(r);
        return ts == null ? List.of() : rows(ts);
    }

    private List<List<Object>> rows(TupleSet ts) {
        List<List<Object>> out = new ArrayList<>();
        for (Tuple tuple : ts) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < tuple.arity(); i++) {
                Object atom = tuple.atom(i);
                Object src = problem.sources().get(atom);
                row.add(src != null ? src : atom);
            }
            out.add(row);
        }
        return out;
    }

    Slice slice() {
        return slice;
    }

    CompiledTheorem theorem() {
        return problem.theorem();
    }

    /** Open derived threats on any of these elements (the threats involved). */
    List<String> threatsOn(Set<?> elements) {
        List<String> out = new ArrayList<>();
        for (Object e : elements) {
            if (!(e instanceof EObject o)) continue;
            for (ThreatFinding f : facts.threatsOn(o)) if (f.open() && !out.contains(f.id())) out.add(f.id());
        }
        return out;
    }

    // ------------------------------------------------------------------------------------- graph theorems

    /** The walk the solver chose, from the entry (foothold) to the asset, with the flows it travels. */
    private Counterexample walk(String sig, String startField) {
        Theorem t = problem.theorem().theorem();
        Object attacker = first(relation(sig + ".attacker"));
        Object start = first(relation(sig + "." + startField));
        Object target = first(relation(sig + ".target"));
        Map<Object, Object> next = new LinkedHashMap<>();
        for (List<Object> row : relation(sig + ".hops")) next.put(row.get(1), row.get(2));
        List<Object> nodes = new ArrayList<>();
        for (Object n = start; n != null && !nodes.contains(n); n = next.get(n)) {
            nodes.add(n);
            if (n.equals(target)) break;
        }
        List<ElementRef> path = new ArrayList<>();
        List<String> details = new ArrayList<>();
        Set<Object> onPath = new LinkedHashSet<>(nodes);
        if (attacker instanceof EObject a) path.add(ElementRef.of(a));
        for (int i = 0; i < nodes.size(); i++) {
            Object n = nodes.get(i);
            if (i > 0) {
                DataFlow via = flowBetween(nodes.get(i - 1), n);
                if (via != null) {
                    path.add(ElementRef.of(via));
                    onPath.add(via);
                }
                details.add("hop " + name(nodes.get(i - 1)) + " -> " + name(n) + (via == null ? " (parts of one host share its fate)" : " via " + name(via)));
            }
            if (n instanceof EObject e) path.add(ElementRef.of(e));
        }
        List<String> threats = new ArrayList<>();
        for (Object o : column("openings")) {
            if (o instanceof ThreatFinding f && onPath.contains(f.element())) {
                threats.add(f.id());
                details.add("unblocked: " + f.id() + " (" + f.risk().getLiteral() + ", " + f.stride().getLiteral() + ", status "
                        + f.status().getLiteral() + ") - mitigated by " + f.rule().mitigatedBy() + " only if in force at SL "
                        + capability(attacker) + "+");
            }
        }
        String who = attacker == null ? "an attacker" : name(attacker);
        String summary;
        if (t == Theorem.K_COMPROMISE) {
            List<Object> compromised = new ArrayList<>(column("compromised"));
            Object supplier = first(relation("Compromise.supplier"));
            String what = supplier != null ? "with supplier " + name(supplier) + " compromised (its unverified parts: " + names(compromised) + ")"
                    : "with " + names(compromised) + " compromised";
            details.add(0, "compromised: " + names(compromised) + "; countermeasures defeated: " + names(column("defeated")));
            summary = who + ", " + what + ", reaches critical asset " + name(target) + " from " + name(start) + " in " + (nodes.size() - 1) + " hop(s)";
        } else {
            summary = who + " enters at " + name(start) + " and reaches critical asset " + name(target) + " in " + (nodes.size() - 1) + " hop(s)";
        }
        return new Counterexample(t.cliName(), slice.subject(), summary, path, threats, details);
    }

    private String capability(Object attacker) {
        for (List<Object> row : rowsOfField("Attacker.capability")) if (row.get(0).equals(attacker)) return String.valueOf(row.get(1)).replace("k:SL", "");
        return "?";
    }

    private List<List<Object>> rowsOfField(String name) {
        Relation r = problem.theorem().relations().get(name);
        return r == null ? List.of() : rows(problem.bounds().upperBound(r));
    }

    private DataFlow flowBetween(Object from, Object to) {
        for (Object o : column("hopFlows")) {
            if (o instanceof DataFlow f && ((f.getSource() == from && f.getTarget() == to) || (f.isBidirectional() && f.getSource() == to && f.getTarget() == from))) {
                return f;
            }
        }
        for (EObject e : slice.elements()) {
            if (e instanceof DataFlow f && ((f.getSource() == from && f.getTarget() == to) || (f.isBidirectional() && f.getSource() == to && f.getTarget() == from))) {
                return f;
            }
        }
        return null;
    }

    static Object first(List<List<Object>> rows) {
        if (rows.isEmpty()) return null;
        List<Object> row = rows.get(0);
        return row.get(row.size() - 1);
    }

    static String name(Object o) {
        if (o instanceof EObject e) return Labels.name(e) + " [" + org.eclipse.emf.ecore.util.EcoreUtil.getID(e) + "]";
        if (o instanceof ThreatFinding f) return f.id();
        return String.valueOf(o);
    }

    static String names(List<?> list) {
        List<String> out = new ArrayList<>();
        for (Object o : list) out.add(name(o));
        return out.isEmpty() ? "none" : String.join(", ", out);
    }
}
