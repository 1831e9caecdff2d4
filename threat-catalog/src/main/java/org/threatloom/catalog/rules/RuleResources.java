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
        URL url = RuleResources.class.getClassLoader().getResource(ROOT);
        if (url == null) return out;
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection conn = (JarURLConnection) url.openConnection();
            conn.setUseCaches(false);
            try (JarFile jar = conn.getJarFile()) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                    JarEntry entry = e.nextElement();
                    if (entry.getName().startsWith(ROOT) && entry.getName().endsWith(".yaml")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            out.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } else {
            try {
                Path dir = Path.of(url.toURI());
                for (Path p : yamlFiles(dir)) out.put(ROOT + dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            } catch (URISyntaxException e) {
                throw new IOException("bad rules location " + url, e);
            }
        }
        return out;
    }

    static List<Path> yamlFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml")).sorted().forEach(out::add);
        }
        return out;
    }
}
