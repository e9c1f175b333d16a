package de.koop.domain.notification;

import de.koop.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A text file sent with a message, such as the iCalendar event of a meeting invitation. */
public record Attachment(String fileName, String contentType, String content) {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern CONTENT_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+");

    public Attachment {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new InvalidValueException("fileName", "nur Buchstaben, Ziffern, Punkt, Binde- und Unterstrich");
        }
        if (contentType == null || !CONTENT_TYPE.matcher(contentType).matches()) {
            throw new InvalidValueException("contentType", "kein Medientyp wie text/calendar");
        }
        Objects.requireNonNull(content, "content");
    }
}
