package org.threatloom.catalog.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.threatloom.catalog.CatalogSet;

/**
 * Loads rules: the shipped ones from the classpath and user rule packs from a folder, all with the same checks.
 * Any problem fails the whole load (naming every file and rule at fault); nothing is half-loaded.
 */
public final class RuleLoader {
    private static volatile RuleSet shipped;

    private RuleLoader() {}

    /** The shipped rules with the shipped catalogs, loaded once. */
    public static RuleSet loadDefault() throws RuleLoadException {
        RuleSet s = shipped;
        if (s == null) {
            synchronized (RuleLoader.class) {
                if (shipped == null) shipped = loadShipped(CatalogSet.loadDefault());
                s = shipped;
            }
        }
        return s;
    }

    public static RuleSet loadShipped(CatalogSet catalogs) throws RuleLoadException {
        TreeMap<String, String> files;
        try {
            files = RuleResources.shipped();
        } catch (IOException e) {
            throw new RuleLoadException(List.of("cannot read the shipped rules: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        RuleReader reader = new RuleReader(catalogs);
        List<Rule> rules = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            String path = f.getKey();
            if (path.startsWith(RuleResources.ROOT + "emb3d/")) continue;
            reader.read(f.getValue(), path, idFromFileName(path), problems).ifPresent(rules::add);
        }
        rules.addAll(Emb3dRules.build(files.get(Emb3dRules.PROPERTIES), files.get(Emb3dRules.THREATS), catalogs, reader, problems));
        checkUnique(rules, problems);
        if (!problems.isEmpty()) throw new RuleLoadException(problems);
        return new RuleSet(rules);
    }

    /** A user rule pack: every {@code .yaml} below {@code dir}; ids may override shipped rules. */
    public static List<Rule> loadDirectory(Path dir, CatalogSet catalogs) throws RuleLoadException {
        if (!Files.isDirectory(dir)) throw new RuleLoadException(List.of(dir + ": not a directory of rule files"));
        List<String> problems = new ArrayList<>();
        RuleReader reader = new RuleReader(catalogs);
        List<Rule> rules = new ArrayList<>();
        try {
            for (Path p : RuleResources.yamlFiles(dir)) {
                if (Files.size(p) > Yaml.MAX_BYTES) {
                    problems.add(p + ": file too large (" + Files.size(p) + " bytes, limit " + Yaml.MAX_BYTES + ")");
                    continue;
                }
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                reader.read(text, p.toString(), idFromFileName(p.getFileName().toString()), problems).ifPresent(rules::add);
            }
        } catch (IOException e) {
            problems.add(dir + ": cannot read: " + e.getMessage());
        }
        if (rules.isEmpty() && problems.isEmpty()) problems.add(dir + ": no rule files (*.yaml) found");
        checkUnique(rules, problems);
        if (!problems.isEmpty()) throw new RuleLoadException(problems);
        return rules;
    }

    /** Shipped rules plus a user pack (which may override shipped rules by id). */
    public static RuleSet loadWith(Path userRules) throws RuleLoadException {
        RuleSet base = loadDefault();
        return userRules == null ? base : base.with(loadDirectory(userRules, CatalogSet.loadDefault()));
    }

    private static String idFromFileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    }

    private static void checkUnique(List<Rule> rules, List<String> problems) {
        Map<String, String> seen = new HashMap<>();
        for (Rule r : rules) {
            String first = seen.putIfAbsent(r.id(), r.source());
            if (first != null) problems.add(r.source() + ": rule " + r.id() + " is already defined in " + first);
        }
    }
}
