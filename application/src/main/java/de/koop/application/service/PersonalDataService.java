package de.koop.application.service;

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
import de.koop.domain.declaration.Declaration;
import de.koop.domain.governance.Meeting;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.Person;
import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Export and erasure of a contact person's data in a network (rule 15). */
public final class PersonalDataService implements PersonalDataUseCase {

    private final Lookups lookups;
    private final Partners partners;
    private final Agreements agreements;
    private final Declarations declarations;
    private final Bodies bodies;
    private final Meetings meetings;
    private final Obligations obligations;
    private final Outbox outbox;

    public PersonalDataService(Networks networks, Partners partners, Agreements agreements, Declarations declarations,
                               Bodies bodies, Meetings meetings, Obligations obligations, Outbox outbox) {
        this.lookups = new Lookups(Objects.requireNonNull(networks), Objects.requireNonNull(partners));
        this.partners = partners;
        this.agreements = Objects.requireNonNull(agreements);
        this.declarations = Objects.requireNonNull(declarations);
        this.bodies = Objects.requireNonNull(bodies);
        this.meetings = Objects.requireNonNull(meetings);
        this.obligations = Objects.requireNonNull(obligations);
        this.outbox = Objects.requireNonNull(outbox);
    }

    private record Subject(Partner partner, Person person, Redaction redaction) {
    }

    private Subject subject(NetworkId networkId, PartnerId partnerId, PersonId personId) {
        Partner partner = lookups.partner(networkId, partnerId);
        Person person = partner.contact(personId).orElseThrow(() -> new NotFoundException("Ansprechperson", personId));
        List<String> values = new ArrayList<>(List.of(person.name()));
        person.email().map(EmailAddress::value).ifPresent(values::add);
        person.phone().map(PhoneNumber::value).ifPresent(values::add);
        return new Subject(partner, person, Redaction.of(personId, values));
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
        Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
        records.put("seats", bodies.listByNetwork(networkId).stream().flatMap(b -> b.getSeats().stream()
                .filter(seat -> seat.personId().filter(personId::equals).isPresent() || r.isPersonal(seat.holderName()))
                .map(seat -> row("body", b.getName(), "role", seat.role().name(), "basis", seat.basis().name(),
                        "from", seat.from().toString(), "until", seat.until().map(Object::toString).orElse(null))))
                .toList());
        records.put("meetings", meetings.listByNetwork(networkId).stream().filter(m -> mentions(m, r))
                .map(m -> row("meeting", m.getId().toString(), "startsAt", m.getStartsAt().toString(),
                        "invited", m.getInvitees().stream().anyMatch(i -> i.personId().filter(personId::equals)
                                .isPresent() || r.isPersonal(i.name())),
                        "present", m.getInvitees().stream().anyMatch(i -> (i.personId().filter(personId::equals)
                                .isPresent() || r.isPersonal(i.name())) && i.present()),
                        "proposed", m.getAgenda().stream().filter(a -> r.mentions(a.proposedBy()))
                                .map(a -> a.title()).toList(),
                        "mentionedInMinutes", m.getMinutes().filter(min -> r.mentions(min.text())).isPresent())).toList());
        records.put("declarations", allDeclarations(networkId).stream().filter(d -> d.mentions(r))
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
        meetings.listByNetwork(networkId).forEach(m -> m.getDecisions().stream().filter(d -> r.mentions(d.motion()))
                .forEach(d -> notes.add(row("kind", "Beschluss", "date", m.getStartsAt().toLocalDate().toString(),
                        "text", d.motion()))));
        records.put("mentions", notes);
        return new PersonalData(personId, person, records);
    }

    @Override
    public Erasure erase(NetworkId networkId, PartnerId partnerId, PersonId personId) {
        Subject s = subject(networkId, partnerId, personId);
        Redaction r = s.redaction();
        Map<String, Integer> replaced = new LinkedHashMap<>();
        s.partner().eraseContact(r);
        partners.save(s.partner());
        replaced.put("contacts", 1);
        replaced.put("bodies", redactEach(bodies.listByNetwork(networkId), b -> b.redact(r), bodies::save));
        replaced.put("meetings", redactEach(meetings.listByNetwork(networkId), m -> m.redact(r), meetings::save));
        replaced.put("obligations", redactEach(obligations.listByNetwork(networkId), o -> o.redact(r), obligations::save));
        replaced.put("agreements", redactEach(agreements.listByNetwork(networkId), a -> a.redact(r), agreements::save));
        replaced.put("declarations", redactEach(allDeclarations(networkId), d -> d.mentions(r),
                d -> declarations.replaceRedacted(d.redacted(r))));
        replaced.put("messages", redactEach(outbox.mentioning(r.values()).stream()
                .filter(n -> n.networkId().equals(networkId)).toList(), n -> true,
                n -> outbox.replaceRedacted(n.redacted(r))));
        return new Erasure(personId, r.pseudonym(), replaced);
    }

    /** A declaration as far as it concerns the person: what it is, when, and in which role they appear. */
    private static Map<String, Object> declaration(Declaration d, Redaction r) {
        String role = switch (d) {
            case de.koop.domain.declaration.Accession a when r.isPersonal(a.contact().name())
                    || r.isPersonal(a.contact().email().value()) -> "Ansprechperson des Beitritts";
            case de.koop.domain.declaration.Readiness rd when r.isPersonal(rd.personName()) -> "erklärt Bereitschaft für "
                    + String.join(", ", rd.workingGroups());
            default -> "erfasst von";
        };
        return row("id", d.id().toString(), "kind", d.getClass().getSimpleName(), "receivedOn",
                d instanceof de.koop.domain.declaration.Readiness rd ? rd.receivedOn().toString()
                        : d instanceof de.koop.domain.declaration.Accession a ? a.receivedOn().toString()
                        : d instanceof de.koop.domain.declaration.Termination t ? t.receivedOn().toString() : null,
                "role", role);
    }

    private static boolean mentions(Meeting meeting, Redaction r) {
        return meeting.getInvitees().stream().anyMatch(i -> i.personId().filter(r.personId()::equals).isPresent()
                || r.isPersonal(i.name()))
                || meeting.getAgenda().stream().anyMatch(a -> r.mentions(a.proposedBy()) || r.mentions(a.title()))
                || meeting.getDecisions().stream().anyMatch(d -> r.mentions(d.motion()))
                || meeting.getMinutes().filter(m -> r.mentions(m.text())).isPresent();
    }

    private List<Declaration> allDeclarations(NetworkId networkId) {
        return Lookups.allDeclarations(declarations, networkId);
    }

    /** Redacts each record that holds the person's data and stores it; @return how many there were */
    private static <T> int redactEach(List<T> records, java.util.function.Predicate<T> redactedOne,
                                      java.util.function.Consumer<T> store) {
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
