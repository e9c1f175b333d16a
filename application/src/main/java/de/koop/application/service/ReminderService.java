package de.koop.application.service;

import de.koop.application.page.Page;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.BodyView;
import de.koop.application.port.in.SendRemindersUseCase;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.MessageTemplates;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Obligations;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.Seat;
import de.koop.domain.network.Network;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.Occasion;
import de.koop.domain.notification.ReminderRules;
import de.koop.domain.obligation.Deadline;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.PartnerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The reminder sweep over every network. One call is one transaction (applied by bootstrap). */
public final class ReminderService implements SendRemindersUseCase {

    private final Networks networks;
    private final Partners partners;
    private final Agreements agreements;
    private final Bodies bodies;
    private final Meetings meetings;
    private final Obligations obligations;
    private final Outbox outbox;
    private final MessageTemplates templates;
    private final ReminderRules rules;
    private final Clock clock;

    public ReminderService(Networks networks, Partners partners, Agreements agreements,
                           Bodies bodies, Meetings meetings, Obligations obligations, Outbox outbox,
                           MessageTemplates templates, ReminderRules rules, Clock clock) {
        this.networks = Objects.requireNonNull(networks);
        this.partners = Objects.requireNonNull(partners);
        this.agreements = Objects.requireNonNull(agreements);
        this.bodies = Objects.requireNonNull(bodies);
        this.meetings = Objects.requireNonNull(meetings);
        this.obligations = Objects.requireNonNull(obligations);
        this.outbox = Objects.requireNonNull(outbox);
        this.templates = Objects.requireNonNull(templates);
        this.rules = Objects.requireNonNull(rules);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public int sweep(LocalDate today) {
        // a network closed to new partners still has its duties, bodies and agreements
        int[] written = {0};
        Lookups.eachNetwork(networks, network -> written[0] += remind(network, today));
        return written[0];
    }

    /** A reminder found due: its occasion, who gets it and what its template needs. */
    private record Due(Occasion occasion, Set<EmailAddress> recipients, Map<String, Object> values) {
    }

    private int remind(Network network, LocalDate today) {
        // the network's partners in one read: names and addresses come from here, not one read each
        Map<PartnerId, Partner> partnersOfNetwork = new HashMap<>();
        Page<Partner> page;
        int number = 0;
        do {
            page = partners.page(network.getId(), Optional.empty(), new PageRequest(number++, PageRequest.MAX_SIZE));
            page.items().forEach(p -> partnersOfNetwork.put(p.getId(), p));
        } while (number < page.totalPages());
        Function<PartnerId, Optional<EmailAddress>> addressOf = id -> Optional.ofNullable(partnersOfNetwork.get(id))
                .flatMap(p -> Addresses.of(p, Optional.empty()));
        Optional<EmailAddress> coordination = network.getCoordination().flatMap(c -> Optional.ofNullable(
                partnersOfNetwork.get(c.partnerId())).flatMap(p -> Addresses.of(p, Optional.of(c.contactPersonId()))));
        Function<PartnerId, String> partnerName = id -> Optional.ofNullable(partnersOfNetwork.get(id))
                .map(Partner::getName).orElse("–");
        List<Due> due = new ArrayList<>();
        deadlines(network, today, coordination, partnerName, addressOf, due);
        bodies(network, today, coordination, partnerName, partnersOfNetwork, due);
        reviews(network, today, coordination, due);
        if (due.isEmpty()) {
            return 0;
        }
        Set<Occasion> produced = new HashSet<>(outbox.produced(due.stream().map(Due::occasion).toList()));
        int written = 0;
        for (Due reminder : due) {
            if (produced.contains(reminder.occasion()) || reminder.recipients().isEmpty()) {
                continue;
            }
            Map<String, Object> values = new HashMap<>(reminder.values());
            values.put("networkName", network.getName());
            values.put("dueOn", MeetingMessages.DATE.format(reminder.occasion().day()));
            long days = ChronoUnit.DAYS.between(today, reminder.occasion().day());
            values.put("when", when(days));
            values.put("past", days < 0);
            outbox.append(Notification.reminder(network.getId(), reminder.occasion(),
                    List.copyOf(reminder.recipients()), templates.render(reminder.occasion().kind(), values),
                    Instant.now(clock)));
            produced.add(reminder.occasion());
            written++;
        }
        return written;
    }

    private void deadlines(Network network, LocalDate today, Optional<EmailAddress> coordination,
                           Function<PartnerId, String> partnerName, Function<PartnerId, Optional<EmailAddress>> addressOf,
                           List<Due> due) {
        for (Obligation obligation : obligations.listByNetwork(network.getId())) {
            int ahead = Math.max(0, obligation.getReminderDaysBefore());
            for (Deadline deadline : obligation.deadlines(ReminderRules.deadlinesDueFrom(today), today.plusDays(ahead),
                    today)) {
                rules.forDeadline(deadline, today).ifPresent(occasion -> {
                    Set<EmailAddress> to = recipients(coordination, addressOf.apply(deadline.responsible()));
                    Map<String, Object> values = new HashMap<>();
                    values.put("title", deadline.title());
                    values.put("responsibleName", partnerName.apply(deadline.responsible()));
                    deadline.recipient().ifPresent(r -> values.put("recipientName", partnerName.apply(r)));
                    deadline.referenceDate().ifPresent(d -> values.put("referenceDate",
                            MeetingMessages.DATE.format(d)));
                    due.add(new Due(occasion, to, values));
                });
            }
        }
    }

    private void bodies(Network network, LocalDate today, Optional<EmailAddress> coordination,
                        Function<PartnerId, String> partnerName, Map<PartnerId, Partner> partnersOfNetwork,
                        List<Due> due) {
        List<Meeting> meetingsOfNetwork = meetings.listByNetwork(network.getId());
        List<BodyView> views = BodyViews.ofNetwork(network.getId(), today, bodies, meetingsOfNetwork, partnerName,
                Set.of());
        Set<BodyId> planned = meetingsOfNetwork.stream()
                .filter(m -> !m.getState().isHeld()).map(Meeting::getBodyId).collect(Collectors.toSet());
        for (BodyView view : views) {
            if (!view.body().existsOn(today)) {
                continue;
            }
            rules.forMeetingDue(view.body().getId(), view.nextMeetingDue(), planned.contains(view.body().getId()),
                    today).ifPresent(occasion -> {
                        Map<String, Object> values = new HashMap<>();
                        values.put("bodyName", view.body().getName());
                        view.lastMeeting().ifPresent(d -> values.put("lastMeeting", MeetingMessages.DATE.format(d)));
                        due.add(new Due(occasion, recipients(coordination), values));
                    });
            for (Seat seat : view.body().seatsOn(today)) {
                rules.forSeat(seat, today).ifPresent(occasion -> {
                    Map<String, Object> values = new HashMap<>();
                    values.put("bodyName", view.body().getName());
                    values.put("holderName", seat.holderName());
                    seat.onBehalfOf().ifPresent(p -> values.put("partnerName", partnerName.apply(p)));
                    due.add(new Due(occasion, recipients(coordination,
                            seat.onBehalfOf().map(partnersOfNetwork::get)
                                    .flatMap(p -> Addresses.of(p, seat.personId()))), values));
                });
            }
        }
    }

    private void reviews(Network network, LocalDate today, Optional<EmailAddress> coordination, List<Due> due) {
        for (Agreement agreement : agreements.listByNetwork(network.getId())) {
            if (!agreement.isInForceOn(today)) {
                continue;
            }
            rules.forReview(agreement.getId(), agreement.termOn(today), today).ifPresent(occasion -> {
                Map<String, Object> values = new HashMap<>();
                values.put("agreementTitle", agreement.getTitle());
                agreement.termOn(today).termEnd().ifPresent(end -> values.put("termEnd",
                        MeetingMessages.DATE.format(end)));
                due.add(new Due(occasion, recipients(coordination), values));
            });
        }
    }

    /** How far the day is from today, in German: "in 14 Tagen", "morgen", "heute", "seit 3 Tagen". */
    static String when(long days) {
        if (days > 1) {
            return "in " + days + " Tagen";
        }
        if (days == 1) {
            return "morgen";
        }
        if (days == 0) {
            return "heute";
        }
        return days == -1 ? "seit gestern" : "seit " + -days + " Tagen";
    }

    @SafeVarargs
    private static Set<EmailAddress> recipients(Optional<EmailAddress>... candidates) {
        Set<EmailAddress> found = new LinkedHashSet<>();
        for (Optional<EmailAddress> candidate : candidates) {
            candidate.ifPresent(found::add);
        }
        return found;
    }
}
