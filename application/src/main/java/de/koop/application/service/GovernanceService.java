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
import de.koop.domain.governance.Candidate;
import de.koop.domain.governance.ConveningRule;
import de.koop.domain.governance.ElectionRules;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.Member;
import de.koop.domain.governance.Seat;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The use cases of the body aggregate and the dashboard. Each call is one transaction (applied by bootstrap). */
public final class GovernanceService implements GovernanceUseCase, FindBodiesQuery, DashboardQuery {

    private final Bodies bodies;
    private final Meetings meetings;
    private final Agreements agreements;
    private final Declarations declarations;
    private final Lookups lookups;
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
        this.lookups = new Lookups(Objects.requireNonNull(networks), Objects.requireNonNull(partners));
        this.clock = Objects.requireNonNull(clock);
        this.messages = new ElectionMessages(Objects.requireNonNull(outbox), Objects.requireNonNull(templates),
                partners, clock, changes);
    }

    @Override
    public Body establish(EstablishBody command) {
        lookups.network(command.networkId());
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
        command.composition().reservedFor().forEach(p -> lookups.partner(command.networkId(), p));
        command.convening().ifPresent(rule -> partiesOf(rule).forEach(p -> lookups.partner(command.networkId(), p)));
        command.electionRules().flatMap(ElectionRules::electorate).ifPresent(e -> body(command.networkId(), e));
        Body body = Body.establish(BodyId.newId(), command.networkId(), command.kind(), command.name(),
                command.parentId().orElse(null), command.establishedOn(), command.temporaryUntil().orElse(null),
                command.formats(), command.minutesRequired(), command.decisionRule(), command.cadence(),
                command.requiredTopics(), command.responsibilities(), command.composition(),
                command.convening().orElse(null), command.electionRules().orElse(null));
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
            candidate.onBehalfOf().ifPresent(p -> lookups.partner(command.networkId(), p));
            if (candidate.onBehalfOf().filter(former::contains).isPresent()) {
                throw new InvalidValueException("candidates[" + i + "]", candidate.name()
                        + " ist nicht wählbar: der Partner ist aus dem Netzwerk ausgeschieden");
            }
            if (candidate.votes() > command.voters().size()) {
                throw new InvalidValueException("candidates[" + i + "]", candidate.name() + " hat mehr Stimmen ("
                        + candidate.votes() + ") als es Wählende gibt (" + command.voters().size() + ")");
            }
        }
        body.getElectionRules().ifPresent(rules -> checkElectorate(body, rules, command));
        List<Seat> elected = body.elect(command.electedOn(), command.seatsToFill(), command.candidates(),
                candidate -> consecutiveTerms(body, candidate, command.electedOn()));
        changes.record(Change.of(body));
        bodies.save(body);
        // the electorate hears the result as well as the body it elected
        Optional<Body> electorate = command.electorateBodyId()
                .or(() -> body.getElectionRules().flatMap(ElectionRules::electorate))
                .flatMap(id -> bodies.findById(id)).filter(b -> b.getNetworkId().equals(command.networkId()));
        messages.result(lookups.network(command.networkId()), body, electorate, command, elected);
        return elected;
    }

    /**
     * Voters must be voting members of the electorate (namesakes as often as there are members of that
     * name); where a child group elects, its candidates must be its members; no more votes than ballots.
     */
    private void checkElectorate(Body body, ElectionRules rules, Elect command) {
        Structure structure = structure(command.networkId());
        Body electorate = electorate(body, rules, command, structure);
        List<Member> entitled = structure.membersOn(electorate, command.electedOn()).stream()
                .filter(m -> m.role().isMember()).toList();
        Map<String, Integer> named = new HashMap<>();
        for (int i = 0; i < command.voters().size(); i++) {
            String voter = command.voters().get(i).strip();
            long members = entitled.stream().filter(m -> m.name().equalsIgnoreCase(voter)).count();
            int times = named.merge(voter.toLowerCase(Locale.ROOT), 1, Integer::sum);
            if (members == 0) {
                throw new InvalidValueException("voters[" + i + "]", "„" + voter + "“ ist nicht wahlberechtigt: "
                        + "kein Mitglied von „" + electorate.getName() + "“ am " + command.electedOn());
            }
            if (times > members) {
                throw new InvalidValueException("voters[" + i + "]", "„" + voter + "“ ist doppelt genannt");
            }
        }
        if (rules.electorate().isEmpty()) {
            for (int i = 0; i < command.candidates().size(); i++) {
                Candidate candidate = command.candidates().get(i);
                Member asMember = new Member(candidate.name(), candidate.personId(), candidate.onBehalfOf(),
                        SeatRole.MEMBER, SeatBasis.ELECTED, Optional.empty(), command.electedOn(), Optional.empty());
                if (entitled.stream().noneMatch(m -> m.samePerson(asMember))) {
                    throw new InvalidValueException("candidates[" + i + "]", candidate.name() + " ist nicht wählbar: "
                            + "kein Mitglied von „" + electorate.getName() + "“");
                }
            }
        }
        long ballots = command.voters().size();
        long cast = command.candidates().stream().mapToLong(Candidate::votes).sum();
        if (cast > ballots * command.seatsToFill()) {
            throw new InvalidValueException("candidates", "mehr Stimmen (" + cast + ") als " + ballots
                    + (ballots == 1 ? " Wählende oder Wählender" : " Wählende") + " für " + command.seatsToFill()
                    + (command.seatsToFill() == 1 ? " Sitz" : " Sitze") + " abgeben konnten");
        }
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
        lookups.network(networkId);
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
        return partner -> lookups.partner(networkId, partner).getName();
    }

    /** A person named by id must be a contact of the partner the seat is held for. */
    private void requireContactOf(NetworkId networkId, Optional<PersonId> person, Optional<PartnerId> partner) {
        partner.map(p -> lookups.partner(networkId, p)).ifPresent(p -> person.ifPresent(id -> {
            if (p.contact(id).isEmpty()) {
                throw new InvalidValueException("personId", "ist keine Ansprechperson von „" + p.getName() + "“");
            }
        }));
        if (person.isPresent() && partner.isEmpty()) {
            throw new InvalidValueException("partnerId", "muss angegeben werden, wenn eine personId genannt ist");
        }
    }

    /** The configured electorate, or the child group named by the election where each child group elects. */
    private Body electorate(Body body, ElectionRules rules, Elect command, Structure structure) {
        if (rules.electorate().isPresent()) {
            if (command.electorateBodyId().filter(named -> !named.equals(rules.electorate().get())).isPresent()) {
                throw new InvalidValueException("electorateBodyId",
                        "„" + body.getName() + "“ wird von einem anderen Gremium gewählt");
            }
            return body(command.networkId(), rules.electorate().get());
        }
        BodyId named = command.electorateBodyId().orElseThrow(() -> new InvalidValueException("electorateBodyId",
                "muss die Untergruppe nennen, die ihre Vertretung in „" + body.getName() + "“ wählt"));
        return structure.childrenOf(body).stream().filter(child -> child.getId().equals(named)).findFirst()
                .orElseThrow(() -> new InvalidValueException("electorateBodyId",
                        "ist keine Untergruppe von „" + body.getName() + "“"));
    }

    private Structure structure(NetworkId networkId) {
        return Structure.of(bodies.listByNetwork(networkId));
    }

    private Body body(NetworkId networkId, BodyId bodyId) {
        return Lookups.body(bodies, networkId, bodyId);
    }

    /** Elected terms of the candidate in this body that run without a gap of a year up to the election. */
    private static int consecutiveTerms(Body body, Candidate candidate, LocalDate electedOn) {
        Seat probe = new Seat(SeatId.newId(), candidate.name(), candidate.personId(), candidate.onBehalfOf(),
                SeatRole.MEMBER, SeatBasis.ELECTED, electedOn, Optional.empty());
        List<Seat> terms = body.getSeats().stream()
                .filter(s -> s.basis() == SeatBasis.ELECTED && s.sameHolder(probe) && s.from().isBefore(electedOn))
                .sorted(Comparator.comparing(Seat::from).reversed())
                .toList();
        int count = 0;
        LocalDate next = electedOn;
        for (Seat term : terms) {
            LocalDate end = term.until().orElse(next);
            if (end.isBefore(next.minusYears(1))) {
                break;
            }
            count++;
            next = term.from();
        }
        return count;
    }

    private static List<PartnerId> partiesOf(ConveningRule rule) {
        return switch (rule) {
            case ConveningRule.Fixed fixed -> List.of(fixed.partner());
            case ConveningRule.Alternating alternating -> alternating.parties();
            case ConveningRule.Rotating rotating -> rotating.parties();
        };
    }
}
