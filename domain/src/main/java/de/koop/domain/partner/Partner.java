package de.koop.domain.partner;

import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.PostalAddress;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation taking part in a network (Netzwerkpartner): who it is, how to reach its people,
 * and what it allows to be published.
 */
public final class Partner {

    /** More contacts than this are a data-entry error, not a real organisation. */
    static final int MAX_CONTACTS = 50;

    private final PartnerId id;
    private final NetworkId networkId;
    private PartnerData data;
    private List<Person> contacts;
    private PublicationConsent logoConsent;
    private PublicationConsent contactsConsent;
    private final long version;

    private Partner(PartnerId id, NetworkId networkId, PartnerData data, List<Person> contacts,
                    PublicationConsent logoConsent, PublicationConsent contactsConsent, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.networkId = Objects.requireNonNull(networkId, "networkId");
        this.data = Objects.requireNonNull(data, "data");
        this.contacts = checkContacts(contacts);
        this.logoConsent = Objects.requireNonNull(logoConsent, "logoConsent");
        this.contactsConsent = Objects.requireNonNull(contactsConsent, "contactsConsent");
        this.version = version;
    }

    /** A new partner of a network. Nothing is published until the partner consents. */
    public static Partner create(PartnerId id, NetworkId networkId, PartnerData data, List<ContactDetails> contacts) {
        List<Person> people = contactsOrEmpty(contacts).stream()
                .map(c -> c.toPerson(c.id().orElseGet(PersonId::newId)))
                .toList();
        return new Partner(id, networkId, data, people, new PublicationConsent.NotGiven(),
                new PublicationConsent.NotGiven(), 0);
    }

    /** A partner as it was stored; used by persistence adapters only. */
    public static Partner reconstitute(PartnerId id, NetworkId networkId, PartnerData data, List<Person> contacts,
                                       PublicationConsent logoConsent, PublicationConsent contactsConsent,
                                       long version) {
        return new Partner(id, networkId, data, contacts, logoConsent, contactsConsent, version);
    }

