package de.koop.domain.declaration;

import static de.koop.domain.agreement.Agreements.agreement;
import static de.koop.domain.agreement.Agreements.date;
import static de.koop.domain.agreement.Agreements.invalid;
import static de.koop.domain.agreement.Agreements.violation;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.agreement.Agreements;
import de.koop.domain.agreement.RenewalRule;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TermStart;
import de.koop.domain.network.Network;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rule 1: a partner joins an open network by a written accession that accepts the agreement in force. */
class Rule1AccessionTest {

    private static final PartnerId CITY = PartnerId.newId();
    private static final PartnerId CARE_SERVICE = PartnerId.newId();

    /** LeiKoP: the city signed; unlimited, in force from 1 February 2021. */
    private static Ledger leikop() {
        return Ledger.of(NetworkId.newId(), network -> Agreements.leipzig(network, CITY));
    }

    private static Accession accept(Ledger ledger, Network network, int version, boolean noCommercialSelfInterest,
                                    String signedOn, String receivedOn) {
        return Accession.accept(DeclarationId.newId(), network, ledger.agreement, ledger.membership(), CARE_SERVICE,
                version, Ledger.CONTACT, true, false, noCommercialSelfInterest, date(signedOn),
                ledger.received(receivedOn));
    }

    private static Accession accept(Ledger ledger, int version, String signedOn, String receivedOn) {
        return accept(ledger, ledger.network, version, true, signedOn, receivedOn);
    }

    @Nested
    class Accepted {

        @Test
        void keepsWhatThePartnerDeclared() {
            Ledger ledger = leikop();
            DeclarationId id = DeclarationId.newId();
            Recording recording = new Recording(date("2025-05-06"), "  Koordinatorin Weber ", Ledger.noon("2025-05-06"));

            Accession accession = Accession.accept(id, ledger.network, ledger.agreement, ledger.membership(),
                    CARE_SERVICE, 1, Ledger.CONTACT, true, false, true, date("2025-05-02"), recording);

            assertThat(accession.id()).isEqualTo(id);
            assertThat(accession.networkId()).isEqualTo(ledger.network.getId());
            assertThat(accession.agreementId()).isEqualTo(ledger.agreement.getId());
            assertThat(accession.partnerId()).isEqualTo(CARE_SERVICE);
            assertThat(accession.acceptedVersion()).isEqualTo(1);
            assertThat(accession.contact()).isEqualTo(Ledger.CONTACT);
            assertThat(accession.publishLogo()).isTrue();
            assertThat(accession.publishContacts()).isFalse();
            assertThat(accession.signedOn()).isEqualTo(date("2025-05-02"));
            assertThat(accession.receivedOn()).isEqualTo(date("2025-05-06"));
            assertThat(accession.recordedBy()).isEqualTo("Koordinatorin Weber");
            assertThat(accession.recordedAt()).isEqualTo(Ledger.noon("2025-05-06"));
        }

        @Test
        void bindsThePartnerFromTheDayOfReceipt() {
            Ledger ledger = leikop();

            ledger.accede(CARE_SERVICE, "2025-05-06");

            Membership membership = ledger.membership();
            assertThat(membership.isBound(CARE_SERVICE, date("2025-05-05"))).isFalse();
            assertThat(membership.isBound(CARE_SERVICE, date("2025-05-06"))).isTrue();
            assertThat(membership.boundSpan(CARE_SERVICE, date("2030-01-01"))).contains(new BoundParty(CARE_SERVICE,
                    BoundParty.Basis.ACCESSION, date("2025-05-06"), Optional.empty()));
        }

        @Test
        void mayBeSignedOnTheDayItIsReceived() {
            assertThat(accept(leikop(), 1, "2025-05-06", "2025-05-06").signedOn()).isEqualTo(date("2025-05-06"));
        }

        @Test
        void acceptsTheVersionInForceOnTheDayOfReceipt() {
            Ledger ledger = leikop();
            ledger.agreement.concludeVersion(date("2025-06-01"), date("2026-01-01"), null, null);

            assertThat(accept(ledger, 1, "2025-12-30", "2025-12-31").acceptedVersion()).isEqualTo(1);
            assertThat(accept(ledger, 2, "2026-01-01", "2026-01-01").acceptedVersion()).isEqualTo(2);
        }
    }

    @Nested
    class Refused {

        @Test
        void whenBackdatedBeforeAnAccessionOfTheSamePartner() {
            Ledger ledger = leikop();
            ledger.accede(CARE_SERVICE, "2025-06-01");

            RuleViolationException refused = violation(() -> ledger.accede(CARE_SERVICE, "2025-05-01"));

            assertThat(refused.rule()).isEqualTo(RuleCode.PARTNER_ALREADY_BOUND);
            assertThat(ledger.membership().history()).hasSize(2);
        }

        @Test
        void byAClosedNetwork() {
            Ledger ledger = leikop();
            ledger.network.close();

            assertThat(violation(() -> accept(ledger, 1, "2025-05-02", "2025-05-06")).rule())
                    .isEqualTo(RuleCode.NETWORK_CLOSED);
        }

