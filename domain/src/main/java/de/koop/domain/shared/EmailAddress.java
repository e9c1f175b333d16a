package de.koop.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address koop can send to: one mailbox, written as an RFC 5322 addr-spec of a dot-atom local
 * part and a domain of labels, in ASCII. Normalised to lower case so that {@code Ann@Stadt.de} and
 * {@code ann@stadt.de} are the same address on every database, whatever its collation.
 *
 * <p>Earlier versions of koop accepted more (anything without spaces around one {@code @}, such as
 * {@code a;b@x.example}), which no mail server takes. Such an address, read back from the store with
 * {@link #stored}, is kept as it was and marked not {@link #sendable}: the partner or declaration that
 * holds it can still be read and corrected, and a message to it fails on its own.
 *
 * @param sendable true for every address koop accepts now; false only for one stored under the older rule
 */
public record EmailAddress(String value, boolean sendable) {

    private static final String ATEXT = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
    /** RFC 5322 3.4.1 addr-spec: a dot-atom local part (no quoted strings, no comments). */
    private static final Pattern LOCAL_PART = Pattern.compile(ATEXT + "(\\." + ATEXT + ")*");
    /** RFC 1035 labels: letters, digits and inner hyphens; the top-level one letters only. */
    private static final Pattern DOMAIN =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    /** SMTP's limits (RFC 5321 4.5.3.1): 64 octets for the local part, 254 for the whole path. */
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LENGTH = 254;

    /** What koop accepted before it checked addresses against what mail servers take. */
    private static final Pattern FORMERLY_ACCEPTED =
            Pattern.compile("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)*\\.[A-Za-z]{2,}$",
                    Pattern.UNICODE_CHARACTER_CLASS);

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("email", "darf nicht leer sein");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        boolean canSend = canSendTo(value);
        boolean storedUnsendable = !sendable && !canSend && value.length() <= MAX_LENGTH
                && FORMERLY_ACCEPTED.matcher(value).matches();
        if (sendable ? !canSend : !storedUnsendable) {
            throw new InvalidValueException("email", "ist keine gültige E-Mail-Adresse");
        }
    }

    /** An address as someone enters it: refused unless koop can send to it. */
    public EmailAddress(String value) {
        this(value, true);
    }

    /**
     * An address as koop stored it: one that it can send to, or one that an earlier version accepted,
     * marked not {@link #sendable}.
     */
    public static EmailAddress stored(String value) {
        return new EmailAddress(value, value != null && canSendTo(value.strip().toLowerCase(Locale.ROOT)));
    }

    private static boolean canSendTo(String address) {
        int at = address.lastIndexOf('@');
        if (at < 1 || address.length() > MAX_LENGTH) {
            return false;
        }
        String local = address.substring(0, at);
        return local.length() <= MAX_LOCAL_PART && LOCAL_PART.matcher(local).matches()
                && DOMAIN.matcher(address.substring(at + 1)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
