package org.threatloom.evidence.pack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.threatloom.model.Attestation;
import org.threatloom.model.ReviewDecision;
import org.threatloom.model.SystemModel;

/**
 * The date an evidence pack carries (document properties, OSCAL timestamps, zip entry times), derived from the
 * inputs and never from the clock, so that the same inputs give the same pack byte for byte:
 * <ol>
 * <li>an explicit date ({@code report --as-of 2025-06-30} or an ISO date-time);</li>
 * <li>else {@code SOURCE_DATE_EPOCH} (seconds; the reproducible-builds convention), when set;</li>
 * <li>else the latest date recorded in the model: review decisions ({@code decidedAt}) and attestations
 * ({@code date});</li>
 * <li>else {@link #FLOOR}, 1980-01-01T00:00:00Z (the earliest time a zip entry can hold).</li>
 * </ol>
 * Dates before the floor are raised to it.
 */
public final class AsOf {
    public static final Instant FLOOR = Instant.parse("1980-01-01T00:00:00Z");

    private AsOf() {}

    public static Instant of(SystemModel model, String explicit, String sourceDateEpoch) {
        if (explicit != null && !explicit.isBlank()) {
            Instant i = parse(explicit.trim());
            if (i == null) throw new IllegalArgumentException("not a date (yyyy-mm-dd or ISO date-time): " + explicit);
            return floor(i);
        }
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return floor(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH is not a number of seconds: " + sourceDateEpoch);
            }
        }
        Instant latest = null;
        for (ReviewDecision d : model.getDecisions()) latest = max(latest, parse(d.getDecidedAt()));
        for (Attestation a : model.getAttestations()) latest = max(latest, parse(a.getDate()));
        return latest == null ? FLOOR : floor(latest);
    }

    /** yyyy-mm-dd (start of day, UTC) or an ISO date-time with offset; null when neither. */
    public static Instant parse(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // not a date-time with offset
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            // not an instant
        }
        try {
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant max(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }

    private static Instant floor(Instant i) {
        return i.isBefore(FLOOR) ? FLOOR : i;
    }
}
