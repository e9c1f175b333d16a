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
import java.time.temporal.ChronoUnit;
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
        NoticeOutcome outcome = ifReceived(agreement, membership, partnerId, recording.receivedOn(), requestedOn);
        return new Termination(id, agreement.getNetworkId(), agreement.getId(), partnerId, outcome.receivedOn(),
                outcome.requestedOn(), outcome.lastBoundDay(), outcome.ruleApplied(), outcome.successorDueBy(),
                recording.recordedBy(), recording.recordedAt());
    }

    /**
     * What the partner's notice would bring about if it were received on {@code received}, on any day past
     * or future, refused as recording it would be (the partner not bound then, or terminated already).
     *
     * @param requestedOn a later day the partner asks for, or {@code null}
     */
    public static NoticeOutcome ifReceived(Agreement agreement, Membership membership, PartnerId partnerId,
                                           LocalDate received, LocalDate requestedOn) {
        LocalDate effective = agreement.terminationEffectiveDate(received, requestedOn);
        BoundParty bound = membership.boundSpan(partnerId, received)
                .orElseThrow(() -> new RuleViolationException(RuleCode.PARTNER_NOT_BOUND,
                        "Der Partner ist am " + GermanDate.of(received) + " nicht an die Vereinbarung gebunden."));
        if (bound.until().isPresent()) {
            throw new RuleViolationException(RuleCode.PARTNER_ALREADY_TERMINATED,
                    "Der Partner hat bereits gekündigt; die Kündigung wird am " + GermanDate.of(bound.until().get())
                            + " wirksam.");
        }
        return new NoticeOutcome(partnerId, received, Optional.ofNullable(requestedOn), effective,
                agreement.getTerminationRule().german(),
                agreement.isSuccessorRequired() ? Optional.of(effective) : Optional.empty());
    }

    /**
     * By which day the partner's notice must be received for its last bound day to be {@code lastBoundDay}:
     * the latest day of receipt whose notice takes effect by then, found with the very rule that
     * {@link #ifReceived} applies (the effective day never falls when the receipt comes later). Refused
     * when no notice takes effect on that day: it is not a period end of the rule, or even a notice
     * received when the agreement took effect would end later.
     */
    public static NoticeOutcome latestReceiptFor(Agreement agreement, Membership membership, PartnerId partnerId,
                                                 LocalDate lastBoundDay) {
        Objects.requireNonNull(lastBoundDay, "lastBoundDay");
        LocalDate earliest = agreement.firstEffectiveDate();
        if (lastBoundDay.isBefore(earliest) || effective(agreement, earliest).isAfter(lastBoundDay)) {
            throw new RuleViolationException(RuleCode.NOTICE_END_UNREACHABLE, "Zum " + lastBoundDay
                    + " kann keine Kündigung wirksam werden: selbst eine am " + earliest + " (Inkrafttreten) "
                    + "zugegangene Kündigung wirkt erst zum " + effective(agreement, earliest) + ".");
        }
        LocalDate latest = latestReceiptBy(agreement, earliest, lastBoundDay);
        LocalDate reached = effective(agreement, latest);
        if (!reached.equals(lastBoundDay)) {
            LocalDate next = effective(agreement, latest.plusDays(1));
            throw new RuleViolationException(RuleCode.NOTICE_END_UNREACHABLE, "Zum " + lastBoundDay
                    + " kann keine Kündigung wirksam werden (Kündigung " + agreement.getTerminationRule().german()
                    + "); der letzte mögliche Tag davor ist der " + reached + " (Zugang bis " + latest
                    + "), der nächste der " + next + " (Zugang bis "
                    + latestReceiptBy(agreement, latest.plusDays(1), next) + ").");
        }
        return ifReceived(agreement, membership, partnerId, latest, null);
    }

    private static LocalDate effective(Agreement agreement, LocalDate received) {
        return agreement.terminationEffectiveDate(received, null);
    }

    /**
     * The latest day of receipt from {@code from} on whose notice has taken effect by {@code day}, given
     * that one received on {@code from} has: a notice never takes effect before it is received, and never
     * earlier for a later receipt, so the days halve.
     */
    private static LocalDate latestReceiptBy(Agreement agreement, LocalDate from, LocalDate day) {
        LocalDate low = from;
        LocalDate high = day;
        while (low.isBefore(high)) {
            LocalDate middle = low.plusDays((ChronoUnit.DAYS.between(low, high) + 1) / 2);
            if (effective(agreement, middle).isAfter(day)) {
                high = middle.minusDays(1);
            } else {
                low = middle;
            }
        }
        return low;
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
