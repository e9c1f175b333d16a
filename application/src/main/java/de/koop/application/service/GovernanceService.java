package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.port.in.BodyView;
import de.koop.application.port.in.Dashboard;
import de.koop.application.port.in.DashboardQuery;
import de.koop.application.port.in.FindBodiesQuery;
import de.koop.application.port.in.GovernanceUseCase;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.MessageTemplates;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Charter;
import de.koop.domain.governance.Candidate;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.ElectionRules;
import de.koop.domain.governance.Electorate;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.Seat;
import de.koop.domain.governance.Structure;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.SeatId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The use cases of the body aggregate and the dashboard. Each call is one transaction (applied by bootstrap). */
public final class GovernanceService implements GovernanceUseCase, FindBodiesQuery, DashboardQuery {

    private final Bodies bodies;
    private final Meetings meetings;
    private final Agreements agreements;
    private final Declarations declarations;
    private final InNetwork inNetwork;
    private final ElectionMessages messages;
    private final Clock clock;

    private final Changes changes;

    public GovernanceService(Networks networks, Partners partners, Bodies bodies, Meetings meetings,
                             Agreements agreements, Declarations declarations, Outbox outbox,
                             MessageTemplates templates, Clock clock, Changes changes) {
        this.changes = Objects.requireNonNull(changes);
        this.bodies = Objects.requireNonNull(bodies);
        this.meetings = Objects.requireNonNull(meetings);
        this.agreements = Objects.requireNonNull(agreements);
        this.declarations = Objects.requireNonNull(declarations);
        this.inNetwork = new InNetwork(Objects.requireNonNull(networks), Objects.requireNonNull(partners));
        this.clock = Objects.requireNonNull(clock);
        this.messages = new ElectionMessages(Objects.requireNonNull(outbox), Objects.requireNonNull(templates),
                partners, clock, changes);
    }

    @Override
    public Body establish(EstablishBody command) {
        inNetwork.network(command.networkId());
        command.parentId().map(parent -> body(command.networkId(), parent))
                .filter(parent -> parent.getEstablishedOn().isAfter(command.establishedOn()))
                .ifPresent(parent -> {
                    throw new InvalidValueException("establishedOn", "liegt vor der Einrichtung von „"
                            + parent.getName() + "“ am " + parent.getEstablishedOn());
                });
        if (bodies.listByNetwork(command.networkId()).stream()
                .anyMatch(existing -> existing.getName().equalsIgnoreCase(command.name() == null ? "" : command.name().strip()))) {
            throw new RuleViolationException(RuleCode.BODY_NAME_TAKEN,
                    "Im Netzwerk gibt es bereits ein Gremium „" + command.name().strip() + "“.");
        }
        Charter charter = command.charter();
        charter.composition().reservedFor().forEach(p -> inNetwork.partner(command.networkId(), p));
        charter.convening().ifPresent(rule -> partiesOf(rule).forEach(p -> inNetwork.partner(command.networkId(), p)));
        charter.electionRules().flatMap(ElectionRules::electorate).ifPresent(e -> body(command.networkId(), e));
        Body body = Body.establish(BodyId.newId(), command.networkId(), command.kind(), command.name(),
                command.parentId().orElse(null), command.establishedOn(), command.temporaryUntil().orElse(null),
                charter);
        changes.record(Change.of(body));
        return bodies.save(body);
    }

    @Override
    public Seat appoint(Appoint command) {
        Body body = body(command.networkId(), command.bodyId());
        requireContactOf(command.networkId(), command.personId(), command.onBehalfOf());
        if (command.onBehalfOf().filter(FormerPartners.of(agreements, declarations, command.networkId(),
                command.from())::contains).isPresent()) {
            throw new RuleViolationException(RuleCode.PARTNER_LEFT_NETWORK,
                    "Der Partner ist aus dem Netzwerk ausgeschieden; für ihn werden keine Sitze mehr vergeben.");
        }
        Seat seat = body.appoint(new Seat(SeatId.newId(), command.holderName(), command.personId(),
                command.onBehalfOf(), command.role(), command.basis(), command.from(), command.until()));
        changes.record(Change.of(body));
        bodies.save(body);
        return seat;
    }

    @Override
    public Seat endSeat(EndSeat command) {
        Body body = body(command.networkId(), command.bodyId());
        Seat ended = body.endSeat(command.seatId(), command.lastDay());
        changes.record(Change.of(body));
        bodies.save(body);
        return ended;
    }