        @Test
        void underTheAgreementOfAnotherNetwork() {
            Ledger ledger = leikop();
            Network other = Ledger.openNetwork(NetworkId.newId());

            assertThat(invalid(() -> accept(ledger, other, 1, true, "2025-05-02", "2025-05-06")).field())
                    .isEqualTo("agreementId");
        }

        @Test
        void beforeTheAgreementTookEffect() {
            Ledger ledger = leikop();

            assertThat(violation(() -> accept(ledger, 1, "2021-01-20", "2021-01-31")).rule())
                    .isEqualTo(RuleCode.AGREEMENT_NOT_IN_FORCE);
        }

        @Test
        void afterTheAgreementsTermRanOut() {
            Ledger ledger = Ledger.of(NetworkId.newId(), network -> agreement().network(network).parties(CITY)
                    .term(new Term.Fixed(2, TermStart.EFFECTIVE_DATE, 0, RenewalRule.NONE))
                    .concludedOn("2024-03-01").build());

            assertThat(accept(ledger, 1, "2026-02-28", "2026-02-28").receivedOn()).isEqualTo(date("2026-02-28"));
            assertThat(violation(() -> accept(ledger, 1, "2026-03-01", "2026-03-01")).rule())
                    .isEqualTo(RuleCode.AGREEMENT_NOT_IN_FORCE);
        }

        @Test
        void whenItAcceptsAnotherVersionThanTheOneInForce() {
            Ledger ledger = leikop();
            ledger.agreement.concludeVersion(date("2025-06-01"), date("2026-01-01"), null, null);

            assertThat(invalid(() -> accept(ledger, 2, "2025-12-30", "2025-12-31")).field())
                    .isEqualTo("acceptedVersion");
            assertThat(invalid(() -> accept(ledger, 1, "2026-01-01", "2026-01-02")).field())
                    .isEqualTo("acceptedVersion");
        }

        @Test
        void whenItAcceptsAProposalThatIsNotConcludedYet() {
            Ledger ledger = leikop();
            ledger.agreement.proposeAmendment(date("2025-03-01"), null, null, null);

            assertThat(invalid(() -> accept(ledger, 2, "2025-05-02", "2025-05-06")).field())
                    .isEqualTo("acceptedVersion");
        }

        @Test
        void withoutTheDeclarationOfNoCommercialSelfInterest() {
            Ledger ledger = leikop();

            assertThat(invalid(() -> accept(ledger, ledger.network, 1, false, "2025-05-02", "2025-05-06")).field())
                    .isEqualTo("noCommercialSelfInterest");
        }

        @Test
        void forASignatory() {
            Ledger ledger = leikop();

            assertThat(violation(() -> ledger.accede(CITY, "2025-05-06")).rule()).isEqualTo(RuleCode.PARTNER_ALREADY_BOUND);
        }

        @Test
        void forAPartnerThatAlreadyAcceded() {
            Ledger ledger = leikop();
            ledger.accede(CARE_SERVICE, "2025-05-06");

            assertThat(violation(() -> ledger.accede(CARE_SERVICE, "2025-05-06")).rule()).isEqualTo(RuleCode.PARTNER_ALREADY_BOUND);
            assertThat(violation(() -> ledger.accede(CARE_SERVICE, "2026-01-15")).rule()).isEqualTo(RuleCode.PARTNER_ALREADY_BOUND);
            assertThat(ledger.declarations).hasSize(1);
        }

        @Test
        void whenSignedAfterItWasReceived() {
            Ledger ledger = leikop();

            assertThat(invalid(() -> accept(ledger, 1, "2025-05-07", "2025-05-06")).field()).isEqualTo("signedOn");
        }

        @Test
        void withoutASigningDate() {
            Ledger ledger = leikop();

            assertThat(invalid(() -> Accession.accept(DeclarationId.newId(), ledger.network, ledger.agreement,
                    ledger.membership(), CARE_SERVICE, 1, Ledger.CONTACT, true, false, true, null,
                    ledger.received("2025-05-06"))).field()).isEqualTo("signedOn");
        }
    }

    @Nested
    class Recordings {

        @Test
        void nameWhoRecordedTheDeclaration() {
            assertThat(invalid(() -> new Recording(date("2025-05-06"), "  ", Ledger.noon("2025-05-06"))).field())
                    .isEqualTo("recordedBy");
            assertThat(invalid(() -> new Recording(date("2025-05-06"), null, Ledger.noon("2025-05-06"))).field())
                    .isEqualTo("recordedBy");
        }

        @Test
        void needTheDayOfReceipt() {
            assertThat(invalid(() -> new Recording(null, "Koordinatorin Weber", Ledger.noon("2025-05-06"))).field())
                    .isEqualTo("receivedOn");
        }

        @Test
        void accessionContactsNeedOrganisationAndName() {
            assertThat(invalid(() -> new AccessionContact(" ", "Clara Berg", Ledger.CONTACT.phone(),
                    Ledger.CONTACT.email())).field()).isEqualTo("organisation");
            assertThat(invalid(() -> new AccessionContact("Pflegedienst", "", Ledger.CONTACT.phone(),
                    Ledger.CONTACT.email())).field()).isEqualTo("name");
        }
    }
}
