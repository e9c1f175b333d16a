package de.koop.adapter.http.oparl;

import de.koop.application.port.RecordTimestamps;
import de.koop.application.port.in.PublicRecords;
import de.koop.domain.governance.AgendaItem;
import de.koop.domain.governance.Body;
import de.koop.domain.governance.Decision;
import de.koop.domain.governance.DecisionRule;
import de.koop.domain.governance.BodyKind;
import de.koop.domain.governance.Meeting;
import de.koop.domain.governance.MeetingState;
import de.koop.domain.governance.Seat;
import de.koop.domain.governance.SeatBasis;
import de.koop.domain.governance.SeatRole;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.Person;
import de.koop.domain.shared.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One network's public records as OParl 1.1 objects, each with its URL as id. A koop network is an
 * OParl {@code Body}; its bodies and consenting partners are {@code Organization}s; the contact people
 * of partners that consented to publish them are {@code Person}s; seats are {@code Membership}s; the
 * terms of elected seats are {@code LegislativeTerm}s.
 */
final class OParlObjects {

    static final String SCHEMA = "https://schema.oparl.org/1.1/";
    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    /** An object with its dates, for lists and their filters; deleted ones show only with modified_since. */
    record Entry(Map<String, Object> object, Instant created, Instant modified, boolean deleted) {
    }

    private final OParlUrls urls;
    private final PublicRecords records;
    private final String body;

    OParlObjects(OParlUrls urls, PublicRecords records) {
        this.urls = urls;
        this.records = records;
        this.body = urls.body(records.network().getId().toString());
    }

    // RFC 3339 wants the seconds, which ISO's shortest form leaves out at :00
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    static String dateTime(Instant instant) {
        return RFC_3339.format(instant.atZone(GERMANY));
    }

    static String dateTime(LocalDateTime local) {
        return RFC_3339.format(local.atZone(GERMANY));
    }

