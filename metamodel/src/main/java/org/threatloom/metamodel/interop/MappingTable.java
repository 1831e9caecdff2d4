package org.threatloom.metamodel.interop;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.threatloom.model.ThreatloomPackage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A mapping table shipped as data ({@code org/threatloom/metamodel/interop/NAME.yaml}): source types to metamodel
 * classes and attribute values, plus plain lookup tables. Every class, attribute and enum literal is checked against
 * the metamodel when a section is read, so a typo fails loudly (naming the file and entry) instead of silently
 * importing the wrong thing. Lookups are case-insensitive.
 */
public final class MappingTable {
    static final String ROOT = "org/threatloom/metamodel/interop/";
    private static final Map<String, MappingTable> CACHE = new ConcurrentHashMap<>();
    private final String name;
    private final Map<String, Object> root;

    private MappingTable(String name, Map<String, Object> root) {
        this.name = name;
        this.root = root;
    }

    /** The shipped table {@code NAME.yaml}, loaded once. */
    public static MappingTable get(String name) {
        return CACHE.computeIfAbsent(name, MappingTable::load);
    }

    /** The names of all shipped tables (for the test that loads and checks every one). */
    public static List<String> shipped() {
        return List.of("threat-dragon", "threagile", "otm", "tm7", "protocols", "zones", "threats");
    }

    @SuppressWarnings("unchecked")
    private static MappingTable load(String name) {
        try (InputStream in = MappingTable.class.getClassLoader().getResourceAsStream(ROOT + name + ".yaml")) {
            if (in == null) throw new IllegalStateException("mapping table " + ROOT + name + ".yaml is missing");
            Map<String, Object> root = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            return new MappingTable(name, root == null ? Map.of() : root);
        } catch (IOException e) {
            throw new IllegalStateException("mapping table " + name + ".yaml cannot be read: " + e.getMessage(), e);
        }
    }

    public String name() { return name; }

