package org.threatloom.catalog.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists and reads the shipped rule files from the classpath, whether classes are a directory or a (shaded) jar. */
final class RuleResources {
    static final String ROOT = "org/threatloom/catalog/rules/";

    private RuleResources() {}

    /** Resource path -> content, for every {@code .yaml} under the rules root, sorted by path. */
    static TreeMap<String, String> shipped() throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        // every classpath root holding the folder (classes and test-classes are both roots in tests)
        Enumeration<URL> roots = RuleResources.class.getClassLoader().getResources(ROOT);
        while (roots.hasMoreElements()) read(roots.nextElement(), out);
        return out;
    }

    private static void read(URL url, TreeMap<String, String> out) throws IOException {
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection conn = (JarURLConnection) url.openConnection();
            conn.setUseCaches(false);
            try (JarFile jar = conn.getJarFile()) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                    JarEntry entry = e.nextElement();
                    if (entry.getName().startsWith(ROOT) && entry.getName().endsWith(".yaml")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            out.putIfAbsent(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } else if ("file".equals(url.getProtocol())) {
            try {
                Path dir = Path.of(url.toURI());
                for (Path p : yamlFiles(dir)) out.putIfAbsent(ROOT + dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            } catch (URISyntaxException e) {
                throw new IOException("bad rules location " + url, e);
            }
        }
    }

    static List<Path> yamlFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml")).sorted().forEach(out::add);
        }
        return out;
    }
}
