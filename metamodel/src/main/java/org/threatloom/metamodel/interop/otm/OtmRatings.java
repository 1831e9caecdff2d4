package org.threatloom.metamodel.interop.otm;

import org.threatloom.model.Classification;
import org.threatloom.model.Level;

/**
 * OTM rates confidentiality, integrity, availability, likelihood and impact from 0 to 100. Quarters map to the
 * four levels, fifths of confidentiality to the five classifications; exports map back to the middle of the band
 * unless the original number was kept.
 */
final class OtmRatings {
    private OtmRatings() {}

    static Level level(double rating) {
        if (rating >= 75) return Level.CRITICAL;
        if (rating >= 50) return Level.HIGH;
        if (rating >= 25) return Level.MEDIUM;
        return Level.LOW;
    }

    static Classification classification(double confidentiality) {
        int band = (int) Math.min(4, Math.max(0, Math.floor(confidentiality / 20)));
        return Classification.get(band);
    }

    static int rating(Level level) {
        return level == null ? 50 : 12 + 25 * level.getValue();
    }

    static int rating(Classification c) {
        return 10 + 20 * c.getValue();
    }
}
