package org.threatloom.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Local accounts kept in {@code accounts.json} (names, Argon2id hashes with a per-password salt, roles). Passwords
 * are never stored or logged. Verification of an unknown name still runs a hash so that timing does not tell
 * which names exist.
 */
public final class Accounts {
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Argon2id, 19 MiB, 2 passes, 1 lane: OWASP's minimum recommendation, ~30 ms here. */
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Map<String, Account> byName = new LinkedHashMap<>();
    private final String dummyHash;

    private Accounts(Path file) {
        this.file = file;
        this.dummyHash = hash(randomSecret(16));
    }

    /** Accounts stored in a file (null: in memory only, for tests). */
    public static Accounts open(Path file) throws IOException {
        Accounts a = new Accounts(file);
        if (file != null && Files.exists(file)) a.read();
        return a;
    }

    public synchronized boolean isEmpty() {
        return byName.isEmpty();
    }

    public synchronized Account find(String name) {
        return name == null ? null : byName.get(name);
    }

    /** Checks a password; returns the account, or null (same work and answer whether or not the name exists). */
    public Account verify(String name, String password) {
        Account a = find(name);
        String hash = a == null ? dummyHash : a.passwordHash();
        boolean ok = password != null && Password.check(password, hash).with(ARGON2);
        return a != null && ok ? a : null;
    }

    /** Creates or replaces an account. */
    public synchronized Account put(String name, String password, Map<String, Role> roles) throws IOException {
        if (name == null || !NAME.matcher(name).matches()) throw new IllegalArgumentException("account names are 1-64 letters, digits, '.', '_' or '-'");
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("passwords need at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        Account a = new Account(name, hash(password), roles);
        byName.put(name, a);
        write();
        return a;
    }

    public static String randomSecret(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    private void read() throws IOException {
        JsonNode root = JSON.readTree(Files.readAllBytes(file));
        for (JsonNode u : root.path("accounts")) {
            Map<String, Role> roles = new LinkedHashMap<>();
            u.path("roles").fields().forEachRemaining(e -> {
                Role r = Role.parse(e.getValue().asText());
                if (r != null) roles.put(e.getKey(), r);
            });
            String name = u.path("name").asText();
            byName.put(name, new Account(name, u.path("hash").asText(), roles));
        }
    }

    private void write() throws IOException {
        if (file == null) return;
        ObjectNode root = JSON.createObjectNode();
        var list = root.putArray("accounts");
        for (Account a : byName.values()) {
            ObjectNode u = list.addObject();
            u.put("name", a.name());
            u.put("hash", a.passwordHash());
            ObjectNode roles = u.putObject("roles");
            a.roles().forEach((k, v) -> roles.put(k, v.label()));
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
        try {
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