    /**
     * Replaces the organisation's master data and its contacts; consents are changed only by their own
     * acts. A contact given with an id keeps that person's identity; it must be one of this partner's
     * contacts.
     */
    public void update(PartnerData newData, List<ContactDetails> newContacts) {
        Objects.requireNonNull(newData, "data");
        List<ContactDetails> details = contactsOrEmpty(newContacts);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            ContactDetails contact = details.get(i);
            if (contact.id().isPresent() && contact(contact.id().get()).isEmpty()) {
                throw new InvalidValueException("contacts[" + i + "].id", "ist keine Ansprechperson dieses Partners");
            }
            people.add(contact.id().flatMap(this::contact).map(known -> known.correctedTo(contact))
                    .orElseGet(() -> contact.toPerson(PersonId.newId())));
        }
        this.contacts = checkContacts(people);
        this.data = newData;
    }

    /** Records that the partner allows publication of its logo or contacts from {@code on}. */
    public void giveConsent(ConsentScope scope, LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (consent(scope).isGiven()) {
            throw new RuleViolationException(RuleCode.PUBLICATION_CONSENT_ALREADY_GIVEN,
                    "Die Einwilligung zur Veröffentlichung (" + describe(scope) + ") liegt bereits vor.");
        }
        setConsent(scope, new PublicationConsent.Given(on));
    }

    /** Records that the partner withdrew its consent on {@code on}; publication stops at once. */
    public void withdrawConsent(ConsentScope scope, LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (!(consent(scope) instanceof PublicationConsent.Given given)) {
            throw new RuleViolationException(RuleCode.PUBLICATION_CONSENT_NOT_GIVEN,
                    "Es liegt keine Einwilligung zur Veröffentlichung (" + describe(scope) + ") vor, die widerrufen werden könnte.");
        }
        if (on.isBefore(given.since())) {
            throw new InvalidValueException("withdrawnOn", "liegt vor der Einwilligung vom " + given.since());
        }
        setConsent(scope, new PublicationConsent.Withdrawn(on));
    }

    /**
     * Takes over what the partner declared on its accession form (rule 1): whether its logo and its
     * contacts may be published, and that it pursues no commercial self-interest, all as of the day
     * it signed.
     */
    public void acceptAccessionForm(boolean publishLogo, boolean publishContacts, LocalDate signedOn) {
        Objects.requireNonNull(signedOn, "signedOn");
        setFromForm(ConsentScope.LOGO, publishLogo, signedOn);
        setFromForm(ConsentScope.CONTACTS, publishContacts, signedOn);
        if (data.noCommercialInterestDeclaredOn().isEmpty()) {
            data = data.withNoCommercialInterestDeclaredOn(signedOn);
        }
    }

    private void setFromForm(ConsentScope scope, boolean publish, LocalDate signedOn) {
        PublicationConsent current = consent(scope);
        if (publish && !current.isGiven()) {
            setConsent(scope, new PublicationConsent.Given(signedOn));
        } else if (!publish && current instanceof PublicationConsent.Given given) {
            setConsent(scope, new PublicationConsent.Withdrawn(signedOn.isBefore(given.since()) ? given.since() : signedOn));
        }
    }

    /**
     * The partner's entry in the public directory, holding only what it consented to publish; empty
     * when it consented to nothing.
     */
    public Optional<DirectoryEntry> directoryEntry() {
        if (!logoConsent.isGiven() && !contactsConsent.isGiven()) {
            return Optional.empty();
        }
        return Optional.of(new DirectoryEntry(id, data.name(), data.category(), data.address(),
                logoConsent.isGiven() ? data.logo() : Optional.empty(),
                contactsConsent.isGiven() ? contacts : List.of()));
    }

    /**
     * Erases a contact person (GDPR Art. 17): the pseudonym stands in for the name, function, phone,
     * e-mail and former values are removed. The contact stays, so that seats and invitations that refer
     * to it still do.
     */
    public void eraseContact(Redaction redaction) {
        contacts = contacts.stream().map(p -> p.id().equals(redaction.personId())
                ? new Person(p.id(), redaction.pseudonym(), Optional.empty(), Optional.empty(), Optional.empty()) : p)
                .toList();
    }

    /**
     * Replaces an erased person's values in what a coordinator wrote about the partner: its name (a
     * practice named after its physician), its address, and the functions of its contacts ("Vertretung
     * für …"). A logo address that names them is dropped, as no pseudonym makes an address of it.
     *
     * @return whether anything changed
     */
    public boolean redact(Redaction redaction) {
        PostalAddress address = data.address();
        PartnerData newData = data.withName(redaction.apply(data.name(), 200))
                .withAddress(new PostalAddress(redaction.apply(address.street(), 200), address.postalCode(),
                        redaction.apply(address.city(), 100)))
                .withLogo(data.logo().filter(logo -> !redaction.mentions(logo.url())).orElse(null));
        List<Person> newContacts = contacts.stream().map(p -> p.function().filter(redaction::mentions).isEmpty() ? p
                : new Person(p.id(), p.name(), p.function().map(f -> redaction.apply(f, 200)), p.phone(), p.email(),
                        p.formerValues())).toList();
        boolean changed = !newData.equals(data) || !newContacts.equals(contacts);
        data = newData;
        contacts = newContacts;
        return changed;
    }

    public Optional<Person> contact(PersonId personId) {
        return contacts.stream().filter(p -> p.id().equals(personId)).findFirst();
    }

    public PublicationConsent consent(ConsentScope scope) {
        return switch (scope) {
            case LOGO -> logoConsent;
            case CONTACTS -> contactsConsent;
        };
    }

    public PartnerId getId() {
        return id;
    }

    public NetworkId getNetworkId() {
        return networkId;
    }

    /** Who the partner is: name, category, address, logo and declarations. */
    public PartnerData getData() {
        return data;
    }

    public String getName() {
        return data.name();
    }

    public PartnerCategory getCategory() {
        return data.category();
    }

    public PostalAddress getAddress() {
        return data.address();
    }

    public List<Person> getContacts() {
        return contacts;
    }

    public PublicationConsent getLogoConsent() {
        return logoConsent;
    }

    public PublicationConsent getContactsConsent() {
        return contactsConsent;
    }

    /** The stored version this state was read at; persistence refuses to save over a newer one. */
    public long getVersion() {
        return version;
    }

    private void setConsent(ConsentScope scope, PublicationConsent consent) {
        switch (scope) {
            case LOGO -> logoConsent = consent;
            case CONTACTS -> contactsConsent = consent;
        }
    }

    private static String describe(ConsentScope scope) {
        return scope == ConsentScope.LOGO ? "Logo" : "Ansprechpersonen";
    }

    private static List<ContactDetails> contactsOrEmpty(List<ContactDetails> contacts) {
        return contacts == null ? List.of() : contacts;
    }

    private static List<Person> checkContacts(List<Person> contacts) {
        List<Person> copy = List.copyOf(contacts);
        if (copy.size() > MAX_CONTACTS) {
            throw new InvalidValueException("contacts", "höchstens " + MAX_CONTACTS + " Ansprechpersonen");
        }
        Set<PersonId> ids = new HashSet<>();
        Set<EmailAddress> emails = new HashSet<>();
        for (int i = 0; i < copy.size(); i++) {
            Person person = copy.get(i);
            if (!ids.add(person.id())) {
                throw new InvalidValueException("contacts[" + i + "].id", "kommt mehrfach vor");
            }
            if (person.email().isPresent() && !emails.add(person.email().get())) {
                throw new InvalidValueException("contacts[" + i + "].email",
                        "ist bereits einer anderen Ansprechperson zugeordnet");
            }
        }
        return copy;
    }
}