    /** A section of element specs: key -> {type, set}; {@code base} is the class of specs that give no type. */
    public Map<String, ElementSpec> specs(String section, EClass base) {
        Map<String, ElementSpec> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(root.get(section), section).entrySet()) {
            out.put(key(e.getKey()), spec(section + "." + e.getKey(), e.getValue(), base));
        }
        return out;
    }

    /** A section as plain data (keys lower-cased), for tables with their own shape. */
    public Map<String, Object> rawSection(String section) {
        Map<String, Object> out = new LinkedHashMap<>();
        map(root.get(section), section).forEach((k, v) -> out.put(key(k), v));
        return out;
    }

    /** A single spec at the top level ({@code key: {type, set}}). */
    public ElementSpec single(String key, EClass base) {
        ElementSpec s = spec(key, root.get(key), base);
        if (s.type() == null) throw bad(key, "needs a type");
        return s;
    }

    /** A section of spec sections, e.g. flags per shape: outer key -> inner key -> spec. */
    public Map<String, Map<String, ElementSpec>> nestedSpecs(String section, Map<String, EClass> bases) {
        Map<String, Map<String, ElementSpec>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> outer : map(root.get(section), section).entrySet()) {
            EClass base = bases.getOrDefault(key(outer.getKey()), ThreatloomPackage.eINSTANCE.getModelElement());
            Map<String, ElementSpec> inner = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : map(outer.getValue(), section + "." + outer.getKey()).entrySet()) {
                inner.put(key(e.getKey()), spec(section + "." + outer.getKey() + "." + e.getKey(), e.getValue(), base));
            }
            out.put(key(outer.getKey()), inner);
        }
        return out;
    }

    /** A plain key -> text section (keys lower-cased). */
    public Map<String, String> strings(String section) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(root.get(section), section).entrySet()) {
            out.put(key(e.getKey()), e.getValue() == null ? null : String.valueOf(e.getValue()));
        }
        return out;
    }

    /** A key -> enum literal section, checked against the enum. */
    public <E extends org.eclipse.emf.common.util.Enumerator> Map<String, E> literals(String section, EEnum type) {
        Map<String, E> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : strings(section).entrySet()) {
            out.put(e.getKey(), literal(section + "." + e.getKey(), type, e.getValue()));
        }
        return out;
    }

    /** An ordered list of {atLeast: N, value: X} thresholds, highest first as written. */
    public List<Map<String, Object>> list(String section) {
        Object v = root.get(section);
        if (!(v instanceof List<?> l)) throw bad(section, "expected a list");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : l) out.add(map(o, section));
        return out;
    }

    /** A list of texts (lower-cased). */
    public List<String> stringList(String key) {
        Object v = root.get(key);
        if (v == null) return List.of();
        if (!(v instanceof List<?> l)) throw bad(key, "expected a list");
        List<String> out = new ArrayList<>();
        for (Object o : l) out.add(key(String.valueOf(o)));
        return out;
    }

    public int integer(String key, int fallback) {
        Object v = root.get(key);
        if (v == null) return fallback;
        if (v instanceof Number n) return n.intValue();
        throw bad(key, "expected a number");
    }

    public String text(String key, String fallback) {
        Object v = root.get(key);
        return v == null ? fallback : String.valueOf(v);
    }

    public static String key(String k) {
        return k == null ? "" : k.trim().toLowerCase(Locale.ROOT);
    }

    private ElementSpec spec(String where, Object raw, EClass base) {
        Map<String, Object> m = map(raw == null ? Map.of() : raw, where);
        for (String k : m.keySet()) if (!k.equals("type") && !k.equals("set")) throw bad(where, "unknown key '" + k + "' (type, set)");
        EClass type = null;
        if (m.get("type") != null) {
            EClassifier c = ThreatloomPackage.eINSTANCE.getEClassifier(String.valueOf(m.get("type")));
            if (!(c instanceof EClass ec) || ec.isAbstract()) throw bad(where, "'" + m.get("type") + "' is not a concrete metamodel class");
            if (base != null && !base.isSuperTypeOf(ec)) throw bad(where, ec.getName() + " is not a " + base.getName());
            type = ec;
        }
        EClass owner = type == null ? base : type;
        Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(m.getOrDefault("set", Map.of()), where + ".set").entrySet()) {
            EStructuralFeature f = owner.getEStructuralFeature(e.getKey());
            if (!(f instanceof EAttribute a)) throw bad(where, owner.getName() + " has no attribute '" + e.getKey() + "'");
            values.put(f, value(where + ".set." + e.getKey(), a, e.getValue()));
        }
        return new ElementSpec(type, values);
    }

    private Object value(String where, EAttribute a, Object raw) {
        if (a.isMany()) {
            List<Object> out = new ArrayList<>();
            for (Object o : raw instanceof List<?> l ? l : List.of(raw)) out.add(single(where, a.getEAttributeType(), o));
            return out;
        }
        return single(where, a.getEAttributeType(), raw);
    }

    private Object single(String where, EDataType type, Object raw) {
        if (type instanceof EEnum e) return literal(where, e, String.valueOf(raw));
        Class<?> c = type.getInstanceClass();
        if (c == boolean.class || c == Boolean.class) {
            if (raw instanceof Boolean b) return b;
        } else if (c == int.class || c == Integer.class) {
            if (raw instanceof Number n) return n.intValue();
        } else if (c == String.class) {
            return String.valueOf(raw);
        }
        throw bad(where, "'" + raw + "' is not a valid " + type.getName());
    }

    @SuppressWarnings("unchecked")
    private <E> E literal(String where, EEnum type, String raw) {
        EEnumLiteral l = type.getEEnumLiteral(raw == null ? "" : raw.trim());
        if (l == null) throw bad(where, "'" + raw + "' is not a " + type.getName() + " (" + type.getELiterals() + ")");
        return (E) l.getInstance();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object o, String where) {
        if (o == null) return Map.of();
        if (!(o instanceof Map<?, ?> m)) throw bad(where, "expected a mapping");
        return (Map<String, Object>) m;
    }

    private IllegalStateException bad(String where, String message) {
        return new IllegalStateException("mapping table " + name + ".yaml, " + where + ": " + message);
    }
}
