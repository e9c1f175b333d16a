package de.koop.application.service;

import de.koop.application.change.Change;
import de.koop.application.change.Changes;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.PersonalDataUseCase;
import de.koop.application.port.out.Agreements;
import de.koop.application.port.out.Bodies;
import de.koop.application.port.out.Declarations;
import de.koop.application.port.out.Meetings;
import de.koop.application.port.out.Networks;
import de.koop.application.port.out.Obligations;
import de.koop.application.port.out.Outbox;
import de.koop.application.port.out.Partners;
import de.koop.application.port.out.RefreshTokens;
import de.koop.application.port.out.Users;
import de.koop.domain.access.User;
import de.koop.domain.agreement.Annex;
import de.koop.domain.declaration.Accession;
import de.koop.domain.declaration.Declaration;
import de.koop.domain.declaration.Readiness;
import de.koop.domain.declaration.Termination;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Meeting;
import de.koop.domain.network.Network;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.Person;
import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Export and erasure of a contact person's data in a network (rule 15): every value the person had in
 * koop's records, wherever a coordinator or koop wrote it in the network, and the user accounts named
 * after their addresses.
 */
public final class PersonalDataService implements PersonalDataUseCase {

    private final Networks networks;
    private final InNetwork inNetwork;
    private final Partners partners;
    private final Agreements agreements;
    private final Declarations declarations;
    private final Bodies bodies;
    private final Meetings meetings;
    private final Obligations obligations;
    private final Outbox outbox;
    private final Users users;
    private final RefreshTokens refreshTokens;

    private final Changes changes;

    public PersonalDataService(Networks networks, Partners partners, Agreements agreements, Declarations declarations,
                               Bodies bodies, Meetings meetings, Obligations obligations, Outbox outbox, Users users,
                               RefreshTokens refreshTokens, Changes changes) {
        this.changes = Objects.requireNonNull(changes);
        this.networks = Objects.requireNonNull(networks);
        this.inNetwork = new InNetwork(networks, Objects.requireNonNull(partners));
        this.partners = partners;
        this.agreements = Objects.requireNonNull(agreements);
        this.declarations = Objects.requireNonNull(declarations);
        this.bodies = Objects.requireNonNull(bodies);
        this.meetings = Objects.requireNonNull(meetings);
        this.obligations = Objects.requireNonNull(obligations);
        this.outbox = Objects.requireNonNull(outbox);
        this.users = Objects.requireNonNull(users);
        this.refreshTokens = Objects.requireNonNull(refreshTokens);
    }

    /** The person, with every value koop knows of them, and the network's records that may hold them. */
    private record Subject(Partner partner, Person person, Redaction redaction, List<Body> bodies,
                           List<Meeting> meetings, List<Declaration> declarations) {
    }

    /**
     * Finds every value the person had in koop's records: the contact's current and former values, the
     * names under which seats and invitations that carry their id know them, and what forms of their
     * partner that are theirs give with those (an address on an accession form), until nothing new turns up.
     */
    private Subject subject(NetworkId networkId, PartnerId partnerId, PersonId personId) {
        Partner partner = inNetwork.partner(networkId, partnerId);
        Person person = partner.contact(personId).orElseThrow(() -> new NotFoundException("Ansprechperson", personId));
        List<Body> bodiesOfNetwork = bodies.listByNetwork(networkId);
        List<Meeting> meetingsOfNetwork = meetings.listByNetwork(networkId);
        List<Declaration> declarationsOfNetwork = allDeclarations(networkId);
        List<String> values = new ArrayList<>(person.knownValues());
        bodiesOfNetwork.forEach(b -> b.getSeats().stream().filter(seat -> seat.personId().filter(personId::equals)
                .isPresent()).forEach(seat -> values.add(seat.holderName())));
        meetingsOfNetwork.forEach(m -> m.getInvitees().stream().filter(i -> i.personId().filter(personId::equals)
                .isPresent()).forEach(i -> values.add(i.name())));
        Redaction redaction = Redaction.of(personId, values);
        List<Declaration> ofPartner = declarationsOfNetwork.stream().filter(d -> isOf(d, partnerId)).toList();
        Redaction wider = redaction;
        do {
            redaction = wider;
            Redaction known = redaction;
            wider = redaction.widenedBy(ofPartner.stream().flatMap(d -> d.valuesOf(known).stream()).toList());
        } while (wider.values().size() > redaction.values().size());
        return new Subject(partner, person, redaction, bodiesOfNetwork, meetingsOfNetwork, declarationsOfNetwork);
    }

    private static boolean isOf(Declaration declaration, PartnerId partnerId) {
        return switch (declaration) {
            case Accession a -> a.partnerId().equals(partnerId);
            case Readiness r -> r.partnerId().filter(partnerId::equals).isPresent();
            case Termination t -> false;
        };
    }

