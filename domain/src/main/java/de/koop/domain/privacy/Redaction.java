package de.koop.domain.privacy;

import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.PhoneNumber;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The erasure of one person (GDPR Art. 17): their personal values (name, e-mail, phone) are replaced
 * wherever they stand by a pseudonym, so that decisions, minutes and seats stay intact and still count,
 * but no longer name the person.
 *
 * @param values every name, e-mail address and phone number the person had in koop's records, the
 *               current ones and the former ones
 */
public record Redaction(PersonId personId, String pseudonym, List<String> values) {

    private static final String PSEUDONYM_PREFIX = "Gelöschte Person ";

    /** The address that replaces the person's in messages and declarations. */
    public static final EmailAddress ERASED_EMAIL = new EmailAddress("geloescht@koop.invalid");

    /** The number that replaces the person's where a number is required (an accession form). */
    public static final PhoneNumber ERASED_PHONE = new PhoneNumber("000");

    public Redaction {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(pseudonym, "pseudonym");
        // what an earlier erasure left is nobody's value: "000" would hit numbers in any text
        values = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .filter(v -> !v.equalsIgnoreCase(ERASED_EMAIL.value()) && !v.equals(ERASED_PHONE.value())
                        && !v.startsWith(PSEUDONYM_PREFIX))
                .distinct().toList();
    }

    /** The erasure of a person, with a pseudonym derived from their id: the same in every record. */
    public static Redaction of(PersonId personId, List<String> values) {
        return new Redaction(personId, PSEUDONYM_PREFIX + personId.toString().substring(0, 8), values);
    }

    /** The same erasure, knowing more values of the person (a former address found in a record of theirs). */
    public Redaction widenedBy(Collection<String> more) {
        return new Redaction(personId, pseudonym, Stream.concat(values.stream(), more.stream()).toList());
    }

    /**
     * Whether a record of a person belongs to the erased one: by id where the record has one (another
     * person of the same name stays untouched), else by its name.
     */
    public boolean isTheirs(java.util.Optional<PersonId> recordPerson, String recordName) {
        return recordPerson.map(personId::equals).orElseGet(() -> isPersonal(recordName));
    }

    /** Whether a field holds exactly one of the person's values (a name field, say). */
    public boolean isPersonal(String field) {
        return field != null && values.stream().anyMatch(v -> v.equalsIgnoreCase(field.strip()));
    }

    /** A free text with every occurrence of the person's values replaced by the pseudonym. */
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String value : values) {
            if (value.length() < 3) {
                continue; // too short to find in a text without hitting other words; exact fields still match
            }
            // whole words only: erasing "Anna Roth" must not touch "Johanna Rothe"
            result = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(result)
                    .replaceAll(Matcher.quoteReplacement(pseudonym));
        }
        return result;
    }

    /**
     * A text of a field of at most {@code maxLength} characters with the person's values replaced: where the
     * pseudonym made it longer than the field allows, it is cut, so that an erasure never fails on a long text.
     */
    public String apply(String text, int maxLength) {
        String result = apply(text);
        return result == null || result.length() <= maxLength ? result
                : result.substring(0, maxLength - 1).stripTrailing() + "…";
    }

    /**
     * An HTML text with the person's values replaced, also where the template engine escaped them
     * (an apostrophe in a name becomes {@code &#39;}).
     */
    public String applyHtml(String html) {
        if (html == null) {
            return null;
        }
        Redaction escaped = new Redaction(personId, pseudonym, values.stream().map(Redaction::escapeHtml).toList());
        return escaped.apply(apply(html));
    }

    private static String escapeHtml(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("`", "&#x60;").replace("=", "&#x3D;");
    }

    /** Whether a free text mentions the person. */
    public boolean mentions(String text) {
        return text != null && !apply(text).equals(text);
    }
}
