package de.koop.domain.declaration;

import static de.koop.domain.agreement.Agreements.agreement;
import static de.koop.domain.agreement.Agreements.date;
import static de.koop.domain.agreement.Agreements.invalid;
import static de.koop.domain.agreement.Agreements.violation;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.agreement.Agreements;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Rule 2: where the agreement allows it, a partner withdraws at any time, effective on receipt or on a
 * later date it asks for (leipzig § 8); otherwise the notice rule of the agreement applies (rule 3).
 */
class Rule2WithdrawalTest {

    private static final PartnerId CITY = PartnerId.newId();
    private static final PartnerId CARE_SERVICE = PartnerId.newId();

    /** LeiKoP: the city signed; unlimited, withdrawal at any time, in force from 1 February 2021. */
    private static Ledger leikop() {
        return Ledger.of(NetworkId.newId(), network -> Agreements.leipzig(network, CITY));
    }

    @Nested
    class AtAnyTime {

        @Test
        void takesEffectOnTheDayOfReceipt() {
            Ledger ledger = leikop();
            ledger.accede(CARE_SERVICE, "2023-04-01");

            Termination termination = ledger.terminate(CARE_SERVICE, "2025-05-05");

            assertThat(termination.partnerId()).isEqualTo(CARE_SERVICE);
            assertThat(termination.agreementId()).isEqualTo(ledger.agreement.getId());
            assertThat(termination.networkId()).isEqualTo(ledger.network.getId());
            assertThat(termination.receivedOn()).isEqualTo(date("2025-05-05"));
            assertThat(termination.requestedOn()).isEmpty();
            assertThat(termination.effectiveOn()).isEqualTo(date("2025-05-05"));
            assertThat(termination.successorDueBy()).isEmpty();
            assertThat(termination.ruleApplied()).isEqualTo(new TerminationRule.AnyTime().german());
            assertThat(termination.recordedBy()).isEqualTo("Koordinatorin Weber");
        }

        @Test
        void takesEffectOnALaterDateThePartnerAskedFor() {
            Ledger ledger = leikop();
            ledger.accede(CARE_SERVICE, "2023-04-01");

            Termination termination = ledger.terminate(CARE_SERVICE, "2025-05-05", "2025-06-30");

            assertThat(termination.requestedOn()).contains(date("2025-06-30"));
            assertThat(termination.effectiveOn()).isEqualTo(date("2025-06-30"));
        }

        @Test
        void aSignatoryMayWithdrawToo() {
            Ledger ledger = leikop();

            assertThat(ledger.terminate(CITY, "2025-05-05").effectiveOn()).isEqualTo(date("2025-05-05"));
        }

        @Test
        void aPartnerMayWithdrawOnTheDayItAcceded() {
            Ledger ledger = leikop();
            ledger.accede(CARE_SERVICE, "2025-05-05");

            ledger.terminate(CARE_SERVICE, "2025-05-05");

            assertThat(ledger.membership().isBound(CARE_SERVICE, date("2025-05-05"))).isTrue();
            assertThat(ledger.membership().isBound(CARE_SERVICE, date("2025-05-06"))).isFalse();
        }
    }

    @Nested
    class WithNotice {

        @Test
        void takesEffectAtThePeriodEndAndNamesTheRuleAndTheSuccessorDeadline() {
            PartnerId district = PartnerId.newId();
            Ledger ledger = Ledger.of(NetworkId.newId(), network -> agreement().network(network)
                    .parties(CITY, district).term(Agreements.NRW_TERM)
                    .termination(Agreements.SIX_MONTHS_TO_YEAR_END).successorRequired()
                    .concludedOn("2024-03-15").build());

            Termination inTime = ledger.terminate(district, "2026-06-30");

            assertThat(inTime.effectiveOn()).isEqualTo(date("2026-12-31"));
            assertThat(inTime.successorDueBy()).contains(date("2026-12-31"));
            assertThat(inTime.ruleApplied()).isEqualTo(Agreements.SIX_MONTHS_TO_YEAR_END.german())
                    .contains("Kalenderjahres");
            assertThat(ledger.terminate(CITY, "2026-07-01").effectiveOn()).isEqualTo(date("2027-12-31"));
        }
    }

    @Nested
    class Refused {

        @Test
        void whenReceivedBeforeTheAgreementTookEffect() {
            Ledger ledger = leikop();

            assertThat(invalid(() -> ledger.terminate(CITY, "2021-01-31")).field()).isEqualTo("receivedOn");
            assertThat(invalid(() -> ledger.agreement.terminationEffectiveDate(date("2021-01-31"), null)).field())
                    .isEqualTo("receivedOn");
            assertThat(ledger.agreement.terminationEffectiveDate(date("2021-02-01"), null))
                    .isEqualTo(date("2021-02-01"));
        }

        @Test
        void whenTheRequestedDateIsBeforeReceipt() {
            Ledger ledger = leikop();

            assertThat(invalid(() -> ledger.terminate(CITY, "2025-05-05", "2025-05-04")).field())
                    .isEqualTo("requestedOn");
            assertThat(invalid(() -> ledger.agreement.terminationEffectiveDate(date("2025-05-05"), date("2025-05-04")))
                    .field()).isEqualTo("requestedOn");
            assertThat(ledger.agreement.terminationEffectiveDate(date("2025-05-05"), date("2025-05-05")))
                    .isEqualTo(date("2025-05-05"));
        }

