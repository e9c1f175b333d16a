package de.koop.domain.declaration;

import de.koop.domain.privacy.Redaction;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.GermanDate;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A party's termination or withdrawal (Kündigung, Austritt), addressed to the network through its
 * coordination. It records the day it takes effect and the rule that produced that day.
 *
 * @param effectiveOn     the last day the party is bound
 * @param successorDueBy  when the agreement obliges the parties to conclude a successor: by when
 */
public record Termination(DeclarationId id, NetworkId networkId, AgreementId agreementId, PartnerId partnerId,
                          LocalDate receivedOn, Optional<LocalDate> requestedOn, LocalDate effectiveOn,
                          String ruleApplied, Optional<LocalDate> successorDueBy, String recordedBy,
                          Instant recordedAt) implements Declaration {

    public Termination {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(ruleApplied, "ruleApplied");
        Objects.requireNonNull(successorDueBy, "successorDueBy");
        Recording recording = new Recording(receivedOn, recordedBy, recordedAt);
        recordedBy = recording.recordedBy();
    }

    /**
     * Accepts a termination: the partner must be bound when it is received and not have terminated
     * already; the agreement's rule gives the effective day.
     */
    public static Termination declare(DeclarationId id, Agreement agreement, Membership membership,
                                      PartnerId partnerId, LocalDate requestedOn, Recording recording) {
        LocalDate received = recording.receivedOn();
        LocalDate effective = agreement.terminationEffectiveDate(received, requestedOn);
        BoundParty bound = membership.boundSpan(partnerId, received)
                .orElseThrow(() -> new RuleViolationException(RuleCode.PARTNER_NOT_BOUND,
                        "Der Partner ist am " + GermanDate.of(received) + " nicht an die Vereinbarung gebunden."));
        if (bound.until().isPresent()) {
            throw new RuleViolationException(RuleCode.PARTNER_ALREADY_TERMINATED,
                    "Der Partner hat bereits gekündigt; die Kündigung wird am " + GermanDate.of(bound.until().get())
                            + " wirksam.");
        }
        return new Termination(id, agreement.getNetworkId(), agreement.getId(), partnerId, received,
                Optional.ofNullable(requestedOn), effective, agreement.getTerminationRule().german(),
                agreement.isSuccessorRequired() ? Optional.of(effective) : Optional.empty(),
                recording.recordedBy(), recording.recordedAt());
    }

    @Override
    public Termination redacted(Redaction redaction) {
        return new Termination(id, networkId, agreementId, partnerId, receivedOn, requestedOn, effectiveOn, ruleApplied,
                successorDueBy, redaction.apply(recordedBy, 200), recordedAt);
    }

    @Override
    public List<String> valuesOf(Redaction redaction) {
        return List.of(); // a termination names no person but who recorded it
    }
}
