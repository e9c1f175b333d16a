package de.koop.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.partner.ContactDetails;
import de.koop.domain.partner.PartnerData;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.EmailAddress;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import de.koop.domain.shared.PhoneNumber;
import de.koop.domain.shared.PostalAddress;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkTest {

    private static final NetworkId LEIKOP_ID = NetworkId.newId();

    private static Network leikop() {
        return Network.create(LEIKOP_ID, "Leipziger Kooperationsnetzwerk Pflege", "LeiKoP", "Stadt Leipzig",
                "Versorgung älterer Menschen verbessern", Admission.OPEN);
    }

    private static Partner partnerOf(NetworkId networkId, PersonId contactId) {
        return Partner.create(PartnerId.newId(), networkId, PartnerData.of("Sozialamt Leipzig",
                PartnerCategory.CITY_ADMINISTRATION, new PostalAddress("Prager Straße 21", "04103", "Leipzig")),
                List.of(new ContactDetails(Optional.of(contactId), "Anna Schmidt", Optional.of("Koordinatorin"),
                        Optional.of(new PhoneNumber("0341 123-4567")),
                        Optional.of(new EmailAddress("anna.schmidt@leipzig.de")))));
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
        void keepsTheGivenDataTrimmedAndStartsAtVersionZero() {
            Network network = Network.create(LEIKOP_ID, "  Leipziger Kooperationsnetzwerk Pflege ", " LeiKoP ",
                    " Stadt Leipzig ", "  Ziel 1\nZiel 2 ", Admission.OPEN);

            assertThat(network.getId()).isEqualTo(LEIKOP_ID);
            assertThat(network.getName()).isEqualTo("Leipziger Kooperationsnetzwerk Pflege");
            assertThat(network.getShortName()).contains("LeiKoP");
            assertThat(network.getRegion()).isEqualTo("Stadt Leipzig");
            assertThat(network.getGoals()).contains("Ziel 1\nZiel 2");
            assertThat(network.getAdmission()).isEqualTo(Admission.OPEN);
            assertThat(network.isOpen()).isTrue();
            assertThat(network.getCoordination()).isEmpty();
            assertThat(network.getVersion()).isZero();
        }

        @Test
        void shortNameAndGoalsAreOptional() {
            Network network = Network.create(LEIKOP_ID, "Planungsnetzwerk Nordsachsen", "  ", "Landkreis Nordsachsen",
                    null, Admission.CLOSED);

            assertThat(network.getShortName()).isEmpty();
            assertThat(network.getGoals()).isEmpty();
            assertThat(network.isOpen()).isFalse();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void requiresAName(String name) {
            InvalidValueException e = invalid(() ->
                    Network.create(LEIKOP_ID, name, "LeiKoP", "Stadt Leipzig", null, Admission.OPEN));

            assertThat(e.field()).isEqualTo("name");
            assertThat(e.reason()).isEqualTo("darf nicht leer sein");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void requiresARegion(String region) {
            InvalidValueException e = invalid(() ->
                    Network.create(LEIKOP_ID, "Pflegenetz", "LeiKoP", region, null, Admission.OPEN));

            assertThat(e.field()).isEqualTo("region");
        }

        @Test
        void requiresAnAdmission() {
            InvalidValueException e = invalid(() ->
                    Network.create(LEIKOP_ID, "Pflegenetz", "LeiKoP", "Stadt Leipzig", null, null));

            assertThat(e.field()).isEqualTo("admission");
        }

        @Test
        void refusesANameLongerThan200Characters() {
            InvalidValueException e = invalid(() ->
                    Network.create(LEIKOP_ID, "N".repeat(201), "LeiKoP", "Stadt Leipzig", null, Admission.OPEN));

            assertThat(e.field()).isEqualTo("name");
        }

        @Test
        void refusesGoalsLongerThan4000Characters() {
            InvalidValueException e = invalid(() ->
                    Network.create(LEIKOP_ID, "Pflegenetz", "LeiKoP", "Stadt Leipzig", "z".repeat(4001),
                            Admission.OPEN));

            assertThat(e.field()).isEqualTo("goals");
        }

        @ParameterizedTest
        @ValueSource(strings = {"LeiKoP", "PNN", "KoNet-2", "Netz.Süd", "2024Netz", "ÄKN"})
        void acceptsShortNamesOfLettersDigitsDotsAndHyphens(String shortName) {
            Network network = Network.create(LEIKOP_ID, "Pflegenetz", shortName, "Stadt Leipzig", null, Admission.OPEN);

            assertThat(network.getShortName()).contains(shortName);
        }

        @Test
        void acceptsAShortNameOfExactly30Characters() {
            String thirty = "K".repeat(30);

            assertThat(Network.create(LEIKOP_ID, "Pflegenetz", thirty, "Stadt Leipzig", null, Admission.OPEN)
                    .getShortName()).contains(thirty);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Lei KoP", "-LeiKoP", ".LeiKoP", "Lei/KoP", "Lei_KoP", "LeiKoP!"})
        void refusesShortNamesWithOtherCharactersOrAPunctuationStart(String shortName) {
            InvalidValueException e = invalid(() ->
                    Network.create(LEIKOP_ID, "Pflegenetz", shortName, "Stadt Leipzig", null, Admission.OPEN));

            assertThat(e.field()).isEqualTo("shortName");
            assertThat(e.reason()).contains("LeiKoP");
        }

        @Test
        void refusesAShortNameLongerThan30Characters() {
            InvalidValueException e = invalid(() ->
                    Network.create(LEIKOP_ID, "Pflegenetz", "K".repeat(31), "Stadt Leipzig", null, Admission.OPEN));

            assertThat(e.field()).isEqualTo("shortName");
        }
    }

    @Nested
    class Admissions {

        @Test
        void closingAnOpenNetworkClosesIt() {
            Network network = leikop();

            network.close();

            assertThat(network.isOpen()).isFalse();
            assertThat(network.getAdmission()).isEqualTo(Admission.CLOSED);
        }

        @Test
        void reopeningAClosedNetworkOpensIt() {
            Network network = leikop();
            network.close();

            network.reopen();

            assertThat(network.isOpen()).isTrue();
            assertThat(network.getAdmission()).isEqualTo(Admission.OPEN);
        }

        @Test
        void closingAClosedNetworkIsARuleViolation() {
            Network network = leikop();
            network.close();

            assertThatThrownBy(network::close)
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.rule()).isEqualTo(RuleCode.NETWORK_ALREADY_CLOSED);
                        assertThat(e.getMessage()).contains("Leipziger Kooperationsnetzwerk Pflege", "geschlossen");
                    });
            assertThat(network.isOpen()).isFalse();
        }

        @Test
        void reopeningAnOpenNetworkIsARuleViolation() {
            Network network = leikop();

            assertThatThrownBy(network::reopen)
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.rule()).isEqualTo(RuleCode.NETWORK_ALREADY_OPEN);
                        assertThat(e.getMessage()).contains("bereits für neue Partner offen");
                    });
            assertThat(network.isOpen()).isTrue();
        }
    }

    @Nested
    class Rename {

        @Test
        void changesNameAndShortName() {
            Network network = leikop();

            network.rename(" Pflegenetzwerk Leipzig ", "PNL");

            assertThat(network.getName()).isEqualTo("Pflegenetzwerk Leipzig");
            assertThat(network.getShortName()).contains("PNL");
        }

        @Test
        void aBlankShortNameRemovesIt() {
            Network network = leikop();

            network.rename("Pflegenetzwerk Leipzig", " ");

            assertThat(network.getShortName()).isEmpty();
        }

        @Test
        void anInvalidShortNameLeavesNameAndShortNameUnchanged() {
            Network network = leikop();

            InvalidValueException e = invalid(() -> network.rename("Pflegenetzwerk Leipzig", "Lei KoP"));

            assertThat(e.field()).isEqualTo("shortName");
            assertThat(network.getName()).isEqualTo("Leipziger Kooperationsnetzwerk Pflege");
            assertThat(network.getShortName()).contains("LeiKoP");
        }

        @Test
        void anInvalidNameLeavesNameAndShortNameUnchanged() {
            Network network = leikop();

            InvalidValueException e = invalid(() -> network.rename(" ", "PNL"));

            assertThat(e.field()).isEqualTo("name");
            assertThat(network.getName()).isEqualTo("Leipziger Kooperationsnetzwerk Pflege");
            assertThat(network.getShortName()).contains("LeiKoP");
        }
    }

    @Nested
    class AssignCoordination {

        @Test
        void setsThePartnerAndItsContactPersonAsCoordination() {
            Network network = leikop();
            PersonId anna = PersonId.newId();
            Partner socialOffice = partnerOf(LEIKOP_ID, anna);

            network.assignCoordination(socialOffice, anna);

            assertThat(network.getCoordination()).contains(new Coordination(socialOffice.getId(), anna));
        }

        @Test
        void handsTheCoordinationOverToAnotherPartner() {
            Network network = leikop();
            PersonId anna = PersonId.newId();
            PersonId ben = PersonId.newId();
            Partner first = partnerOf(LEIKOP_ID, anna);
            Partner second = partnerOf(LEIKOP_ID, ben);
            network.assignCoordination(first, anna);

            network.assignCoordination(second, ben);

            assertThat(network.getCoordination()).contains(new Coordination(second.getId(), ben));
        }

        @Test
        void refusesAPartnerOfAnotherNetwork() {
            Network network = leikop();
            PersonId anna = PersonId.newId();
            Partner stranger = partnerOf(NetworkId.newId(), anna);

            assertThatThrownBy(() -> network.assignCoordination(stranger, anna))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.rule()).isEqualTo(RuleCode.COORDINATOR_NOT_IN_NETWORK));
            assertThat(network.getCoordination()).isEmpty();
        }

        @Test
        void refusesAContactPersonWhoIsNotOneOfThePartnersContacts() {
            Network network = leikop();
            Partner socialOffice = partnerOf(LEIKOP_ID, PersonId.newId());

            InvalidValueException e = invalid(() -> network.assignCoordination(socialOffice, PersonId.newId()));

            assertThat(e.field()).isEqualTo("contactPersonId");
            assertThat(e.reason()).contains("Sozialamt Leipzig");
            assertThat(network.getCoordination()).isEmpty();
        }

        @Test
        void aRefusedHandOverKeepsTheCurrentCoordination() {
            Network network = leikop();
            PersonId anna = PersonId.newId();
            Partner socialOffice = partnerOf(LEIKOP_ID, anna);
            network.assignCoordination(socialOffice, anna);

            invalid(() -> network.assignCoordination(partnerOf(LEIKOP_ID, PersonId.newId()), PersonId.newId()));

            assertThat(network.getCoordination()).contains(new Coordination(socialOffice.getId(), anna));
        }
    }

    @Test
    void reconstitutionKeepsTheStoredVersionAndCoordination() {
        Coordination coordination = new Coordination(PartnerId.newId(), PersonId.newId());

        Network network = Network.reconstitute(LEIKOP_ID, "Pflegenetz", "LeiKoP", "Stadt Leipzig", null,
                Admission.CLOSED, coordination, 7);

        assertThat(network.getVersion()).isEqualTo(7);
        assertThat(network.getCoordination()).contains(coordination);
        assertThat(network.isOpen()).isFalse();
    }
}