        @Test
        void withoutADayOfReceipt() {
            Ledger ledger = leikop();

            assertThat(invalid(() -> ledger.agreement.terminationEffectiveDate(null, null)).field())
                    .isEqualTo("receivedOn");
        }

        @Test
        void forAPartnerThatWasNeverBound() {
            Ledger ledger = leikop();

            assertThat(violation(() -> ledger.terminate(CARE_SERVICE, "2025-05-05")).rule()).isEqualTo(RuleCode.PARTNER_NOT_BOUND);
        }

        @Test
        void forAPartnerThatAccededOnlyLater() {
            Ledger ledger = leikop();
            ledger.accede(CARE_SERVICE, "2025-05-06");

            assertThat(violation(() -> ledger.terminate(CARE_SERVICE, "2025-05-05")).rule()).isEqualTo(RuleCode.PARTNER_NOT_BOUND);
        }

        @Test
        void whileATerminationIsPending() {
            Ledger ledger = leikop();
            ledger.terminate(CITY, "2025-05-05", "2025-06-30");

            assertThat(violation(() -> ledger.terminate(CITY, "2025-05-20")).rule()).isEqualTo(RuleCode.PARTNER_ALREADY_TERMINATED);
            assertThat(violation(() -> ledger.terminate(CITY, "2025-06-30")).rule()).isEqualTo(RuleCode.PARTNER_ALREADY_TERMINATED);
        }

        @Test
        void afterTheTerminationTookEffect() {
            Ledger ledger = leikop();
            ledger.terminate(CITY, "2025-05-05");

            assertThat(violation(() -> ledger.terminate(CITY, "2025-05-06")).rule()).isEqualTo(RuleCode.PARTNER_NOT_BOUND);
            assertThat(ledger.declarations).hasSize(1);
        }
    }

    @Nested
    class Rejoining {

        @Test
        void isAllowedTheDayAfterTheWithdrawalTookEffect() {
            Ledger ledger = leikop();
            ledger.accede(CARE_SERVICE, "2023-04-01");
            ledger.terminate(CARE_SERVICE, "2025-05-05", "2025-06-30");

            assertThat(violation(() -> ledger.accede(CARE_SERVICE, "2025-06-30")).rule()).isEqualTo(RuleCode.PARTNER_ALREADY_BOUND);
            ledger.accede(CARE_SERVICE, "2025-07-01");

            Membership membership = ledger.membership();
            assertThat(membership.isBound(CARE_SERVICE, date("2025-06-30"))).isTrue();
            assertThat(membership.isBound(CARE_SERVICE, date("2025-07-01"))).isTrue();
            assertThat(membership.boundSpan(CARE_SERVICE, date("2025-07-01")).orElseThrow().since())
                    .isEqualTo(date("2025-07-01"));
            assertThat(membership.history()).filteredOn(s -> s.partnerId().equals(CARE_SERVICE)).containsExactly(
                    new BoundParty(CARE_SERVICE, BoundParty.Basis.ACCESSION, date("2023-04-01"),
                            Optional.of(date("2025-06-30"))),
                    new BoundParty(CARE_SERVICE, BoundParty.Basis.ACCESSION, date("2025-07-01"), Optional.empty()));
        }

        @Test
        void aSignatoryThatWithdrewRejoinsByAccession() {
            Ledger ledger = leikop();
            ledger.terminate(CITY, "2024-01-15");

            ledger.accede(CITY, "2024-09-01");

            Membership membership = ledger.membership();
            assertThat(membership.isBound(CITY, date("2024-08-31"))).isFalse();
            assertThat(membership.boundSpan(CITY, date("2024-09-01")).orElseThrow().basis())
                    .isEqualTo(BoundParty.Basis.ACCESSION);
        }

        @Test
        void andTheRejoinedPartnerMayWithdrawAgain() {
            Ledger ledger = leikop();
            ledger.accede(CARE_SERVICE, "2023-04-01");
            ledger.terminate(CARE_SERVICE, "2024-01-15");
            ledger.accede(CARE_SERVICE, "2024-09-01");

            ledger.terminate(CARE_SERVICE, "2025-03-03");

            Membership membership = ledger.membership();
            assertThat(membership.isBound(CARE_SERVICE, date("2025-03-03"))).isTrue();
            assertThat(membership.isBound(CARE_SERVICE, date("2025-03-04"))).isFalse();
            assertThat(membership.history()).filteredOn(s -> s.partnerId().equals(CARE_SERVICE))
                    .extracting(BoundParty::until)
                    .containsExactly(Optional.of(date("2024-01-15")), Optional.of(date("2025-03-03")));
        }
    }

    @Test
    void aTerminationNeedsItsRecording() {
        Ledger ledger = leikop();

        assertThat(invalid(() -> Termination.declare(DeclarationId.newId(), ledger.agreement, ledger.membership(),
                CITY, null, new Recording(date("2025-05-05"), " ", Ledger.noon("2025-05-05")))).field())
                .isEqualTo("recordedBy");
    }
}
