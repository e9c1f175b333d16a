package de.koop.domain.obligation;

import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recurring duty an agreement creates (Pflicht, Frist; rule 13): a yearly data delivery, monthly
 * information, a yearly review, an exchange at least once a year, or a one-off duty. It yields dated
 * deadlines for a responsible party; met deadlines are recorded, never removed.
 */
public final class Obligation {

    private final ObligationId id;
    private final NetworkId networkId;
    private final AgreementId agreementId;
    private String title;
    private final PartnerId responsible;
    private final PartnerId recipient;
    private final DeadlineRule rule;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final int reminderDaysBefore;
    private final List<Fulfilment> fulfilments;
    private final long version;

    private Obligation(ObligationId id, NetworkId networkId, AgreementId agreementId, String title,
                       PartnerId responsible, PartnerId recipient, DeadlineRule rule, LocalDate startsOn,
                       LocalDate endsOn, int reminderDaysBefore, List<Fulfilment> fulfilments, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.networkId = Objects.requireNonNull(networkId, "networkId");
        this.agreementId = Objects.requireNonNull(agreementId, "agreementId");
        this.title = Text.required(title, "title", 300);
        if (responsible == null) {
            throw new InvalidValueException("responsiblePartnerId", "darf nicht leer sein");
        }
        this.responsible = responsible;
        this.recipient = recipient;
        if (rule == null) {
            throw new InvalidValueException("rule", "darf nicht leer sein");
        }
        this.rule = rule;
        if (startsOn == null) {
            throw new InvalidValueException("startsOn", "darf nicht leer sein");
        }
        this.startsOn = startsOn;
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidValueException("endsOn", "liegt vor dem Beginn");
        }
        this.endsOn = endsOn;
        if (reminderDaysBefore < 0 || reminderDaysBefore > 365) {
            throw new InvalidValueException("reminderDaysBefore", "muss zwischen 0 und 365 liegen");
        }
        this.reminderDaysBefore = reminderDaysBefore;
        this.fulfilments = new ArrayList<>(fulfilments);
        this.version = version;
    }

    /** A duty from {@code startsOn} (and until {@code endsOn}, if it ends). */
    public static Obligation create(ObligationId id, NetworkId networkId, AgreementId agreementId, String title,
                                    PartnerId responsible, PartnerId recipient, DeadlineRule rule, LocalDate startsOn,
                                    LocalDate endsOn, int reminderDaysBefore) {
        return new Obligation(id, networkId, agreementId, title, responsible, recipient, rule, startsOn, endsOn,
                reminderDaysBefore, List.of(), 0);
    }

    /** An obligation as it was stored; used by persistence adapters only. */
    public static Obligation reconstitute(ObligationId id, NetworkId networkId, AgreementId agreementId, String title,
                                          PartnerId responsible, PartnerId recipient, DeadlineRule rule,
                                          LocalDate startsOn, LocalDate endsOn, int reminderDaysBefore,
                                          List<Fulfilment> fulfilments, long version) {
        return new Obligation(id, networkId, agreementId, title, responsible, recipient, rule, startsOn, endsOn,
                reminderDaysBefore, fulfilments, version);
    }

    /**
     * The deadlines due from {@code from} to {@code to}, as they stand on {@code today}: fulfilled when
     * met, overdue when past and not met, open otherwise.
     */
    public List<Deadline> deadlines(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate first = from.isBefore(startsOn) ? startsOn : from;
        LocalDate last = endsOn != null && endsOn.isBefore(to) ? endsOn : to;
        if (last.isBefore(first)) {
            return List.of();
        }
        return rule.dueBetween(first, last).stream().map(due -> deadline(due, today)).toList();
    }

    /** Records that the deadline due on {@code dueOn} was met on {@code fulfilledOn}. */
    public Fulfilment fulfil(LocalDate dueOn, LocalDate fulfilledOn, String note) {
        if (dueOn == null) {
            throw new InvalidValueException("dueOn", "darf nicht leer sein");
        }
        if (fulfilledOn == null) {
            throw new InvalidValueException("fulfilledOn", "darf nicht leer sein");
        }
        if (deadlines(dueOn, dueOn, dueOn).isEmpty()) {
            throw new InvalidValueException("dueOn", "an diesem Tag ist „" + title + "“ nicht fällig");
        }
        if (fulfilments.stream().anyMatch(f -> f.dueOn().equals(dueOn))) {
            throw new RuleViolationException(RuleCode.DEADLINE_ALREADY_FULFILLED,
                    "Der Termin am " + dueOn + " für „" + title + "“ ist bereits als erfüllt erfasst.");
        }
        if (fulfilledOn.isBefore(startsOn)) {
            throw new InvalidValueException("fulfilledOn", "liegt vor dem Beginn der Pflicht am " + startsOn);
        }
        Fulfilment fulfilment = new Fulfilment(dueOn, fulfilledOn, Optional.ofNullable(note));
        fulfilments.add(fulfilment);
        return fulfilment;
    }

    /** Replaces the person's values in the title and the notes of fulfilments by the pseudonym. */
    public boolean redact(Redaction redaction) {
        boolean changed = false;
        if (redaction.mentions(title)) {
            title = redaction.apply(title, 300);
            changed = true;
        }
        for (int i = 0; i < fulfilments.size(); i++) {
            Fulfilment f = fulfilments.get(i);
            if (f.note().filter(redaction::mentions).isPresent()) {
                fulfilments.set(i, new Fulfilment(f.dueOn(), f.fulfilledOn(), f.note().map(n -> redaction.apply(n, 2000))));
                changed = true;
            }
        }
        return changed;
    }

    private Deadline deadline(DueDate due, LocalDate today) {
        Optional<Fulfilment> met = fulfilments.stream().filter(f -> f.dueOn().equals(due.dueOn())).findFirst();
        Deadline.Status status = met.isPresent() ? Deadline.Status.FULFILLED
                : today.isAfter(due.dueOn()) ? Deadline.Status.OVERDUE : Deadline.Status.OPEN;
        return new Deadline(id, title, responsible, Optional.ofNullable(recipient), due.dueOn(), due.referenceDate(),
                status, met, due.dueOn().minusDays(reminderDaysBefore));
    }

    public ObligationId getId() {
        return id;
    }

    public NetworkId getNetworkId() {
        return networkId;
    }

    public AgreementId getAgreementId() {
        return agreementId;
    }

    public String getTitle() {
        return title;
    }

    public PartnerId getResponsible() {
        return responsible;
    }

    public Optional<PartnerId> getRecipient() {
        return Optional.ofNullable(recipient);
    }

    public DeadlineRule getRule() {
        return rule;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public Optional<LocalDate> getEndsOn() {
        return Optional.ofNullable(endsOn);
    }

    public int getReminderDaysBefore() {
        return reminderDaysBefore;
    }

    public List<Fulfilment> getFulfilments() {
        return List.copyOf(fulfilments);
    }

    /** The stored version for optimistic locking. */
    public long getVersion() {
        return version;
    }
}