    private static Map<String, Object> object(String id, String type, RecordTimestamps dates) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", id);
        object.put("type", SCHEMA + type);
        object.put("created", dateTime(dates.created()));
        object.put("modified", dateTime(dates.modified()));
        return object;
    }

    private static Entry entry(Map<String, Object> object, RecordTimestamps dates) {
        return new Entry(object, dates.created(), dates.modified(), false);
    }

    private static Entry deleted(String id, String type, RecordTimestamps dates) {
        Map<String, Object> object = object(id, type, dates);
        object.put("deleted", true);
        return new Entry(object, dates.created(), dates.modified(), true);
    }

    // --- Body ---------------------------------------------------------------------------------------

    Map<String, Object> body() {
        String network = records.network().getId().toString();
        Map<String, Object> object = object(body, "Body", records.dates());
        object.put("system", urls.system());
        object.put("name", records.network().getName());
        records.network().getShortName().ifPresent(s -> object.put("shortName", s));
        object.put("classification", "Kooperationsnetzwerk");
        object.put("organization", urls.list(network, "organizations"));
        object.put("person", urls.list(network, "persons"));
        object.put("meeting", urls.list(network, "meetings"));
        object.put("paper", urls.list(network, "papers"));
        object.put("membership", urls.list(network, "memberships"));
        object.put("agendaItem", urls.list(network, "agenda-items"));
        object.put("file", urls.list(network, "files"));
        object.put("locationList", urls.list(network, "locations"));
        object.put("legislativeTermList", urls.list(network, "legislative-terms"));
        object.put("legislativeTerm", legislativeTerms().stream().map(Entry::object).toList());
        object.put("keyword", List.of(records.network().getRegion()));
        return object;
    }

    // --- Organization --------------------------------------------------------------------------------

    List<Entry> organizations() {
        List<Entry> all = new ArrayList<>();
        for (PublicRecords.DatedBody dated : records.bodies()) {
            all.add(entry(organization(dated), dated.dates()));
        }
        for (PublicRecords.PublishedPartner partner : records.partners()) {
            all.add(entry(organization(partner), partner.dates()));
        }
        records.depublished().stream().filter(PublicRecords.Depublished::organization).forEach(d ->
                all.add(deleted(urls.of(records.network().getId().toString(), "organizations", d.partnerId().toString()),
                        "Organization", d.dates())));
        return all;
    }

    private Map<String, Object> organization(PublicRecords.DatedBody dated) {
        Body b = dated.body();
        String network = records.network().getId().toString();
        Map<String, Object> object = object(urls.of(network, "organizations", b.getId().toString()), "Organization",
                dated.dates());
        object.put("body", body);
        object.put("name", b.getName());
        object.put("organizationType", b.getKind() == BodyKind.WORKING_GROUP ? "Arbeitsgruppe" : "Gremium");
        object.put("classification", b.getKind().label());
        object.put("startDate", b.getEstablishedOn().toString());
        b.getTemporaryUntil().ifPresent(until -> object.put("endDate", until.toString()));
        b.getParentId().ifPresent(parent -> object.put("subOrganizationOf",
                urls.of(network, "organizations", parent.toString())));
        object.put("membership", b.getSeats().stream()
                .map(seat -> urls.of(network, "memberships", seat.id().toString())).toList());
        object.put("meeting", urls.list(network, "meetings") + "?organization=" + b.getId());
        List<Seat> current = b.seatsOn(LocalDate.now(GERMANY));
        object.put("memberCount", (int) current.stream().filter(s -> s.role().isMember()).count());
        return object;
    }


    private Map<String, Object> organization(PublicRecords.PublishedPartner published) {
        Partner partner = published.partner();
        String network = records.network().getId().toString();
        String id = partner.getId().toString();
        Map<String, Object> object = object(urls.of(network, "organizations", id), "Organization", published.dates());
        object.put("body", body);
        object.put("name", partner.getName());
        object.put("organizationType", "Institution");
        object.put("classification", partner.getCategory().name());
        object.put("location", partnerLocation(published));
        partner.directoryEntry().flatMap(e -> e.logo()).ifPresent(logo -> object.put("website", logo.url()));
        return object;
    }

    // --- Person ------------------------------------------------------------------------------------

    List<Entry> persons() {
        List<Entry> all = new ArrayList<>();
        for (PublicRecords.PublishedPartner partner : records.partners()) {
            for (Person person : partner.people()) {
                all.add(entry(person(partner, person), partner.dates()));
            }
        }
        String network = records.network().getId().toString();
        for (PublicRecords.Depublished gone : records.depublished()) {
            gone.people().forEach(person -> all.add(deleted(urls.of(network, "persons", person.toString()), "Person",
                    gone.dates())));
        }
        return all;
    }

    private Map<String, Object> person(PublicRecords.PublishedPartner partner, Person person) {
        String network = records.network().getId().toString();
        Map<String, Object> object = object(urls.of(network, "persons", person.id().toString()), "Person",
                partner.dates());
        object.put("body", body);
        object.put("name", person.name());
        person.email().ifPresent(email -> object.put("email", List.of(email.value())));
        person.phone().ifPresent(phone -> object.put("phone", List.of(phone.value())));
        person.function().ifPresent(function -> object.put("status", List.of(function)));
        String personUrl = urls.of(network, "persons", person.id().toString());
        object.put("membership", memberships().stream().map(Entry::object)
                .filter(membership -> personUrl.equals(membership.get("person"))).toList());
        return object;
    }

    // --- Membership ----------------------------------------------------------------------------------

    List<Entry> memberships() {
        String network = records.network().getId().toString();
        Set<PersonId> people = records.partners().stream().flatMap(p -> p.people().stream()).map(Person::id)
                .collect(Collectors.toSet());
        List<Entry> all = new ArrayList<>();
        for (PublicRecords.DatedBody dated : records.bodies()) {
            for (Seat seat : dated.body().getSeats()) {
                Map<String, Object> object = object(urls.of(network, "memberships", seat.id().toString()),
                        "Membership", dated.dates());
                seat.personId().filter(people::contains).ifPresent(person ->
                        object.put("person", urls.of(network, "persons", person.toString())));
                object.put("organization", urls.of(network, "organizations", dated.body().getId().toString()));
                object.put("role", role(seat.role()));
                object.put("votingRight", seat.role().isMember());
                object.put("startDate", seat.from().toString());
                seat.until().ifPresent(until -> object.put("endDate", until.toString()));
                seat.onBehalfOf().filter(partner -> records.partner(partner).isPresent()).ifPresent(partner ->
                        object.put("onBehalfOf", urls.of(network, "organizations", partner.toString())));
                object.put("keyword", List.of(basis(seat.basis())));
                all.add(entry(object, dated.dates()));
            }
        }
        return all;
    }

    private static String role(SeatRole role) {
        return switch (role) {
            case MEMBER -> "Mitglied";
            case SPEAKER -> "Sprecherin/Sprecher";
            case CHAIR -> "Vorsitz";
            case DEPUTY -> "Stellvertretung";
            case DELEGATE -> "Delegierte/Delegierter";
            case GUEST -> "Gast";
        };
    }

    private static String basis(SeatBasis basis) {
        return switch (basis) {
            case ELECTED -> "gewählt";
            case APPOINTED -> "benannt";
            case EX_OFFICIO -> "kraft Amtes";
            case READINESS_DECLARATION -> "Bereitschaftserklärung";
        };
    }

    // --- LegislativeTerm -----------------------------------------------------------------------------

    /** The election periods: one per body and span of its elected seats. */
    List<Entry> legislativeTerms() {
        String network = records.network().getId().toString();
        List<Entry> all = new ArrayList<>();
        for (PublicRecords.DatedBody dated : records.bodies()) {
            Map<LocalDate, LocalDate> spans = new TreeMap<>();
            dated.body().getSeats().stream().filter(seat -> seat.basis() == SeatBasis.ELECTED)
                    .forEach(seat -> spans.merge(seat.from(), seat.until().orElse(seat.from()),
                            (a, b) -> a.isAfter(b) ? a : b));
            spans.forEach((from, until) -> {
                Map<String, Object> object = object(urls.of(network, "legislative-terms",
                        dated.body().getId() + "_" + from), "LegislativeTerm", dated.dates());
                object.put("body", body);
                object.put("name", dated.body().getName() + ": Wahlperiode " + from.getYear()
                        + (until.getYear() != from.getYear() ? "–" + until.getYear() : ""));
                object.put("startDate", from.toString());
                object.put("endDate", until.toString());
                all.add(entry(object, dated.dates()));
            });
        }
        return all;
    }

    // --- Meeting, AgendaItem, File, Location ---------------------------------------------------------

    List<Entry> meetings() {
        return records.meetings().stream().map(m -> entry(meeting(m), m.dates())).toList();
    }

    private Map<String, Object> meeting(PublicRecords.DatedMeeting dated) {
        Meeting meeting = dated.meeting();
        String network = records.network().getId().toString();
        Map<String, Object> object = object(urls.of(network, "meetings", meeting.getId().toString()), "Meeting",
                dated.dates());
        String bodyName = records.bodies().stream().filter(b -> b.body().getId().equals(meeting.getBodyId()))
                .map(b -> b.body().getName()).findFirst().orElse("");
        object.put("name", meeting.getNumber() + ". Sitzung " + bodyName);
        object.put("meetingState", state(meeting.getState()));
        object.put("cancelled", false);
        object.put("start", dateTime(meeting.getStartsAt()));
        meeting.getEndsAt().ifPresent(end -> object.put("end", dateTime(end)));
        meeting.getPlace().ifPresent(place -> object.put("location", meetingLocation(dated, place)));
        object.put("organization", List.of(urls.of(network, "organizations", meeting.getBodyId().toString())));
        object.put("participant", dated.participants().stream().map(PersonId::toString).sorted()
                .map(person -> urls.of(network, "persons", person)).toList());
        if (dated.minutesPublished()) {
            object.put("resultsProtocol", protocol(dated));
        }
        object.put("agendaItem", agendaItems(dated).stream().map(Entry::object).toList());
        return object;
    }

    private static String state(MeetingState state) {
        return switch (state) {
            case PLANNED -> "terminiert";
            case INVITED -> "eingeladen";
            case HELD, MINUTED, CLOSED -> "durchgeführt";
        };
    }

    List<Entry> agendaItems() {
        return records.meetings().stream().flatMap(m -> agendaItems(m).stream()).toList();
    }

    /** The items that made it onto the agenda; proposals not yet accepted stay internal. */
    private List<Entry> agendaItems(PublicRecords.DatedMeeting dated) {
        Meeting meeting = dated.meeting();
        String network = records.network().getId().toString();
        String meetingUrl = urls.of(network, "meetings", meeting.getId().toString());
        List<Entry> items = new ArrayList<>();
        meeting.getAgenda().stream().filter(item -> item.status() != AgendaItem.Status.PROPOSED)
                .sorted(Comparator.comparingInt(AgendaItem::number)).forEach(item -> {
                    Map<String, Object> object = object(urls.of(network, "agenda-items",
                            meeting.getId() + "_" + item.number()), "AgendaItem", dated.dates());
                    object.put("meeting", meetingUrl);
                    object.put("number", String.valueOf(item.number()));
                    object.put("order", item.number());
                    object.put("name", item.title());
                    object.put("public", true);
                    List<Decision> decisions = meeting.getDecisions().stream()
                            .filter(d -> d.agendaItem().filter(n -> n == item.number()).isPresent()).toList();
                    object.put("result", item.status() == AgendaItem.Status.DEFERRED ? "vertagt"
                            : !decisions.isEmpty() ? decisions.stream().map(d -> outcome(d.outcome()))
                                    .collect(Collectors.joining(", "))
                            : meeting.getState().isHeld() ? "beraten" : "auf der Tagesordnung");
                    if (!decisions.isEmpty()) {
                        object.put("resolutionText", decisions.stream().map(Decision::motion)
                                .collect(Collectors.joining("\n")));
                    }
                    items.add(entry(object, dated.dates()));
                });
        return items;
    }

    private static String outcome(DecisionRule.Outcome outcome) {
        return switch (outcome) {
            case ADOPTED -> "beschlossen";
            case REJECTED -> "abgelehnt";
            case NO_QUORUM -> "nicht beschlussfähig";
        };
    }

    List<Entry> files() {
        return records.meetings().stream().filter(PublicRecords.DatedMeeting::minutesPublished)
                .map(m -> entry(protocol(m), m.dates())).toList();
    }

    private Map<String, Object> protocol(PublicRecords.DatedMeeting dated) {
        Meeting meeting = dated.meeting();
        String network = records.network().getId().toString();
        String id = urls.of(network, "files", meeting.getId().toString());
        Map<String, Object> object = object(id, "File", dated.dates());
        object.put("name", "Protokoll der " + meeting.getNumber() + ". Sitzung");
        object.put("fileName", "protokoll-" + meeting.getNumber() + ".txt");
        object.put("mimeType", "text/plain");
        meeting.getMinutes().flatMap(m -> m.approvedOn()).ifPresent(day -> object.put("date", day.toString()));
        object.put("accessUrl", id + "/text");
        object.put("meeting", List.of(urls.of(network, "meetings", meeting.getId().toString())));
        return object;
    }

    /** The text of a meeting's published minutes. */
    Optional<String> protocolText(String meetingId) {
        return records.meetings().stream().filter(m -> m.minutesPublished()
                        && m.meeting().getId().toString().equals(meetingId))
                .findFirst().flatMap(m -> m.meeting().getMinutes()).map(m -> m.text());
    }

    List<Entry> locations() {
        List<Entry> all = new ArrayList<>();
        records.partners().forEach(p -> all.add(entry(partnerLocation(p), p.dates())));
        records.meetings().forEach(m -> m.meeting().getPlace().ifPresent(place ->
                all.add(entry(meetingLocation(m, place), m.dates()))));
        return all;
    }

    private Map<String, Object> partnerLocation(PublicRecords.PublishedPartner published) {
        Partner partner = published.partner();
        String network = records.network().getId().toString();
        Map<String, Object> object = object(urls.of(network, "locations", partner.getId().toString()), "Location",
                published.dates());
        object.put("description", partner.getName());
        object.put("streetAddress", partner.getAddress().street());
        object.put("postalCode", partner.getAddress().postalCode());
        object.put("locality", partner.getAddress().city());
        object.put("organizations", List.of(urls.of(network, "organizations", partner.getId().toString())));
        return object;
    }

    private Map<String, Object> meetingLocation(PublicRecords.DatedMeeting dated, String place) {
        String network = records.network().getId().toString();
        Map<String, Object> object = object(urls.of(network, "locations", dated.meeting().getId().toString()),
                "Location", dated.dates());
        object.put("description", place);
        object.put("meetings", List.of(urls.of(network, "meetings", dated.meeting().getId().toString())));
        return object;
    }
}
