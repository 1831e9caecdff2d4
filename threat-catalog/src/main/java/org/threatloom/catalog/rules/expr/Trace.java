package org.threatloom.catalog.rules.expr;

import java.util.List;

/** How a condition evaluated on one element: each sub-expression with its value, for explanations. */
public record Trace(String expression, String value, List<Trace> children) {

    public static Trace leaf(String expression, Object value) {
        return new Trace(expression, Values.show(value), List.of());
    }

    /** Indented tree, one sub-expression per line: {@code expression = value}. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        render(sb, 0);
        return sb.toString();
    }

    private void render(StringBuilder sb, int depth) {
        sb.append("  ".repeat(depth)).append(expression).append("  =>  ").append(value).append('\n');
        for (Trace c : children) c.render(sb, depth + 1);
    }
}
