package org.threatloom.metamodel.interop;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses YAML into {@link SourceNode}s with line, column and pointer. Uses SnakeYAML's composer directly (no object
 * construction, so no class is ever instantiated by tag) and resolves anchors, aliases and merge keys ({@code <<})
 * itself, under two budgets that make a "billion laughs" document fail at once: SnakeYAML's limit on aliases to
 * collections, and a cap on the number of values the aliases expand to. Recursive aliases and duplicate keys are refused.
 */
public final class YamlTree {
    static final int MAX_COLLECTION_ALIASES = 200;
    static final int MAX_EXPANDED_VALUES = 100_000;
    static final int MAX_DEPTH = 100;

    private final String file;
    private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
    private int expanded;

    private YamlTree(String file) {
        this.file = file;
    }

    public static SourceNode parse(byte[] bytes, String file) throws ImportException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(Math.max(1, text.length() + 1));
        options.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ImportException(file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, "", message(e));
        } catch (YAMLException e) {
            throw new ImportException(file, 0, 0, "", message(e));
        } catch (RuntimeException | StackOverflowError e) {
            throw new ImportException(file, 0, 0, "", "malformed YAML: " + e.getClass().getSimpleName());
        }
        if (root == null) throw new ImportException(file, 1, 1, "", "empty file: expected a YAML document");
        return new YamlTree(file).convert(root, "", 0);
    }

    private SourceNode convert(Node node, String pointer, int depth) throws ImportException {
        int line = node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        int column = node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
        if (++expanded > MAX_EXPANDED_VALUES) {
            throw new ImportException(file, line, column, pointer.isEmpty() ? "/" : pointer,
                    "YAML aliases expand to more than " + MAX_EXPANDED_VALUES + " values (a 'billion laughs' document?)");
        }
        if (depth > MAX_DEPTH) throw new ImportException(file, line, column, pointer, "YAML nested too deeply (limit " + MAX_DEPTH + ")");
        if (node instanceof ScalarNode s) return SourceNode.scalar(file, pointer, line, column, scalarKind(s), scalarText(s));
        if (!onPath.add(node)) {
            throw new ImportException(file, line, column, pointer, "recursive YAML alias: a value contains itself");
        }
        try {
            if (node instanceof SequenceNode seq) {
                List<SourceNode> items = new ArrayList<>();
                for (Node item : seq.getValue()) items.add(convert(item, pointer + "/" + items.size(), depth + 1));
                return SourceNode.array(file, pointer, line, column, items);
            }
            MappingNode map = (MappingNode) node;
            LinkedHashMap<String, SourceNode> fields = new LinkedHashMap<>();
            List<Node> merges = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    throw new ImportException(file, line, column, pointer, "only text keys are supported");
                }
                if (Tag.MERGE.equals(key.getTag())) {
                    merges.add(t.getValueNode());
                    continue;
                }
                String name = key.getValue();
                if (fields.containsKey(name)) {
                    Mark m = key.getStartMark();
                    throw new ImportException(file, m.getLine() + 1, m.getColumn() + 1, pointer + "/" + SourceNode.token(name),
                            "duplicate key '" + name + "'");
                }
                fields.put(name, convert(t.getValueNode(), pointer + "/" + SourceNode.token(name), depth + 1));
            }
            for (Node merge : merges) merge(merge, fields, pointer, depth);
            return SourceNode.object(file, pointer, line, column, fields);
        } finally {
            onPath.remove(node);
        }
    }

    /** {@code <<: *anchor} or {@code <<: [*a, *b]}: keys written in the mapping win, then earlier merged maps. */
    private void merge(Node value, Map<String, SourceNode> into, String pointer, int depth) throws ImportException {
        List<Node> sources = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
        for (Node source : sources) {
            SourceNode merged = convert(source, pointer, depth + 1);
            if (!merged.isObject()) throw merged.error("a merge key (<<) must refer to a mapping, found " + merged.describeKind());
            for (Map.Entry<String, SourceNode> e : merged.fields().entrySet()) into.putIfAbsent(e.getKey(), e.getValue());
        }
    }

    private static SourceNode.Kind scalarKind(ScalarNode s) {
        Tag tag = s.getTag();
        if (Tag.NULL.equals(tag)) return SourceNode.Kind.NULL;
        if (Tag.BOOL.equals(tag)) return SourceNode.Kind.BOOLEAN;
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) return SourceNode.Kind.NUMBER;
        return SourceNode.Kind.STRING;
    }

    private static String scalarText(ScalarNode s) {
        if (Tag.BOOL.equals(s.getTag())) {
            String v = s.getValue().toLowerCase(java.util.Locale.ROOT);
            return Boolean.toString(v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y"));
        }
        return s.getValue();
    }

    private static String message(YAMLException e) {
        String m = e instanceof MarkedYAMLException mk ? (mk.getProblem() == null ? mk.getContext() : mk.getProblem()) : e.getMessage();
        if (m == null) m = e.getClass().getSimpleName();
        if (m.contains("Number of aliases")) {
            return "too many YAML aliases to collections (limit " + MAX_COLLECTION_ALIASES + "; a 'billion laughs' document?)";
        }
        if (m.contains("exceeds the limit")) return "YAML document too large";
        int nl = m.indexOf('\n');
        return "malformed YAML: " + (nl > 0 ? m.substring(0, nl) : m);
    }
}
