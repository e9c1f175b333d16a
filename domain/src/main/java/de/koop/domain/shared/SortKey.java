package de.koop.domain.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key lists are ordered by: a name folded to the letters a–z and digits, so that "Ärztekammer"
 * sorts with the A and every store (MariaDB's collations, H2, memory) orders the same way.
 */
public final class SortKey {

    private SortKey() {
    }

    public static String of(String name) {
        // lower case first, so that the capital ẞ becomes ß and folds like it
        String lower = name.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d");
        String folded = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
        return folded.length() > 200 ? folded.substring(0, 200) : folded;
    }
}