    @Override
    public List<Seat> elect(Elect command) {
        if (command.seatsToFill() < 1) {
            throw new InvalidValueException("seatsToFill", "muss mindestens 1 sein");
        }
        if (command.electedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidValueException("electedOn", "liegt in der Zukunft; erfassen Sie die Wahl, wenn sie stattgefunden hat");
        }
        Body body = body(command.networkId(), command.bodyId());
        Set<PartnerId> former = FormerPartners.of(agreements, declarations, command.networkId(), command.electedOn());
        for (int i = 0; i < command.candidates().size(); i++) {
            Candidate candidate = command.candidates().get(i);
            candidate.onBehalfOf().ifPresent(p -> inNetwork.partner(command.networkId(), p));
            if (candidate.onBehalfOf().filter(former::contains).isPresent()) {
                throw new InvalidValueException("candidates[" + i + "]", candidate.name()
                        + " ist nicht wählbar: der Partner ist aus dem Netzwerk ausgeschieden");
            }
            if (candidate.votes() > command.voters().size()) {
                throw new InvalidValueException("candidates[" + i + "]", candidate.name() + " hat mehr Stimmen ("
                        + candidate.votes() + ") als es Wählende gibt (" + command.voters().size() + ")");
            }
        }
        Electorate.of(structure(command.networkId()), body, command.electorateBodyId(), command.electedOn())
                .ifPresent(e -> {
                    e.check(command.voters(), command.candidates(), command.seatsToFill(), command.electedOn());
                    e.requireMeetingOn(meetings.listByBody(e.body().getId()), command.electedOn());
                });
        List<Seat> elected = body.elect(command.electedOn(), command.seatsToFill(), command.candidates());
        changes.record(Change.of(body));
        bodies.save(body);
        // the electorate hears the result as well as the body it elected
        Optional<Body> electorate = command.electorateBodyId()
                .or(() -> body.getElectionRules().flatMap(ElectionRules::electorate))
                .flatMap(id -> bodies.findById(id)).filter(b -> b.getNetworkId().equals(command.networkId()));
        messages.result(inNetwork.network(command.networkId()), body, electorate, command, elected);
        return elected;
    }

    @Override
    public BodyView find(NetworkId networkId, BodyId bodyId, LocalDate date) {
        Body body = body(networkId, bodyId);
        return BodyViews.view(structure(networkId), body, meetings.listByBody(bodyId), date, partnerNames(networkId),
                FormerPartners.of(agreements, declarations, networkId, date));
    }

    @Override
    public List<BodyView> list(NetworkId networkId, LocalDate date) {
        return views(networkId, date, meetings.listByNetwork(networkId));
    }

    private List<BodyView> views(NetworkId networkId, LocalDate date, List<Meeting> meetingsOfNetwork) {
        inNetwork.network(networkId);
        return BodyViews.ofNetwork(networkId, date, bodies, meetingsOfNetwork, partnerNames(networkId),
                FormerPartners.of(agreements, declarations, networkId, date));
    }

    @Override
    public Dashboard dashboard(NetworkId networkId, LocalDate date, int termsEndingWithinDays) {
        if (termsEndingWithinDays < 0 || termsEndingWithinDays > 3660) {
            throw new InvalidValueException("termsEndingWithinDays", "muss zwischen 0 und 3660 liegen");
        }
        // the network's meetings once, for the bodies' views and for the minutes still missing
        List<Meeting> meetingsOfNetwork = meetings.listByNetwork(networkId);
        List<BodyView> views = views(networkId, date, meetingsOfNetwork);
        LocalDate horizon = date.plusDays(termsEndingWithinDays);
        List<Dashboard.EndingSeat> ending = new ArrayList<>();
        for (BodyView view : views) {
            for (Seat seat : view.body().seatsOn(date)) {
                if (seat.until().filter(until -> !until.isAfter(horizon)).isPresent()) {
                    ending.add(new Dashboard.EndingSeat(view.body().getId().toString(), view.body().getName(), seat));
                }
            }
        }
        ending.sort(Comparator.comparing(e -> e.seat().until().orElseThrow()));
        return new Dashboard(date, termsEndingWithinDays, views.stream().filter(BodyView::overdue).toList(),
                meetingsOfNetwork.stream()
                        .filter(m -> views.stream().anyMatch(v -> v.body().getId().equals(m.getBodyId())
                                && m.lacksMinutes(v.body().isMinutesRequired())))
                        .toList(),
                ending, views.stream().filter(v -> !v.compositionGaps().isEmpty()).toList());
    }

    private Function<PartnerId, String> partnerNames(NetworkId networkId) {
        return partner -> inNetwork.partner(networkId, partner).getName();
    }

    /** A person named by id must be a contact of the partner the seat is held for. */
    private void requireContactOf(NetworkId networkId, Optional<PersonId> person, Optional<PartnerId> partner) {
        partner.map(p -> inNetwork.partner(networkId, p)).ifPresent(p -> person.ifPresent(id -> {
            if (p.contact(id).isEmpty()) {
                throw new InvalidValueException("personId", "ist keine Ansprechperson von „" + p.getName() + "“");
            }
        }));
        if (person.isPresent() && partner.isEmpty()) {
            throw new InvalidValueException("partnerId", "muss angegeben werden, wenn eine personId genannt ist");
        }
    }

    private Structure structure(NetworkId networkId) {
        return Structure.of(bodies.listByNetwork(networkId));
    }

    private Body body(NetworkId networkId, BodyId bodyId) {
        return InNetwork.body(bodies, networkId, bodyId);
    }

    private static List<PartnerId> partiesOf(ConveningRule rule) {
        return switch (rule) {
            case ConveningRule.Fixed fixed -> List.of(fixed.partner());
            case ConveningRule.Alternating alternating -> alternating.parties();
            case ConveningRule.Rotating rotating -> rotating.parties();
        };
    }
}
