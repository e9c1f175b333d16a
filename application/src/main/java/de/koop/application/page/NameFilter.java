package de.koop.application.page;

import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.SortKey;
import de.koop.domain.shared.Text;
import java.util.Optional;

/**
 * Part of a name that a list is narrowed to, as someone types it into a search field. It is compared the way
 * lists are ordered ({@link SortKey}): case, accents, spaces and punctuation do not count, so that "ärzte",
 * "AERZTE" and "Ärzte-" all find "Sächsische Ärztekammer", and every store (memory, H2, MariaDB) finds the same.
 *
 * @param text the text as typed, trimmed
 */
public record NameFilter(String text) {

    /** As long as a name may be. */
    public static final int MAX_LENGTH = 200;

    public NameFilter {
        text = Text.required(text, "name", MAX_LENGTH);
        if (SortKey.of(text).isEmpty()) {
            throw new InvalidValueException("name", "muss mindestens einen Buchstaben oder eine Ziffer enthalten");
        }
    }

    /** The filter for a search field's text; none for an absent or blank one. */
    public static Optional<NameFilter> of(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(new NameFilter(typed));
    }

    /** What a store looks for within each name's sort key. */
    public String key() {
        return SortKey.of(text);
    }

    /** Whether the name contains the text, compared as {@link #key} says. */
    public boolean matches(String name) {
        return SortKey.of(name).contains(key());
    }
}
