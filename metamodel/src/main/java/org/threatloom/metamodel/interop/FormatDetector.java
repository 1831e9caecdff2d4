package org.threatloom.metamodel.interop;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the format of a file from its name and first bytes, without parsing it: {@code .tm7} and DataContract XML
 * are TMT; a document with {@code otmVersion} is OTM; {@code threagile_version} or {@code technical_assets} is
 * Threagile; {@code summary} with {@code detail} (and diagrams) is Threat Dragon.
 */
public final class FormatDetector {
    private static final Pattern OTM = Pattern.compile("[\"']?otmVersion[\"']?\\s*:");
    private static final Pattern THREAGILE = Pattern.compile("(?m)^\\s*[\"']?(threagile_version|technical_assets|data_assets)[\"']?\\s*:");
    private static final Pattern TD_SUMMARY = Pattern.compile("\"summary\"\\s*:");
    private static final Pattern TD_DETAIL = Pattern.compile("\"detail\"\\s*:");

    private FormatDetector() {}

    /** The format, or null when the file matches none. */
    public static InteropFormat detect(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String head = new String(content, 0, Math.min(content.length, 256 * 1024), StandardCharsets.UTF_8);
        if (name.endsWith(".tm7") || head.contains("schemas.datacontract.org/2004/07/ThreatModeling.Model")) return InteropFormat.TM7;
        if (OTM.matcher(head).find()) return InteropFormat.OTM;
        if (THREAGILE.matcher(head).find()) return InteropFormat.THREAGILE;
        if (TD_SUMMARY.matcher(head).find() && TD_DETAIL.matcher(head).find()) return InteropFormat.THREAT_DRAGON;
        return null;
    }
}
