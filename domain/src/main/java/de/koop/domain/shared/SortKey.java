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
        String folded = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        return folded.length() > 200 ? folded.substring(0, 200) : folded;
    }
}
