package de.koop.domain.declaration;

import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.NetworkId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A written act of a party, recorded as it was received: an accession, a readiness declaration, a
 * termination. Declarations are history: recorded once, never changed; a change is a new declaration.
 */
public sealed interface Declaration permits Accession, Readiness, Termination {

    DeclarationId id();

    NetworkId networkId();

    /** The day the written declaration reached the network. */
    LocalDate receivedOn();

    /** Who recorded it (the coordinator's name). */
    String recordedBy();

    /** When it was recorded. */
    Instant recordedAt();

    /**
     * The declaration with an erased person's values replaced (GDPR Art. 17): the act itself, its dates
     * and its effect stay.
     */
    Declaration redacted(Redaction redaction);

    /**
     * The values of the person the declaration holds where it is theirs (by one of their known values):
     * the others it holds with it, such as the address given on a form, are theirs too.
     */
    List<String> valuesOf(Redaction redaction);

    /** Whether the declaration holds values of the person. */
    default boolean mentions(Redaction redaction) {
        return !redacted(redaction).equals(this);
    }
}
