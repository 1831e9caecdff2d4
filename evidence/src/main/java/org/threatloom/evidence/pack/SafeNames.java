package org.threatloom.evidence.pack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * File names derived from model names (robustness case 8): a name like {@code ../../etc/passwd\r\nX:} never becomes a
 * path, a header or a device name. {@link #slug} keeps ASCII letters and digits, joins the rest with single dashes,
 * caps the length and avoids Windows device names; {@link #inside} refuses any path that would leave the pack
 * directory; {@link #contentDisposition} gives a header value with an ASCII fallback and an RFC 5987 encoded name.
 */
public final class SafeNames {
    static final int MAX = 60;
    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
            "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private SafeNames() {}

    /** A file-name stem from a model name: [a-z0-9-], 1..60 characters, never "." or "..", never a device name. */
    public static String slug(String name, String fallback) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < MAX; i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) sb.append(c);
            else if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
        }
        String out = sb.toString().replaceAll("^-+|-+$", "");
        if (out.isEmpty()) out = fallback == null || fallback.equals(name) ? "model" : slug(fallback, null);
        if (DEVICES.contains(out)) out = out + "-model";
        return out;
    }

    /** {@code dir/relative}, refusing anything that is absolute or resolves outside {@code dir}. */
    public static Path inside(Path dir, String relative) {
        Path base = dir.toAbsolutePath().normalize();
        Path p = base.resolve(relative).normalize();
        if (Path.of(relative).isAbsolute() || !p.startsWith(base) || p.equals(base)) {
            throw new IllegalArgumentException("not a file inside the pack: " + relative);
        }
        return p;
    }

    /**
     * A {@code Content-Disposition} value for a download: {@code attachment; filename="<ASCII>"; filename*=UTF-8''<encoded>}.
     * The ASCII name has no quote, backslash, control character or path separator, so it cannot end the header or
     * start another.
     */
    public static String contentDisposition(String fileName) {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? slug(name.substring(dot + 1), "bin") : "";
        String stem = slug(dot > 0 ? name.substring(0, dot) : name, "download");
        String ascii = ext.isEmpty() ? stem : stem + "." + ext;
        StringBuilder enc = new StringBuilder();
        for (byte b : Normalizer.normalize(name, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) enc.append((char) c);
            else enc.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + enc;
    }
}
