package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.port.in.GovernanceUseCase;
import de.koop.application.port.out.MessageTemplates;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Candidate;
import de.koop.domain.governance.Seat;
import de.koop.domain.network.Network;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.EmailAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The result of an election, to the members on election day of the body (the elected among them) and
 * of its electorate, and to the network's coordination; written into the outbox in the election's transaction.
 */
final class ElectionMessages {

    private final Outbox outbox;
    private final MessageTemplates templates;
    private final Partners partners;
    private final Addresses addresses;
    private final Clock clock;

    private final Changes changes;

    ElectionMessages(Outbox outbox, MessageTemplates templates, Partners partners, Clock clock, Changes changes) {
        this.changes = changes;
        this.outbox = outbox;
        this.templates = templates;
        this.partners = partners;
        this.addresses = new Addresses(partners);
        this.clock = clock;
    }

    void result(Network network, Body body, Optional<Body> electorate, GovernanceUseCase.Elect election,
                List<Seat> elected) {
        Set<EmailAddress> recipients = new LinkedHashSet<>();
        addresses.coordination(network).ifPresent(recipients::add);
        List<Seat> audience = new ArrayList<>(body.seatsOn(election.electedOn()));
        electorate.ifPresent(e -> audience.addAll(e.seatsOn(election.electedOn())));
        for (Seat seat : audience) {
            seat.onBehalfOf().flatMap(p -> addresses.of(p, seat.personId())).ifPresent(recipients::add);
        }
        if (recipients.isEmpty()) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("networkName", network.getName());
        values.put("bodyName", body.getName());
        // several electorates may each fill seats of one body on one day: the name tells their results apart
        electorate.filter(e -> !e.getId().equals(body.getId()))
                .ifPresent(e -> values.put("electorateName", e.getName()));
        values.put("electedOn", MeetingMessages.DATE.format(election.electedOn()));
        values.put("seatsToFill", election.seatsToFill());
        values.put("voters", election.voters().size());
        values.put("elected", elected.stream().map(seat -> {
            Map<String, Object> row = new HashMap<>();
            row.put("name", seat.holderName());
            seat.onBehalfOf().flatMap(partners::findById).map(Partner::getName)
                    .ifPresent(name -> row.put("partnerName", name));
            row.put("votes", votes(votesOf(election, seat)));
            seat.until().ifPresent(until -> row.put("until", MeetingMessages.DATE.format(until)));
            return row;
        }).toList());
        values.put("candidates", election.candidates().stream().map(candidate -> Map.<String, Object>of(
                "name", candidate.name(), "votes", votes(candidate.votes()),
                "elected", elected.stream().anyMatch(seat -> isSeatOf(seat, candidate)))).toList());
        outbox.appendAll(changes.recordEach(Notification.pendingToEach(network.getId(), MessageKind.ELECTION_RESULT,
                recipients, templates.render(MessageKind.ELECTION_RESULT, values), Instant.now(clock)), Change::of));
    }

    private static String votes(int votes) {
        return votes == 1 ? "1 Stimme" : votes + " Stimmen";
    }

    private static int votesOf(GovernanceUseCase.Elect election, Seat seat) {
        return election.candidates().stream().filter(c -> isSeatOf(seat, c)).mapToInt(Candidate::votes)
                .findFirst().orElse(0);
    }

    private static boolean isSeatOf(Seat seat, Candidate candidate) {
        return seat.holderName().equals(candidate.name()) && seat.personId().equals(candidate.personId())
                && seat.onBehalfOf().equals(candidate.onBehalfOf());
    }
}