    @Override
    public PersonalData export(NetworkId networkId, PartnerId partnerId, PersonId personId) {
        Subject s = subject(networkId, partnerId, personId);
        Redaction r = s.redaction();
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", s.person().id().toString());
        person.put("name", s.person().name());
        s.person().function().ifPresent(f -> person.put("function", f));
        s.person().phone().ifPresent(p -> person.put("phone", p.value()));
        s.person().email().ifPresent(e -> person.put("email", e.value()));
        person.put("partner", s.partner().getName());
        List<String> formerValues = r.values().stream().filter(v -> s.person().currentValues().stream()
                .noneMatch(v::equalsIgnoreCase)).toList();
        if (!formerValues.isEmpty()) {
            person.put("formerValues", formerValues);
        }
        Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
        records.put("seats", s.bodies().stream().flatMap(b -> b.getSeats().stream()
                .filter(seat -> seat.personId().filter(personId::equals).isPresent() || r.isPersonal(seat.holderName()))
                .map(seat -> row("body", b.getName(), "role", seat.role().name(), "basis", seat.basis().name(),
                        "from", seat.from().toString(), "until", seat.until().map(Object::toString).orElse(null))))
                .toList());
        records.put("meetings", s.meetings().stream().filter(m -> mentions(m, r))
                .map(m -> row("meeting", m.getId().toString(), "startsAt", m.getStartsAt().toString(),
                        "invited", m.getInvitees().stream().anyMatch(i -> i.personId().filter(personId::equals)
                                .isPresent() || r.isPersonal(i.name())),
                        "present", m.getInvitees().stream().anyMatch(i -> (i.personId().filter(personId::equals)
                                .isPresent() || r.isPersonal(i.name())) && i.present()),
                        "proposed", m.getAgenda().stream().filter(a -> r.mentions(a.proposedBy()))
                                .map(a -> a.title()).toList(),
                        "mentionedInMinutes", m.getMinutes().filter(min -> r.mentions(min.text())).isPresent())).toList());
        records.put("declarations", s.declarations().stream().filter(d -> d.mentions(r))
                .map(d -> declaration(d, r)).toList());
        // what koop sent them or about them: the message's own data, not other recipients or the text
        records.put("messages", outbox.mentioning(r.values()).stream().filter(n -> n.networkId().equals(networkId))
                .map(n -> row("id", n.id().toString(), "kind", n.kind().name(), "subject", n.subject(),
                        "sentToThem", r.isPersonal(n.recipient().value()),
                        "status", n.status().name(), "createdAt", n.createdAt().toString(),
                        "sentAt", n.sentAt().map(Object::toString).orElse(null))).toList());
        List<Map<String, Object>> notes = new ArrayList<>();
        obligations.listByNetwork(networkId).forEach(o -> o.getFulfilments().stream()
                .filter(f -> f.note().filter(r::mentions).isPresent())
                .forEach(f -> notes.add(row("kind", "Erfüllung: " + o.getTitle(), "date", f.fulfilledOn().toString(),
                        "text", f.note().orElse(null)))));
        agreements.listByNetwork(networkId).forEach(a -> a.getReviews().stream()
                .filter(rv -> rv.note().filter(r::mentions).isPresent())
                .forEach(rv -> notes.add(row("kind", "Überprüfung: " + a.getTitle(), "date", rv.heldOn().toString(),
                        "text", rv.note().orElse(null)))));
        s.meetings().forEach(m -> m.getDecisions().stream().filter(d -> r.mentions(d.motion()))
                .forEach(d -> notes.add(row("kind", "Beschluss", "date", m.getStartsAt().toLocalDate().toString(),
                        "text", d.motion()))));
        Network network = inNetwork.network(networkId);
        Stream.of(network.getName(), network.getRegion(), network.getGoals().orElse(null)).filter(r::mentions)
                .forEach(text -> notes.add(row("kind", "Netzwerk", "text", text)));
        AllPages.partners(partners, networkId).forEach(p -> Stream.concat(Stream.of(p.getName(),
                        p.getAddress().street(), p.getAddress().city()),
                        p.getContacts().stream().flatMap(c -> c.function().stream())).filter(r::mentions)
                .forEach(text -> notes.add(row("kind", "Partner", "text", text))));
        agreements.listByNetwork(networkId).forEach(a -> Stream.concat(Stream.of(a.getTitle(),
                        a.getLegalBasis().orElse(null)), a.getAnnexes().stream().map(Annex::title)).filter(r::mentions)
                .forEach(text -> notes.add(row("kind", "Vereinbarung", "text", text))));
        s.bodies().forEach(b -> Stream.concat(Stream.of(b.getName(), b.getResponsibilities().orElse(null)),
                        b.getRequiredTopics().stream()).filter(r::mentions)
                .forEach(text -> notes.add(row("kind", "Gremium", "text", text))));
        records.put("mentions", notes);
        records.put("accounts", accountsOf(r).stream().map(u -> row("id", u.getId().toString(),
                "username", u.getUsername())).toList());
        return new PersonalData(personId, person, records);
    }

