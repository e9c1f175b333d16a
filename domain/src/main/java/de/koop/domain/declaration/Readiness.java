package de.koop.domain.declaration;

import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's readiness declaration (Bereitschaftserklärung): it binds the person to one or more
 * working groups. A change is a new declaration; the latest one counts.
 */
public record Readiness(DeclarationId id, NetworkId networkId, Optional<PartnerId> partnerId, String personName,
                        Optional<EmailAddress> personEmail, List<String> workingGroups, LocalDate receivedOn,
                        String recordedBy, Instant recordedAt) implements Declaration {

    public Readiness {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(partnerId, "partnerId");
        personName = Text.required(personName, "personName", 200);
        Objects.requireNonNull(personEmail, "personEmail");
        List<String> groups = new ArrayList<>();
        List<String> given = workingGroups == null ? List.of() : workingGroups;
        for (int i = 0; i < given.size(); i++) {
            groups.add(Text.required(given.get(i), "workingGroups[" + i + "]", 200));
        }
        if (groups.isEmpty()) {
            throw new InvalidValueException("workingGroups", "mindestens eine Arbeitsgruppe");
        }
        if (new LinkedHashSet<>(groups).size() != groups.size()) {
            throw new InvalidValueException("workingGroups", "eine Arbeitsgruppe ist mehrfach genannt");
        }
        workingGroups = List.copyOf(groups);
        Recording recording = new Recording(receivedOn, recordedBy, recordedAt);
        recordedBy = recording.recordedBy();
    }

    @Override
    public Readiness redacted(Redaction redaction) {
        boolean theirs = isTheirs(redaction);
        // a working group named after the person is renamed alike in the body, so both still match
        return new Readiness(id, networkId, partnerId, theirs ? redaction.pseudonym() : personName,
                theirs ? personEmail.map(e -> Redaction.ERASED_EMAIL) : personEmail,
                workingGroups.stream().map(g -> redaction.apply(g, 200)).toList(), receivedOn,
                redaction.apply(recordedBy, 200), recordedAt);
    }

    @Override
    public List<String> valuesOf(Redaction redaction) {
        if (!isTheirs(redaction)) {
            return List.of();
        }
        List<String> values = new ArrayList<>(List.of(personName));
        personEmail.map(EmailAddress::value).ifPresent(values::add);
        return values;
    }

    private boolean isTheirs(Redaction redaction) {
        return redaction.isPersonal(personName) || personEmail.filter(e -> redaction.isPersonal(e.value())).isPresent();
    }
}
