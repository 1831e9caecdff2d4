package org.threatloom.catalog.data;

import java.util.Comparator;
import java.util.Locale;

/** Id helpers shared by the importer and the loader: lookup keys and a natural (numeric-aware) order. */
public final class Ids {
    /** Orders {@code CAPEC-2} before {@code CAPEC-10} and {@code CR 1.2} before {@code CR 1.11}. */
    public static final Comparator<String> NATURAL = Ids::compareNatural;

    private Ids() {
    }

    /** The lookup key of an id: trimmed, upper case (ids are matched case-insensitively). */
    public static String key(String id) {
        return id == null ? "" : id.strip().toUpperCase(Locale.ROOT);
    }

    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int c = compareNumber(a, i, ei, b, j, ej);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int compareNumber(String a, int from, int to, String b, int fromB, int toB) {
        int i = skipZeros(a, from, to);
        int j = skipZeros(b, fromB, toB);
        int c = Integer.compare(to - i, toB - j);
        for (; c == 0 && i < to; i++, j++) {
            c = Character.compare(a.charAt(i), b.charAt(j));
        }
        return c;
    }

    private static int skipZeros(String s, int from, int to) {
        int k = from;
        while (k < to - 1 && s.charAt(k) == '0') {
            k++;
        }
        return k;
    }
}
