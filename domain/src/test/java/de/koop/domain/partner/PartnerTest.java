package de.koop.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PartnerTest {

    private static final NetworkId NETWORK = NetworkId.newId();
    private static final PostalAddress ADDRESS = new PostalAddress("Prager Straße 21", "04103", "Leipzig");
    private static final LogoReference LOGO = new LogoReference("https://www.leipzig.de/logo.png");
    private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);

    private static ContactDetails newContact(String name, String email) {
        return new ContactDetails(Optional.empty(), name, Optional.empty(), Optional.empty(),
                Optional.of(new EmailAddress(email)));
    }

    private static ContactDetails existingContact(PersonId id, String name, String email) {
        return new ContactDetails(Optional.of(id), name, Optional.empty(), Optional.empty(),
                Optional.of(new EmailAddress(email)));
    }

    private static Partner create(List<ContactDetails> contacts) {
        return Partner.create(PartnerId.newId(), NETWORK, PartnerData.of("Sozialamt Leipzig",
                PartnerCategory.CITY_ADMINISTRATION, ADDRESS).withLogo(LOGO)
                .withNoCommercialInterestDeclaredOn(MAY_1), contacts);
    }

    private static Partner socialOffice() {
        return create(List.of(newContact("Anna Schmidt", "anna@leipzig.de"), newContact("Ben Wolf", "ben@leipzig.de")));
    }

    private static InvalidValueException invalid(Runnable action) {
        try {
            action.run();
        } catch (InvalidValueException e) {
            return e;
        }
        throw new AssertionError("expected an InvalidValueException");
    }

    @Nested
    class Create {

        @Test
        void keepsTheMasterDataAndStartsAtVersionZeroWithoutConsent() {
            PartnerId id = PartnerId.newId();

            Partner partner = Partner.create(id, NETWORK, PartnerData.of("  Sozialamt Leipzig ",
                    PartnerCategory.CITY_ADMINISTRATION, ADDRESS).withLogo(LOGO)
                    .withNoCommercialInterestDeclaredOn(MAY_1), List.of());

            assertThat(partner.getId()).isEqualTo(id);
            assertThat(partner.getNetworkId()).isEqualTo(NETWORK);
            assertThat(partner.getName()).isEqualTo("Sozialamt Leipzig");
            assertThat(partner.getCategory()).isEqualTo(PartnerCategory.CITY_ADMINISTRATION);
            assertThat(partner.getAddress()).isEqualTo(ADDRESS);
            assertThat(partner.getData().logo()).contains(LOGO);
            assertThat(partner.getData().noCommercialInterestDeclaredOn()).contains(MAY_1);
            assertThat(partner.getLogoConsent()).isEqualTo(new PublicationConsent.NotGiven());
            assertThat(partner.getContactsConsent()).isEqualTo(new PublicationConsent.NotGiven());
            assertThat(partner.getVersion()).isZero();
        }

        @Test
        void assignsNewDistinctPersonIdsToContactsWithoutId() {
            Partner partner = socialOffice();

            assertThat(partner.getContacts()).extracting(Person::name).containsExactly("Anna Schmidt", "Ben Wolf");
            assertThat(partner.getContacts()).extracting(Person::id).doesNotContainNull().doesNotHaveDuplicates();
            PersonId anna = partner.getContacts().get(0).id();
            assertThat(partner.contact(anna)).map(Person::name).contains("Anna Schmidt");
        }

        @Test
        void keepsAPersonIdGivenWithAContact() {
            PersonId anna = PersonId.newId();

            Partner partner = create(List.of(existingContact(anna, "Anna Schmidt", "anna@leipzig.de")));

            assertThat(partner.getContacts()).extracting(Person::id).containsExactly(anna);
        }

        @Test
        void keepsAllContactDetails() {
            Partner partner = create(List.of(new ContactDetails(Optional.empty(), "Anna Schmidt",
                    Optional.of(" Koordinatorin "), Optional.of(new PhoneNumber("0341 123-4567")),
                    Optional.of(new EmailAddress("Anna@Leipzig.de")))));

            Person anna = partner.getContacts().get(0);
            assertThat(anna.function()).contains("Koordinatorin");
            assertThat(anna.phone()).contains(new PhoneNumber("0341 123-4567"));
            assertThat(anna.email()).contains(new EmailAddress("anna@leipzig.de"));
        }

        @Test
        void treatsMissingContactsAsNone() {
            assertThat(create(null).getContacts()).isEmpty();
        }

        @Test
        void refusesTwoContactsWithTheSameEmailAddressWhateverItsCase() {
            InvalidValueException e = invalid(() -> create(List.of(
                    newContact("Anna Schmidt", "anna@leipzig.de"),
                    newContact("Anna Schmidt (Vertretung)", "Anna@Leipzig.DE"))));

            assertThat(e.field()).isEqualTo("contacts[1].email");
            assertThat(e.reason()).isEqualTo("ist bereits einer anderen Ansprechperson zugeordnet");
        }

        @Test
        void allowsSeveralContactsWithoutEmailAddress() {
            ContactDetails noEmail = new ContactDetails(Optional.empty(), "Pforte", Optional.empty(),
                    Optional.of(new PhoneNumber("0341 1230")), Optional.empty());

            assertThat(create(List.of(noEmail, noEmail)).getContacts()).hasSize(2);
        }

        @Test
        void refusesTheSamePersonIdTwice() {
            PersonId anna = PersonId.newId();

            InvalidValueException e = invalid(() -> create(List.of(
                    existingContact(anna, "Anna Schmidt", "anna@leipzig.de"),
                    existingContact(anna, "Anna Schmidt", "anna.schmidt@leipzig.de"))));

            assertThat(e.field()).isEqualTo("contacts[1].id");
        }

        @Test
        void acceptsFiftyContacts() {
            assertThat(create(contacts(50)).getContacts()).hasSize(50);
        }

        @Test
        void refusesMoreThanFiftyContacts() {
            InvalidValueException e = invalid(() -> create(contacts(51)));

            assertThat(e.field()).isEqualTo("contacts");
            assertThat(e.reason()).contains("50");
        }

        @Test
        void requiresNameCategoryAndAddress() {
            assertThat(invalid(() -> Partner.create(PartnerId.newId(), NETWORK, PartnerData.of(" ",
                    PartnerCategory.OTHER, ADDRESS), List.of())).field()).isEqualTo("name");
            assertThat(invalid(() -> Partner.create(PartnerId.newId(), NETWORK, PartnerData.of("Sozialamt", null,
                    ADDRESS), List.of())).field()).isEqualTo("category");
            assertThat(invalid(() -> Partner.create(PartnerId.newId(), NETWORK, PartnerData.of("Sozialamt",
                    PartnerCategory.OTHER, null), List.of())).field()).isEqualTo("address");
        }

        @Test
        void logoAndNoCommercialInterestDeclarationAreOptional() {
            Partner partner = Partner.create(PartnerId.newId(), NETWORK, PartnerData.of("Sozialamt",
                    PartnerCategory.OTHER, ADDRESS), List.of());

            assertThat(partner.getData().logo()).isEmpty();
            assertThat(partner.getData().noCommercialInterestDeclaredOn()).isEmpty();
        }

        @Test
        void theContactListCannotBeChangedFromOutside() {
            Partner partner = socialOffice();

            assertThatThrownBy(() -> partner.getContacts().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        private static List<ContactDetails> contacts(int count) {
            return IntStream.rangeClosed(1, count)
                    .mapToObj(i -> newContact("Person " + i, "person" + i + "@leipzig.de"))
                    .toList();
        }
    }

    @Nested
    class Update {

        @Test
        void replacesTheMasterData() {
            Partner partner = socialOffice();
            PostalAddress newAddress = new PostalAddress("Markt 1", "04109", "Leipzig");

            partner.update(PartnerData.of("Amt für Soziales", PartnerCategory.COST_BEARER, newAddress), List.of());

            assertThat(partner.getName()).isEqualTo("Amt für Soziales");
            assertThat(partner.getCategory()).isEqualTo(PartnerCategory.COST_BEARER);
            assertThat(partner.getAddress()).isEqualTo(newAddress);
            assertThat(partner.getContacts()).isEmpty();
            assertThat(partner.getData().logo()).isEmpty();
            assertThat(partner.getData().noCommercialInterestDeclaredOn()).isEmpty();
        }

        @Test
        void keepsTheIdsOfContactsGivenWithAnExistingIdAndAddsNewOnes() {
            Partner partner = socialOffice();
            PersonId anna = partner.getContacts().get(0).id();
            PersonId ben = partner.getContacts().get(1).id();

            partner.update(PartnerData.of("Sozialamt Leipzig", PartnerCategory.CITY_ADMINISTRATION, ADDRESS)
                    .withLogo(LOGO).withNoCommercialInterestDeclaredOn(MAY_1), List.of(
                    newContact("Clara Neu", "clara@leipzig.de"),
                    existingContact(anna, "Anna Schmidt-Meyer", "anna.meyer@leipzig.de")));

            assertThat(partner.getContacts()).hasSize(2);
            assertThat(partner.contact(anna)).map(Person::name).contains("Anna Schmidt-Meyer");
            assertThat(partner.contact(anna)).flatMap(Person::email).contains(new EmailAddress("anna.meyer@leipzig.de"));
            assertThat(partner.contact(ben)).isEmpty();
            Person clara = partner.getContacts().get(0);
            assertThat(clara.name()).isEqualTo("Clara Neu");
            assertThat(clara.id()).isNotIn(anna, ben);
        }

        @Test
        void refusesAContactIdThatIsNotOneOfThePartnersContacts() {
            Partner partner = socialOffice();
            List<Person> before = partner.getContacts();

            InvalidValueException e = invalid(() -> partner.update(PartnerData.of("Sozialamt Leipzig",
                    PartnerCategory.CITY_ADMINISTRATION, ADDRESS).withLogo(LOGO)
                    .withNoCommercialInterestDeclaredOn(MAY_1), List.of(existingContact(PersonId.newId(), "Eve Fremd",
                    "eve@example.org"))));

            assertThat(e.field()).isEqualTo("contacts[0].id");
            assertThat(partner.getContacts()).isEqualTo(before);
        }

        @Test
        void refusesTheContactIdOfAnotherPartner() {
            Partner partner = socialOffice();
            PersonId foreign = socialOffice().getContacts().get(0).id();

            InvalidValueException e = invalid(() -> partner.update(PartnerData.of("Sozialamt Leipzig",
                    PartnerCategory.CITY_ADMINISTRATION, ADDRESS).withLogo(LOGO)
                    .withNoCommercialInterestDeclaredOn(MAY_1), List.of(newContact("Clara Neu", "clara@leipzig.de"),
                            existingContact(foreign, "Anna Schmidt", "anna@leipzig.de"))));

            assertThat(e.field()).isEqualTo("contacts[1].id");
        }

        @Test
        void anInvalidValueChangesNothing() {
            Partner partner = socialOffice();
            List<Person> contactsBefore = partner.getContacts();

            InvalidValueException e = invalid(() -> partner.update(PartnerData.of("Amt für Soziales",
                    PartnerCategory.COST_BEARER, new PostalAddress("Markt 1", "04109", "Leipzig")),
                    List.of(newContact("Clara Neu", "clara@leipzig.de"), newContact("Clara Neu", "CLARA@leipzig.de"))));

            assertThat(e.field()).isEqualTo("contacts[1].email");
            assertUnchanged(partner, contactsBefore);
        }

        @Test
        void aMissingNameChangesNothing() {
            Partner partner = socialOffice();
            List<Person> contactsBefore = partner.getContacts();

            InvalidValueException e = invalid(() -> partner.update(PartnerData.of(" ", PartnerCategory.COST_BEARER,
                    new PostalAddress("Markt 1", "04109", "Leipzig")), List.of()));

            assertThat(e.field()).isEqualTo("name");
            assertUnchanged(partner, contactsBefore);
        }

        @Test
        void leavesConsentsAlone() {
            Partner partner = socialOffice();
            partner.giveConsent(ConsentScope.LOGO, MAY_1);

            partner.update(PartnerData.of("Amt für Soziales", PartnerCategory.COST_BEARER, ADDRESS).withLogo(LOGO),
                    List.of());

            assertThat(partner.getLogoConsent()).isEqualTo(new PublicationConsent.Given(MAY_1));
            assertThat(partner.getContactsConsent()).isEqualTo(new PublicationConsent.NotGiven());
        }

        private static void assertUnchanged(Partner partner, List<Person> contactsBefore) {
            assertThat(partner.getName()).isEqualTo("Sozialamt Leipzig");
            assertThat(partner.getCategory()).isEqualTo(PartnerCategory.CITY_ADMINISTRATION);
            assertThat(partner.getAddress()).isEqualTo(ADDRESS);
            assertThat(partner.getContacts()).isEqualTo(contactsBefore);
            assertThat(partner.getData().logo()).contains(LOGO);
            assertThat(partner.getData().noCommercialInterestDeclaredOn()).contains(MAY_1);
        }
    }

    @Nested
    class PublicationConsentLifecycle {

        @Test
        void givingConsentRecordsTheDate() {
            Partner partner = socialOffice();

            partner.giveConsent(ConsentScope.CONTACTS, MAY_1);

            assertThat(partner.consent(ConsentScope.CONTACTS)).isEqualTo(new PublicationConsent.Given(MAY_1));
            assertThat(partner.consent(ConsentScope.CONTACTS).isGiven()).isTrue();
            assertThat(partner.consent(ConsentScope.LOGO).isGiven()).isFalse();
        }

        @Test
        void givingConsentTwiceIsARuleViolation() {
            Partner partner = socialOffice();
            partner.giveConsent(ConsentScope.LOGO, MAY_1);

            assertThatThrownBy(() -> partner.giveConsent(ConsentScope.LOGO, MAY_1.plusDays(3)))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.rule()).isEqualTo(RuleCode.PUBLICATION_CONSENT_ALREADY_GIVEN);
                        assertThat(e.getMessage()).contains("Logo");
                    });
            assertThat(partner.getLogoConsent()).isEqualTo(new PublicationConsent.Given(MAY_1));
        }

        @Test
        void withdrawingWithoutConsentIsARuleViolation() {
            Partner partner = socialOffice();

            assertThatThrownBy(() -> partner.withdrawConsent(ConsentScope.CONTACTS, MAY_1))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.rule()).isEqualTo(RuleCode.PUBLICATION_CONSENT_NOT_GIVEN);
                        assertThat(e.getMessage()).contains("Ansprechpersonen");
                    });
        }

        @Test
        void withdrawingTwiceIsARuleViolation() {
            Partner partner = socialOffice();
            partner.giveConsent(ConsentScope.CONTACTS, MAY_1);
            partner.withdrawConsent(ConsentScope.CONTACTS, MAY_1.plusDays(10));

            assertThatThrownBy(() -> partner.withdrawConsent(ConsentScope.CONTACTS, MAY_1.plusDays(20)))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.rule()).isEqualTo(RuleCode.PUBLICATION_CONSENT_NOT_GIVEN));
            assertThat(partner.getContactsConsent()).isEqualTo(new PublicationConsent.Withdrawn(MAY_1.plusDays(10)));
        }

        @Test
        void withdrawingBeforeTheConsentDateIsRefused() {
            Partner partner = socialOffice();
            partner.giveConsent(ConsentScope.LOGO, MAY_1);

            InvalidValueException e = invalid(() -> partner.withdrawConsent(ConsentScope.LOGO, MAY_1.minusDays(1)));

            assertThat(e.field()).isEqualTo("withdrawnOn");
            assertThat(e.reason()).contains("2025-05-01");
            assertThat(partner.getLogoConsent()).isEqualTo(new PublicationConsent.Given(MAY_1));
        }

        @Test
        void withdrawingOnTheDayOfConsentIsAllowed() {
            Partner partner = socialOffice();
            partner.giveConsent(ConsentScope.LOGO, MAY_1);

            partner.withdrawConsent(ConsentScope.LOGO, MAY_1);

            assertThat(partner.getLogoConsent()).isEqualTo(new PublicationConsent.Withdrawn(MAY_1));
            assertThat(partner.getLogoConsent().isGiven()).isFalse();
        }

        @Test
        void consentCanBeGivenAgainAfterWithdrawal() {
            Partner partner = socialOffice();
            partner.giveConsent(ConsentScope.CONTACTS, MAY_1);
            partner.withdrawConsent(ConsentScope.CONTACTS, MAY_1.plusMonths(1));

            partner.giveConsent(ConsentScope.CONTACTS, MAY_1.plusMonths(2));

            assertThat(partner.getContactsConsent()).isEqualTo(new PublicationConsent.Given(MAY_1.plusMonths(2)));
        }

        @Test
        void theScopesAreIndependent() {
            Partner partner = socialOffice();
            partner.giveConsent(ConsentScope.LOGO, MAY_1);

            partner.giveConsent(ConsentScope.CONTACTS, MAY_1);
            partner.withdrawConsent(ConsentScope.LOGO, MAY_1.plusDays(1));

            assertThat(partner.getLogoConsent().isGiven()).isFalse();
            assertThat(partner.getContactsConsent().isGiven()).isTrue();
        }
    }

    @Test
    void reconstitutionKeepsConsentsAndVersion() {
        PersonId anna = PersonId.newId();
        Person person = new Person(anna, "Anna Schmidt", Optional.empty(), Optional.empty(), Optional.empty());

        Partner partner = Partner.reconstitute(PartnerId.newId(), NETWORK, PartnerData.of("Sozialamt Leipzig",
                PartnerCategory.CITY_ADMINISTRATION, ADDRESS).withLogo(LOGO)
                .withNoCommercialInterestDeclaredOn(MAY_1), List.of(person), new PublicationConsent.Given(MAY_1),
                new PublicationConsent.Withdrawn(MAY_1.plusDays(2)), 4);

        assertThat(partner.getVersion()).isEqualTo(4);
        assertThat(partner.contact(anna)).contains(person);
        assertThat(partner.getLogoConsent()).isEqualTo(new PublicationConsent.Given(MAY_1));
        assertThat(partner.getContactsConsent()).isEqualTo(new PublicationConsent.Withdrawn(MAY_1.plusDays(2)));
    }
}
