package de.koop.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.declaration.Accession;
import de.koop.domain.declaration.AccessionContact;
import de.koop.domain.declaration.Readiness;
import de.koop.domain.network.Admission;
import de.koop.domain.network.Network;
import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.PartnerData;
import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.partner.Person;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rule 15 beyond names in records: what coordinators wrote about the person, and what koop knew of her before. */
class ErasureOfWhatCoordinatorsWroteTest {

    private static final NetworkId NETWORK = NetworkId.newId();
    private static final Instant RECORDED = Instant.parse("2025-03-03T09:15:30Z");

    private static ContactDetails contact(Optional<Person> existing, String name, String function, String phone,
                                          String email) {
        return new ContactDetails(existing.map(Person::id), name, Optional.ofNullable(function),
                Optional.ofNullable(phone).map(PhoneNumber::new), Optional.ofNullable(email).map(EmailAddress::new));
    }

    private static Partner practice() {
        return Partner.create(PartnerId.newId(), NETWORK, PartnerData.of("Praxis Anna Roth",
                PartnerCategory.MEDICAL_SERVICE, new PostalAddress("bei Anna Roth, Hauptstraße 1", "04103",
                "Leipzig")).withLogo(new LogoReference("https://praxis.example/anna.alt@praxis.example/logo.png")),
                List.of(
                        contact(Optional.empty(), "Anna Roth", "Leitung", "0341 555-0000", "anna.alt@praxis.example"),
                        contact(Optional.empty(), "Ben Wolf", "Vertretung für Anna Roth", null, "ben@praxis.example")));
    }

    @Test
    void aCorrectedContactKeepsWhatSheWasBeforeSoThatAnErasureFindsItInOlderRecords() {
        Partner partner = practice();
        Person anna = partner.getContacts().getFirst();
        Person ben = partner.getContacts().get(1);

        partner.update(PartnerData.of(partner.getName(), partner.getCategory(), partner.getAddress()), List.of(
                contact(Optional.of(anna), "Anna Roth-Berg", "Leitung", "0341 555-1234", "anna@praxis.example"),
                contact(Optional.of(ben), "Ben Wolf", "Vertretung", null, "ben@praxis.example"),
                contact(Optional.empty(), "Cem Kaya", null, null, null)));
        partner.update(PartnerData.of(partner.getName(), partner.getCategory(), partner.getAddress()), List.of(
                contact(Optional.of(anna), "anna roth-berg", "Leitung", "0341 555-0000", "anna@praxis.example")));

        Person corrected = partner.contact(anna.id()).orElseThrow();
        assertThat(corrected.formerValues()).as("a value she has again is no former one; letter case is none")
                .containsExactly("Anna Roth", "anna.alt@praxis.example", "0341 555-1234");
        assertThat(corrected.knownValues()).contains("anna roth-berg", "anna@praxis.example", "0341 555-0000",
                "Anna Roth");
        assertThat(partner.getContacts()).hasSize(1);
    }

    @Test
    void aPartnerNamedAfterHerAndAnotherContactsFunctionNameHerNoMoreAndNeitherDoesItsLogo() {
        Partner partner = practice();
        Person anna = partner.getContacts().getFirst();
        Redaction erasure = Redaction.of(anna.id(), anna.knownValues());

        assertThat(partner.redact(erasure)).isTrue();
        partner.eraseContact(erasure);

        String pseudonym = erasure.pseudonym();
        assertThat(partner.getName()).isEqualTo("Praxis " + pseudonym);
        assertThat(partner.getAddress().street()).isEqualTo("bei " + pseudonym + ", Hauptstraße 1");
        assertThat(partner.getData().logo()).isEmpty();
        assertThat(partner.getContacts().get(1).function()).contains("Vertretung für " + pseudonym);
        assertThat(partner.getContacts().get(1).email()).contains(new EmailAddress("ben@praxis.example"));
        assertThat(partner.getContacts().getFirst().knownValues()).containsExactly(pseudonym);
        assertThat(partner.redact(erasure)).as("nothing left to replace").isFalse();
    }

    @Test
    void theNetworksNameRegionAndGoalsNameHerNoMoreAndAShortNameThatHoldsHerNumberGoes() {
        Network network = Network.create(NETWORK, "Netz um Anna Roth", "0341-555-0000", "Leipzig, Büro Anna Roth",
                "Ansprechbar: Anna Roth\n0341-555-0000", Admission.OPEN);
        Redaction erasure = Redaction.of(de.koop.domain.shared.PersonId.newId(), List.of("Anna Roth", "0341-555-0000"));

        assertThat(network.redact(erasure)).isTrue();

        assertThat(network.getName()).isEqualTo("Netz um " + erasure.pseudonym());
        assertThat(network.getShortName()).isEmpty();
        assertThat(network.getRegion()).isEqualTo("Leipzig, Büro " + erasure.pseudonym());
        assertThat(network.getGoals()).contains("Ansprechbar: " + erasure.pseudonym() + "\n" + erasure.pseudonym());
        assertThat(network.redact(erasure)).isFalse();
    }

    @Test
    void aFormsOrganisationAndWorkingGroupsNameHerNoMoreAndAFormOfHersGivesTheAddressOnIt() {
        Redaction erasure = Redaction.of(de.koop.domain.shared.PersonId.newId(), List.of("Anna Roth"));
        Accession accession = new Accession(DeclarationId.newId(), NETWORK, AgreementId.newId(), PartnerId.newId(), 1,
                new AccessionContact("Praxis Anna Roth", "Anna Roth", new PhoneNumber("0341 555-0000"),
                        new EmailAddress("anna.alt@praxis.example")), false, false, LocalDate.of(2021, 3, 12),
                LocalDate.of(2021, 3, 15), "Katrin Böhme", RECORDED);
        Accession ofAnother = new Accession(DeclarationId.newId(), NETWORK, AgreementId.newId(), PartnerId.newId(), 1,
                new AccessionContact("Praxis Anna Roth", "Ben Wolf", new PhoneNumber("0341 555-7777"),
                        new EmailAddress("ben@praxis.example")), false, false, LocalDate.of(2021, 3, 12),
                LocalDate.of(2021, 3, 15), "Katrin Böhme", RECORDED);
        Readiness readiness = new Readiness(DeclarationId.newId(), NETWORK, Optional.empty(), "Ben Wolf",
                Optional.empty(),
                List.of("AG Anna Roth", "AG Wohnen"), LocalDate.of(2025, 2, 1), "Anna Roth", RECORDED);

        assertThat(accession.valuesOf(erasure)).containsExactly("Anna Roth", "0341 555-0000",
                "anna.alt@praxis.example");
        assertThat(ofAnother.valuesOf(erasure)).isEmpty();
        assertThat(ofAnother.redacted(erasure).contact()).isEqualTo(new AccessionContact("Praxis " + erasure.pseudonym(),
                "Ben Wolf", new PhoneNumber("0341 555-7777"), new EmailAddress("ben@praxis.example")));
        Readiness redacted = readiness.redacted(erasure);
        assertThat(redacted.personName()).isEqualTo("Ben Wolf");
        assertThat(redacted.workingGroups()).containsExactly("AG " + erasure.pseudonym(), "AG Wohnen");
        assertThat(redacted.recordedBy()).isEqualTo(erasure.pseudonym());
        assertThat(readiness.valuesOf(erasure)).isEmpty();
    }
}
