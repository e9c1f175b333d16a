package de.koop.domain.agreement;

import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of an agreement (Fassung). Version 1 is the original; each later one supersedes the
 * version before it once every party consented. A version is never changed once concluded.
 *
 * @param effectiveOn the agreed date it takes effect; empty for "on signing" (the conclusion date)
 */
public record AgreementVersion(int number, Optional<Integer> supersedes, VersionState state, LocalDate proposedOn,
                               Optional<LocalDate> concludedOn, Optional<LocalDate> effectiveOn,
                               Optional<String> textReference, Optional<String> summary,
                               List<PartyConsent> consents) {

    public AgreementVersion {
        if (number < 1) {
            throw new IllegalArgumentException("version number < 1");
        }
        Objects.requireNonNull(supersedes, "supersedes");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(proposedOn, "proposedOn");
        Objects.requireNonNull(concludedOn, "concludedOn");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        textReference = Objects.requireNonNull(textReference, "textReference")
                .flatMap(t -> Text.optional(t, "textReference", 500));
        summary = Objects.requireNonNull(summary, "summary").flatMap(s -> Text.optionalMultiline(s, "summary", 2000));
        consents = List.copyOf(consents);
        if ((state == VersionState.CONCLUDED) != concludedOn.isPresent()) {
            throw new IllegalArgumentException("a version has a conclusion date exactly when it is concluded");
        }
    }

    /**
     * The day this version takes effect; empty while it is only proposed. The first version takes effect
     * on the day agreed, also before it was signed ("rückwirkend zum 01.01.2021"). A later version never
     * takes effect before it was concluded: until then the previous version stays in force, even if an
     * earlier day was agreed ({@link #effectiveOn} keeps the day agreed).
     */
    public Optional<LocalDate> effectiveDate() {
        return concludedOn.map(concluded -> effectiveOn.filter(e -> supersedes.isEmpty() || e.isAfter(concluded))
                .orElse(concluded));
    }

    /** Whether this version takes effect before it was concluded: its parties agreed a retroactive effect. */
    public boolean isRetroactive() {
        return effectiveDate().flatMap(effective -> concludedOn.map(effective::isBefore)).orElse(false);
    }

    public boolean isConcluded() {
        return state == VersionState.CONCLUDED;
    }

    public boolean hasConsentOf(PartnerId party) {
        return consents.stream().anyMatch(c -> c.party().equals(party));
    }

    AgreementVersion withConsent(PartyConsent consent) {
        List<PartyConsent> all = new java.util.ArrayList<>(consents);
        all.add(consent);
        return new AgreementVersion(number, supersedes, state, proposedOn, concludedOn, effectiveOn, textReference,
                summary, all);
    }

    AgreementVersion concluded(LocalDate on) {
        return new AgreementVersion(number, supersedes, VersionState.CONCLUDED, proposedOn, Optional.of(on),
                effectiveOn, textReference, summary, consents);
    }
}
