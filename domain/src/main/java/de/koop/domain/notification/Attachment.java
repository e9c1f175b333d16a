package de.koop.domain.notification;

import de.koop.domain.privacy.Redaction;
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

    /**
     * The file with an erased person's values replaced. An iCalendar file folds its long lines, which may
     * split a name or an address; it is unfolded to be searched, and folded again.
     */
    public Attachment redacted(Redaction redaction) {
        if (!contentType.equals("text/calendar")) {
            return new Attachment(fileName, contentType, redaction.apply(content));
        }
        return new Attachment(fileName, contentType, ContentLines.fold(redaction.apply(ContentLines.unfold(content))));
    }
}
