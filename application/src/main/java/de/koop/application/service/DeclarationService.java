package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.FindDeclarationsQuery;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.RecordDeclarationUseCase;
import de.koop.application.port.in.TerminationPreviewQuery;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.MessageTemplates;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.PeriodEnd;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.declaration.Accession;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.declaration.Membership;
import de.koop.domain.declaration.Readiness;
import de.koop.domain.declaration.Recording;
import de.koop.domain.declaration.Termination;
import de.koop.domain.network.Network;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records declarations. Each call is one transaction and appends exactly one declaration; an
 * accession also takes the form's publication choice over to the partner. A termination can be
 * previewed first: decided as it would be recorded, and not recorded.
 */
public final class DeclarationService implements RecordDeclarationUseCase, FindDeclarationsQuery,
        TerminationPreviewQuery {

    // dates in messages are written the German way, as in every message of koop
    private static final DateTimeFormatter GERMAN_DATE = MeetingMessages.DATE;

    private final InNetwork inNetwork;
    private final Partners partners;
    private final Agreements agreements;
    private final Declarations declarations;
    private final Outbox outbox;
    private final MessageTemplates templates;
    private final Clock clock;

    private final Changes changes;

    public DeclarationService(Networks networks, Partners partners, Agreements agreements, Declarations declarations,
                              Outbox outbox, MessageTemplates templates, Clock clock, Changes changes) {
        this.changes = Objects.requireNonNull(changes);
        this.outbox = Objects.requireNonNull(outbox);
        this.templates = Objects.requireNonNull(templates);
        this.partners = Objects.requireNonNull(partners);
        this.inNetwork = new InNetwork(Objects.requireNonNull(networks), partners);
        this.agreements = Objects.requireNonNull(agreements);
        this.declarations = Objects.requireNonNull(declarations);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Accession recordAccession(AccessionCommand command) {
        Network network = inNetwork.network(command.networkId());
        Agreement agreement = InNetwork.agreement(agreements, command.networkId(), command.agreementId());
        Partner partner = inNetwork.partner(command.networkId(), command.partnerId());
        Accession accession = Accession.accept(DeclarationId.newId(), network, agreement, membership(agreement),
                command.partnerId(), command.acceptedVersion(), command.contact(), command.publishLogo(),
                command.publishContacts(), command.noCommercialSelfInterest(), command.signedOn(),
                recording(command.receipt()));
        changes.record(Change.of(accession));
        serialiseUnder(agreement);
        declarations.append(accession);
        // the form's publication choice and declaration reach the partner in the same transaction
        partner.acceptAccessionForm(accession.publishLogo(), accession.publishContacts(), accession.signedOn());
        changes.record(Change.of(partner));
        partners.save(partner);
        Map<String, Object> values = new HashMap<>();
        values.put("networkName", network.getName());
        values.put("partnerName", partner.getName());
        values.put("contactName", accession.contact().name());
        values.put("agreementTitle", agreement.getTitle());
        values.put("acceptedVersion", accession.acceptedVersion());
        values.put("receivedOn", GERMAN_DATE.format(accession.receivedOn()));
        values.put("publishLogo", accession.publishLogo());
        values.put("publishContacts", accession.publishContacts());
        notify(network.getId(), MessageKind.ACCESSION_CONFIRMATION, List.of(accession.contact().email()), values);
        return accession;
    }

    @Override
    public Readiness recordReadiness(ReadinessCommand command) {
        inNetwork.network(command.networkId());
        command.partnerId().ifPresent(p -> inNetwork.partner(command.networkId(), p));
        Recording recording = recording(command.receipt());
        Readiness readiness = new Readiness(DeclarationId.newId(), command.networkId(), command.partnerId(),
                command.personName(), command.personEmail(), command.workingGroups(), recording.receivedOn(),
                recording.recordedBy(), recording.recordedAt());
        changes.record(Change.of(readiness));
        declarations.append(readiness);
        return readiness;
    }

    @Override
    public Termination recordTermination(TerminationCommand command) {
        Agreement agreement = terminatedAgreement(command);
        Termination termination = decide(command, agreement);
        changes.record(Change.of(termination));
        serialiseUnder(agreement);
        declarations.append(termination);
        Partner partner = inNetwork.partner(command.networkId(), command.partnerId());
        List<EmailAddress> recipients = partner.getContacts().stream().flatMap(c -> c.email().stream()).toList();
        if (!recipients.isEmpty()) {
            Map<String, Object> values = new HashMap<>();
            values.put("networkName", inNetwork.network(command.networkId()).getName());
            values.put("partnerName", partner.getName());
            values.put("agreementTitle", agreement.getTitle());
            values.put("receivedOn", GERMAN_DATE.format(termination.receivedOn()));
            values.put("effectiveOn", GERMAN_DATE.format(termination.effectiveOn()));
            reasonOfTheDay(agreement.getTerminationRule(), termination, values);
            termination.successorDueBy().ifPresent(due -> values.put("successorDueBy", GERMAN_DATE.format(due)));
            notify(command.networkId(), MessageKind.TERMINATION_CONFIRMATION, recipients, values);
        }
        return termination;
    }

    @Override
    public TerminationPreview preview(TerminationCommand command) {
        Agreement agreement = terminatedAgreement(command);
        Termination termination = decide(command, agreement);
        return new TerminationPreview(termination.receivedOn(), termination.requestedOn(), termination.effectiveOn(),
                agreement.getTerminationRule(), requestDecided(agreement.getTerminationRule(), termination),
                termination.successorDueBy());
    }

    /** The agreement a termination is addressed to, in its network. */
    private Agreement terminatedAgreement(TerminationCommand command) {
        inNetwork.network(command.networkId());
        return InNetwork.agreement(agreements, command.networkId(), command.agreementId());
    }

    /** The termination as the agreement's rule decides it: the one place both recording and preview take it from. */
    private Termination decide(TerminationCommand command, Agreement agreement) {
        inNetwork.partner(command.networkId(), command.partnerId());
        return Termination.declare(DeclarationId.newId(), agreement, membership(agreement), command.partnerId(),
                command.requestedOn().orElse(null), recording(command.receipt()));
    }

    /** Whether the later day the partner asked for, rather than the day of receipt, set the effective day. */
    private static boolean requestDecided(TerminationRule rule, Termination termination) {
        return termination.requestedOn().filter(day -> rule.requestDecides(termination.receivedOn(), day)).isPresent();
    }

    /** What the confirmation needs to say why the termination takes effect on its day, from the rule's data. */
    private static void reasonOfTheDay(TerminationRule rule, Termination termination, Map<String, Object> values) {
        switch (rule) {
            case TerminationRule.AnyTime anyTime -> values.put("anyTime", true);
            case TerminationRule.WithNotice withNotice -> {
                values.put("noticePeriod", withNotice.notice().germanDuration());
                if (withNotice.notice().end() != PeriodEnd.NONE) {
                    values.put("periodEnd", withNotice.notice().end().german());
                }
            }
            case TerminationRule.Excluded excluded -> {
                // Termination.declare refuses these, so no confirmation is written
            }
        }
        if (requestDecided(rule, termination)) {
            values.put("requestedOn", GERMAN_DATE.format(termination.requestedOn().orElseThrow()));
        }
    }

    @Override
    public Page<Declaration> list(NetworkId networkId, PageRequest request) {
        inNetwork.network(networkId);
        return declarations.page(networkId, request);
    }

    @Override
    public Declaration find(NetworkId networkId, DeclarationId declarationId) {
        return declarations.findById(declarationId)
                .filter(d -> d.networkId().equals(networkId))
                .orElseThrow(() -> new NotFoundException("Erklärung", declarationId));
    }

    /** Writes the confirmation into the outbox, one message to each recipient, in this use case's transaction. */
    private void notify(NetworkId networkId, MessageKind kind, List<EmailAddress> recipients, Map<String, Object> values) {
        outbox.appendAll(changes.recordEach(Notification.pendingToEach(networkId, kind, recipients,
                templates.render(kind, values), Instant.now(clock)), Change::of));
    }

    /**
     * Saves the unchanged agreement, so that its version moves on: of two declarations decided on
     * the same membership at the same time (two accessions of one partner), the second is refused
     * with a version conflict instead of both being recorded.
     */
    private void serialiseUnder(Agreement agreement) {
        changes.record(Change.of(agreement));
        agreements.save(agreement);
    }

    private Membership membership(Agreement agreement) {
        return Membership.of(agreement, declarations.listByAgreement(agreement.getId()));
    }

    private Recording recording(Receipt receipt) {
        // a declaration is recorded after it arrived; a later day is a typing error, not a plan
        if (receipt.receivedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidValueException("receivedOn", "liegt in der Zukunft");
        }
        return new Recording(receipt.receivedOn(), receipt.recordedBy(), Instant.now(clock));
    }
}
