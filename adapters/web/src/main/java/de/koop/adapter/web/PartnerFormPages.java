package de.koop.adapter.web;

import de.koop.application.port.VersionConflictException;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.RegisterPartnerCommand;
import de.koop.application.port.in.RegisterPartnerUseCase;
import de.koop.application.port.in.UpdatePartnerCommand;
import de.koop.application.port.in.UpdatePartnerUseCase;
import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.partner.PartnerData;
import de.koop.domain.partner.Person;
import de.koop.domain.shared.DomainException;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.Text;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The forms that register a partner of a network and change one: the organisation's master data and its
 * contact persons. Each problem is named beside its field; a change that someone else saved since the form
 * was loaded is shown beside what the user typed, which stays in the form, and nothing is overwritten.
 */
@Controller(WebPaths.NETWORKS + "/{networkId}/partner")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PartnerFormPages {

    /** A contact person as typed: {@code id} empty for a new one; {@code remove} when the user asked to remove it. */
    public record ContactInput(int index, String id, String name, String function, String phone, String email,
                               boolean remove) {

        static ContactInput empty(int index) {
            return new ContactInput(index, "", "", "", "", "", false);
        }

        /** The id (and name) of one of its fields in the form, such as {@code kontakt-0-email}. */
        public String field(String part) {
            return "kontakt-" + index + "-" + part;
        }

        public String legend() {
            return (index + 1) + ". Ansprechperson";
        }

        public boolean existing() {
            return !id.isEmpty();
        }

        boolean blank() {
            return Stream.of(name, function, phone, email).allMatch(String::isBlank);
        }

        /** The contact's fields by the names the domain gives them when it refuses a value. */
        Map<String, FormErrors.Field> fields() {
            String of = " der " + legend();
            return Map.of("name", new FormErrors.Field(field("name"), "Der Name" + of),
                    "function", new FormErrors.Field(field("funktion"), "Die Funktion" + of),
                    "phone", new FormErrors.Field(field("telefon"), "Die Telefonnummer" + of),
                    "email", new FormErrors.Field(field("email"), "Die E-Mail-Adresse" + of),
                    "id", new FormErrors.Field(field("name"), "Die " + legend()));
        }
    }

    /** The form as typed; {@code category} the category's code, {@code declaredOn} a day as typed (31.12.2026). */
    public record PartnerInput(String name, String category, String street, String postalCode, String city,
                               String logoUrl, String declaredOn, List<ContactInput> contacts) {

        static PartnerInput empty(int contacts) {
            List<ContactInput> blocks = new ArrayList<>();
            for (int i = 0; i < contacts; i++) {
                blocks.add(ContactInput.empty(i));
            }
            return new PartnerInput("", "", "", "", "", "", "", blocks);
        }
    }

    /** A fact of the partner in which what the user typed and what is stored now differ. */
    public record Difference(String label, List<String> typed, List<String> stored) {
    }

    /**
     * The form as the template shows it.
     *
     * @param version     the partner's version the form was loaded with; empty for a new partner
     * @param conflict    whether someone else saved the partner since; then {@code differences} says how
     * @param refusal     why the partner cannot be changed at all; then there is no form
     */
    public record PartnerForm(String heading, String action, String submitLabel, String backHref, String backLabel,
                              String version, PartnerInput input, List<Views.Option> categories, FormErrors errors,
                              boolean conflict, List<Difference> differences, String refusal) {
    }

    /** The master data and contacts typed, as values; {@code sent} the blocks each contact came from, in order. */
    private record Typed(PartnerData data, List<ContactDetails> contacts, List<ContactInput> sent) {
    }

    /** The form's fields by the names the domain gives them when it refuses a value. */
    private static final Map<String, FormErrors.Field> PARTNER_FIELDS = Map.of(
            "name", new FormErrors.Field("name", "Der Name der Organisation"),
            "category", new FormErrors.Field("bereich", "Der Bereich"),
            "street", new FormErrors.Field("strasse", "Die Straße mit Hausnummer"),
            "postalCode", new FormErrors.Field("plz", "Die Postleitzahl"),
            "city", new FormErrors.Field("ort", "Der Ort"),
            "logoUrl", new FormErrors.Field("logo", "Die Adresse des Logos"));
    /** How a use case names a contact's value: {@code contacts[1].email}. */
    private static final Pattern CONTACT_FIELD = Pattern.compile("contacts\\[(\\d+)]\\.(\\w+)");
    /** Contact blocks read from a form at most: more than a partner may have, fewer than a forged form could send. */
    private static final int MAX_CONTACT_BLOCKS = 100;
    /** How many empty contact blocks a new partner's form offers. */
    private static final int NEW_PARTNER_CONTACTS = 2;
    private static final int MAX_NAME = 200;
    private static final String NOTHING = "nicht angegeben";

    private final FindNetworksQuery networks;
    private final FindPartnersQuery partners;
    private final RegisterPartnerUseCase register;
    private final UpdatePartnerUseCase updates;
    private final WebSessions sessions;

    public PartnerFormPages(FindNetworksQuery networks, FindPartnersQuery partners, RegisterPartnerUseCase register,
                            UpdatePartnerUseCase updates, WebSessions sessions) {
        this.networks = networks;
        this.partners = partners;
        this.register = register;
        this.updates = updates;
        this.sessions = sessions;
    }

    @Get(uri = "/neu", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> registration(HttpRequest<?> request, @PathVariable String networkId) {
        NetworkId network = NetworkPages.networkId(networkId);
        register.checkRegistrable(network);
        return registrationPage(request, HttpStatus.OK, network, PartnerInput.empty(NEW_PARTNER_CONTACTS),
                new FormErrors());
    }

    @Post(uri = "/neu", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> register(HttpRequest<?> request, @PathVariable String networkId,
                                                @Body Map<String, String> form) {
        NetworkId network = NetworkPages.networkId(networkId);
        // who may not register is told so before anything typed is looked at
        register.checkRegistrable(network);
        PartnerInput input = input(form);
        FormErrors errors = new FormErrors();
        Optional<Typed> typed = read(input, errors);
        if (typed.isPresent()) {
            try {
                Partner partner = register.register(new RegisterPartnerCommand(network, typed.get().data(),
                        typed.get().contacts()));
                Flash.confirm(request, "Der Partner „" + partner.getName() + "“ ist registriert.");
                return Html.redirect(WebPaths.partner(network.toString(), partner.getId().toString()));
            } catch (InvalidValueException e) {
                refused(e, typed.get().sent(), errors);
            } catch (RuleViolationException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return registrationPage(request, HttpStatus.UNPROCESSABLE_ENTITY, network, input, errors);
    }

    @Get(uri = "/{partnerId}/bearbeiten", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> edit(HttpRequest<?> request, @PathVariable String networkId,
                                            @PathVariable String partnerId) {
        NetworkId network = NetworkPages.networkId(networkId);
        PartnerId id = PartnerPages.partnerId(partnerId);
        Optional<String> refusal = refusal(network, id);
        Partner partner = partners.find(network, id);
        if (refusal.isPresent()) {
            return refusalPage(request, network, partner, refusal.get());
        }
        return editPage(request, HttpStatus.OK, network, partner, String.valueOf(partner.getVersion()), input(partner),
                new FormErrors(), false, List.of());
    }

    @Post(uri = "/{partnerId}/bearbeiten", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> update(HttpRequest<?> request, @PathVariable String networkId,
                                              @PathVariable String partnerId, @Body Map<String, String> form) {
        NetworkId network = NetworkPages.networkId(networkId);
        PartnerId id = PartnerPages.partnerId(partnerId);
        Optional<String> refusal = refusal(network, id);
        if (refusal.isPresent()) {
            return refusalPage(request, network, partners.find(network, id), refusal.get());
        }
        long version = version(form.get("version"));
        PartnerInput input = input(form);
        FormErrors errors = new FormErrors();
        Optional<Typed> typed = read(input, errors);
        if (typed.isPresent()) {
            try {
                Partner saved = updates.update(new UpdatePartnerCommand(network, id, version, typed.get().data(),
                        typed.get().contacts()));
                Flash.confirm(request, "Die Stammdaten von „" + saved.getName() + "“ sind gespeichert.");
                return Html.redirect(WebPaths.partner(network.toString(), id.toString()));
            } catch (VersionConflictException e) {
                // nothing was saved: the form keeps what was typed, now on the version stored, so that sending it
                // again replaces what the user has seen beside it
                Partner stored = partners.find(network, id);
                return editPage(request, HttpStatus.CONFLICT, network, stored, String.valueOf(stored.getVersion()),
                        input, errors, true, differences(typed.get(), stored));
            } catch (InvalidValueException e) {
                refused(e, typed.get().sent(), errors);
            } catch (RuleViolationException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return editPage(request, HttpStatus.UNPROCESSABLE_ENTITY, network, partners.find(network, id),
                String.valueOf(version), input, errors, false, List.of());
    }

    private MutableHttpResponse<String> registrationPage(HttpRequest<?> request, HttpStatus status, NetworkId network,
                                                         PartnerInput input, FormErrors errors) {
        return page(request, status, network, new PartnerForm("Partner registrieren",
                WebPaths.newPartner(network.toString()), "Partner registrieren", WebPaths.partners(network.toString()),
                "Zurück zu allen Partnern", "", input, categories(input.category()), errors, false, List.of(), ""));
    }

    private MutableHttpResponse<String> editPage(HttpRequest<?> request, HttpStatus status, NetworkId network,
                                                 Partner partner, String version, PartnerInput input,
                                                 FormErrors errors, boolean conflict, List<Difference> differences) {
        String partnerPath = WebPaths.partner(network.toString(), partner.getId().toString());
        return page(request, status, network, new PartnerForm(partner.getName() + " bearbeiten",
                WebPaths.editPartner(network.toString(), partner.getId().toString()), "Änderungen speichern",
                partnerPath, "Zurück zum Partner", version, input, categories(input.category()), errors, conflict,
                differences, ""));
    }

    private MutableHttpResponse<String> refusalPage(HttpRequest<?> request, NetworkId network, Partner partner,
                                                    String refusal) {
        String partnerPath = WebPaths.partner(network.toString(), partner.getId().toString());
        return page(request, HttpStatus.UNPROCESSABLE_ENTITY, network, new PartnerForm(partner.getName() + " bearbeiten",
                "", "", partnerPath, "Zurück zum Partner", "", PartnerInput.empty(0), List.of(), new FormErrors(), false,
                List.of(), refusal));
    }

    private MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, NetworkId network,
                                             PartnerForm form) {
        return Html.page(status, Pages.TEMPLATES.partnerForm(new Chrome(true, sessions.formToken(request)),
                networks.find(network).getName(), network.toString(), form));
    }

    /** Why the user may not change the partner at all (the use case says), if so; a missing right is a 403. */
    private Optional<String> refusal(NetworkId network, PartnerId partner) {
        try {
            updates.checkChangeable(network, partner);
            return Optional.empty();
        } catch (RuleViolationException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The fields of the form; the contact blocks in the order of their numbers. */
    private static PartnerInput input(Map<String, String> form) {
        List<ContactInput> contacts = new ArrayList<>();
        for (int i = 0; i < MAX_CONTACT_BLOCKS && form.containsKey("kontakt-" + i + "-name"); i++) {
            String prefix = "kontakt-" + i + "-";
            contacts.add(new ContactInput(i, typed(form, prefix + "id"), typed(form, prefix + "name"),
                    typed(form, prefix + "funktion"), typed(form, prefix + "telefon"), typed(form, prefix + "email"),
                    form.containsKey(prefix + "entfernen")));
        }
        return new PartnerInput(typed(form, "name"), typed(form, "bereich"), typed(form, "strasse"),
                typed(form, "plz"), typed(form, "ort"), typed(form, "logo"), typed(form, "eigeninteresse"), contacts);
    }

    /** The partner as stored, in the form's fields, with one empty block for a further contact. */
    private static PartnerInput input(Partner partner) {
        List<ContactInput> contacts = new ArrayList<>();
        for (Person person : partner.getContacts()) {
            DirectoryPages.Contact shown = DirectoryPages.contact(person);
            contacts.add(new ContactInput(contacts.size(), person.id().toString(), shown.name(), shown.function(),
                    shown.phone(), shown.email(), false));
        }
        contacts.add(ContactInput.empty(contacts.size()));
        PartnerData data = partner.getData();
        return new PartnerInput(data.name(), data.category().name(), data.address().street(),
                data.address().postalCode(), data.address().city(), data.logo().map(LogoReference::url).orElse(""),
                data.noCommercialInterestDeclaredOn().map(GermanFormats::date).orElse(""), contacts);
    }

    /**
     * The values typed, as the domain takes them; empty, with every problem beside its field, when one of them
     * is refused. Empty contact blocks and those marked for removal are left out.
     */
    private static Optional<Typed> read(PartnerInput input, FormErrors errors) {
        String name = value(errors, PARTNER_FIELDS, () -> Text.required(input.name(), "name", MAX_NAME));
        PartnerCategory category = null;
        if (input.category().isEmpty()) {
            errors.add("bereich", "Bitte wählen Sie den Bereich, aus dem der Partner kommt.");
        } else {
            category = value(errors, PARTNER_FIELDS, () -> PartnerCategory.fromCode(input.category(), "category"));
        }
        PostalAddress address = value(errors, PARTNER_FIELDS,
                () -> new PostalAddress(input.street(), input.postalCode(), input.city()));
        LogoReference logo = input.logoUrl().isBlank() ? null
                : value(errors, PARTNER_FIELDS, () -> new LogoReference(input.logoUrl()));
        LocalDate declaredOn = input.declaredOn().isBlank() ? null : errors.date("eigeninteresse",
                "Kein kommerzielles Eigeninteresse erklärt am", input.declaredOn(), "").orElse(null);
        List<ContactDetails> contacts = new ArrayList<>();
        List<ContactInput> sent = new ArrayList<>();
        for (ContactInput contact : input.contacts()) {
            if (contact.remove() || contact.blank()) {
                continue;
            }
            Map<String, FormErrors.Field> fields = contact.fields();
            PersonId id = contact.existing() ? personId(contact.id()) : null;
            PhoneNumber phone = contact.phone().isBlank() ? null
                    : value(errors, fields, () -> new PhoneNumber(contact.phone()));
            EmailAddress email = contact.email().isBlank() ? null
                    : value(errors, fields, () -> new EmailAddress(contact.email()));
            ContactDetails details = value(errors, fields, () -> new ContactDetails(Optional.ofNullable(id),
                    contact.name(), Optional.of(contact.function()), Optional.ofNullable(phone),
                    Optional.ofNullable(email)));
            contacts.add(details);
            sent.add(contact);
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new Typed(PartnerData.of(name, category, address).withLogo(logo)
                .withNoCommercialInterestDeclaredOn(declaredOn), contacts, sent));
    }

    /** The value, or {@code null} with the domain's reason beside the field it names. */
    private static <T> T value(FormErrors errors, Map<String, FormErrors.Field> fields, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            errors.refused(e, fields);
            return null;
        }
    }

    /** What the use case refused, beside the field of the contact block it names, or above the form. */
    private static void refused(InvalidValueException refusal, List<ContactInput> sent, FormErrors errors) {
        Matcher contact = CONTACT_FIELD.matcher(refusal.field());
        if (contact.matches() && Integer.parseInt(contact.group(1)) < sent.size()) {
            errors.refused(new InvalidValueException(contact.group(2), refusal.reason()),
                    sent.get(Integer.parseInt(contact.group(1))).fields());
        } else {
            errors.refused(refusal, PARTNER_FIELDS);
        }
    }

    /** Where what the user typed and what is stored now differ, fact by fact. */
    private static List<Difference> differences(Typed typed, Partner stored) {
        Map<String, List<String>> mine = facts(typed.data(), typed.contacts().stream()
                .map(c -> line(c.name(), c.function(), c.phone(), c.email())).toList());
        Map<String, List<String>> theirs = facts(stored.getData(), stored.getContacts().stream()
                .map(p -> line(p.name(), p.function(), p.phone(), p.email())).toList());
        List<Difference> differences = new ArrayList<>();
        mine.forEach((label, value) -> {
            if (!value.equals(theirs.get(label))) {
                differences.add(new Difference(label, value, theirs.get(label)));
            }
        });
        return differences;
    }

    private static Map<String, List<String>> facts(PartnerData data, List<String> contacts) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        facts.put("Name", List.of(data.name()));
        facts.put("Bereich", List.of(data.category().label()));
        facts.put("Anschrift", List.of(data.address().street() + ", " + data.address().postalCode() + " "
                + data.address().city()));
        facts.put("Logo", List.of(data.logo().map(LogoReference::url).orElse(NOTHING)));
        facts.put("Kein kommerzielles Eigeninteresse erklärt am",
                List.of(data.noCommercialInterestDeclaredOn().map(GermanFormats::date).orElse(NOTHING)));
        facts.put("Ansprechpersonen", contacts.isEmpty() ? List.of("keine") : contacts);
        return facts;
    }

    private static String line(String name, Optional<String> function, Optional<PhoneNumber> phone,
                               Optional<EmailAddress> email) {
        return Stream.of(Optional.of(name), function, phone.map(PhoneNumber::value), email.map(EmailAddress::value))
                .flatMap(Optional::stream).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static List<Views.Option> categories(String chosen) {
        List<Views.Option> options = new ArrayList<>();
        options.add(new Views.Option("", "Bitte wählen", chosen.isEmpty()));
        Arrays.stream(PartnerCategory.values())
                .forEach(c -> options.add(new Views.Option(c.name(), c.label(), c.name().equals(chosen))));
        return options;
    }

    private static String typed(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null ? "" : value.strip();
    }

    /** The hidden field the page wrote: anything else was not sent by it. */
    private static long version(String raw) {
        try {
            return Long.parseLong(raw == null ? "" : raw);
        } catch (NumberFormatException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "version");
        }
    }

    /** A contact's hidden id, as the page wrote it. */
    private static PersonId personId(String raw) {
        try {
            return PersonId.parse(raw, "id");
        } catch (DomainException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "id");
        }
    }
}