    @Override
    public Erasure erase(NetworkId networkId, PartnerId partnerId, PersonId personId) {
        Subject s = subject(networkId, partnerId, personId);
        Redaction r = s.redaction();
        Map<String, Integer> replaced = new LinkedHashMap<>();
        Network network = inNetwork.network(networkId);
        // what the erasure is about, whatever else it changes
        changes.record(Change.of(inNetwork.partner(networkId, partnerId)));
        replaced.put("network", redactEach(List.of(network), n -> n.redact(r), recorded(Change::of, networks::save)));
        // all read before any is saved: a partner renamed by the erasure moves in the list's order
        replaced.put("partners", redactEach(AllPages.partners(partners, networkId), p -> {
            boolean mentioned = p.redact(r);
            if (p.getId().equals(partnerId)) {
                p.eraseContact(r);
                return true;
            }
            return mentioned;
        }, recorded(Change::of, partners::save)));
        replaced.put("contacts", 1);
        replaced.put("bodies", redactEach(s.bodies(), b -> b.redact(r), recorded(Change::of, bodies::save)));
        replaced.put("meetings", redactEach(s.meetings(), m -> m.redact(r), recorded(Change::of, meetings::save)));
        replaced.put("obligations", redactEach(obligations.listByNetwork(networkId), o -> o.redact(r),
                recorded(Change::of, obligations::save)));
        replaced.put("agreements", redactEach(agreements.listByNetwork(networkId), a -> a.redact(r),
                recorded(Change::of, agreements::save)));
        replaced.put("declarations", redactEach(s.declarations(), d -> d.mentions(r),
                recorded(Change::of, d -> declarations.replaceRedacted(d.redacted(r)))));
        replaced.put("messages", redactEach(outbox.mentioning(r.values()).stream()
                .filter(n -> n.networkId().equals(networkId)).toList(), n -> true,
                recorded(Change::of, n -> outbox.replaceRedacted(n.redacted(r)))));
        int deletedAccounts = 0;
        for (User account : accountsOf(r)) {
            boolean heldRoleHere = account.grantIn(networkId).isPresent();
            account.revoke(networkId);
            // an account that still acts elsewhere is the person's own to keep: only its role here ends
            if (!account.actsBeyond(networkId)) {
                changes.record(Change.of(account));
                Accounts.delete(account, refreshTokens, changes);
                deletedAccounts++;
                users.save(account);
            } else if (heldRoleHere) {
                changes.record(Change.of(account, networkId));
                users.save(account);
            }
        }
        replaced.put("accounts", deletedAccounts);
        return new Erasure(personId, r.pseudonym(), replaced);
    }

    /** The user accounts whose username is one of the person's addresses, unless deleted already. */
    private List<User> accountsOf(Redaction r) {
        return r.values().stream().filter(value -> value.contains("@")).distinct()
                .flatMap(address -> users.findByUsername(User.normalise(address)).stream())
                .filter(account -> !account.isDeleted()).toList();
    }

    /** A declaration as far as it concerns the person: what it is, when, and in which role they appear. */
    private static Map<String, Object> declaration(Declaration d, Redaction r) {
        String role = switch (d) {
            case Accession a when r.isPersonal(a.contact().name())
                    || r.isPersonal(a.contact().email().value()) -> "Ansprechperson des Beitritts";
            case Readiness rd when r.isPersonal(rd.personName()) -> "erklärt Bereitschaft für "
                    + String.join(", ", rd.workingGroups());
            default -> r.mentions(d.recordedBy()) ? "erfasst von" : "genannt";
        };
        return row("id", d.id().toString(), "kind", d.getClass().getSimpleName(), "receivedOn",
                d.receivedOn().toString(), "role", role);
    }

    private static boolean mentions(Meeting meeting, Redaction r) {
        return meeting.getInvitees().stream().anyMatch(i -> i.personId().filter(r.personId()::equals).isPresent()
                || r.isPersonal(i.name()))
                || meeting.getAgenda().stream().anyMatch(a -> r.mentions(a.proposedBy()) || r.mentions(a.title()))
                || meeting.getDecisions().stream().anyMatch(d -> r.mentions(d.motion()))
                || meeting.getMinutes().filter(m -> r.mentions(m.text())).isPresent();
    }

    private List<Declaration> allDeclarations(NetworkId networkId) {
        return AllPages.declarations(declarations, networkId);
    }

    /** Redacts each record that holds the person's data and stores it; @return how many there were */
    /** Each write of a redacted record, with its change recorded first. */
    private <T> Consumer<T> recorded(Function<T, Change> change, Consumer<T> write) {
        return record -> {
            changes.record(change.apply(record));
            write.accept(record);
        };
    }

    private static <T> int redactEach(List<T> records, java.util.function.Predicate<T> redactedOne,
                                      Consumer<T> store) {
        int changed = 0;
        for (T record : records) {
            if (redactedOne.test(record)) {
                store.accept(record);
                changed++;
            }
        }
        return changed;
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                row.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return row;
    }
}
