package de.koop.domain.declaration;

import static de.koop.domain.agreement.Agreements.agreement;
import static de.koop.domain.agreement.Agreements.date;
import static org.assertj.core.api.Assertions.assertThat;

import de.koop.domain.agreement.Agreements;
import de.koop.domain.agreement.RenewalRule;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TermStart;
import de.koop.domain.shared.DeclarationId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who is bound by an agreement on a given day, computed from its signatories and the declarations. */
class MembershipTest {

    private static final PartnerId CITY = PartnerId.newId();
    private static final PartnerId HEALTH_INSURER = PartnerId.newId();
    private static final PartnerId CARE_SERVICE = PartnerId.newId();
    private static final PartnerId HOSPICE = PartnerId.newId();

    /** City and insurer signed; in force from 1 February 2021; unlimited, withdrawal at any time. */
    private static Ledger leikop() {
        return Ledger.of(NetworkId.newId(), network -> Agreements.leipzig(network, CITY, HEALTH_INSURER));
    }

    /** The care service acceded on 1 April 2023 and withdrew on 5 May 2025 as of 30 June 2025. */
    private static Ledger withWithdrawal() {
        Ledger ledger = leikop();
        ledger.accede(CARE_SERVICE, "2023-04-01");
        ledger.terminate(CARE_SERVICE, "2025-05-05", "2025-06-30");
        return ledger;
    }

    @Test
    void signatoriesAreBoundFromTheFirstEffectiveDate() {
        Membership membership = leikop().membership();

        assertThat(membership.isBound(CITY, date("2021-01-31"))).isFalse();
        assertThat(membership.boundOn(date("2021-01-31"))).isEmpty();
        assertThat(membership.boundOn(date("2021-02-01"))).containsExactly(
                new BoundParty(CITY, BoundParty.Basis.SIGNATORY, date("2021-02-01"), Optional.empty()),
                new BoundParty(HEALTH_INSURER, BoundParty.Basis.SIGNATORY, date("2021-02-01"), Optional.empty()));
    }

    @ParameterizedTest(name = "on {0} the care service is bound: {1}")
    @CsvSource({
            "2023-03-31, false",
            "2023-04-01, true",
            "2025-05-05, true",
            "2025-06-29, true",
            "2025-06-30, true",
            "2025-07-01, false",
            "2030-01-01, false",
    })
    void aPartnerIsBoundFromAccessionUpToAndIncludingTheDayItsWithdrawalTakesEffect(String day, boolean bound) {
        Membership membership = withWithdrawal().membership();

        assertThat(membership.isBound(CARE_SERVICE, date(day))).isEqualTo(bound);
        assertThat(membership.boundSpan(CARE_SERVICE, date(day)).isPresent()).isEqualTo(bound);
        assertThat(membership.boundOn(date(day)).stream().anyMatch(s -> s.partnerId().equals(CARE_SERVICE)))
                .isEqualTo(bound);
        assertThat(membership.isBound(CITY, date(day))).isTrue();
    }

    @Test
    void listsSignatoriesFirstThenAccessionsInTheOrderTheyWereReceived() {
        Ledger ledger = leikop();
        ledger.accede(HOSPICE, "2022-09-01");
        ledger.accede(CARE_SERVICE, "2023-04-01");

        assertThat(ledger.membership().boundOn(date("2024-01-01"))).extracting(BoundParty::partnerId)
                .containsExactly(CITY, HEALTH_INSURER, HOSPICE, CARE_SERVICE);
    }

    @Test
    void ordersDeclarationsByReceiptWhateverOrderTheyAreGivenIn() {
        Ledger ledger = withWithdrawal();
        List<Declaration> reversed = new ArrayList<>(ledger.declarations);
        Collections.reverse(reversed);

        Membership membership = Membership.of(ledger.agreement, reversed);

        assertThat(membership.boundSpan(CARE_SERVICE, date("2025-06-30"))).contains(new BoundParty(CARE_SERVICE,
                BoundParty.Basis.ACCESSION, date("2023-04-01"), Optional.of(date("2025-06-30"))));
        assertThat(membership.isBound(CARE_SERVICE, date("2025-07-01"))).isFalse();
    }

    @Test
    void ignoresDeclarationsUnderAnotherAgreementAndReadinessDeclarations() {
        Ledger ledger = leikop();
        Ledger other = Ledger.of(ledger.network.getId(), network -> Agreements.leipzig(network, CITY));
        other.accede(CARE_SERVICE, "2023-04-01");
        other.terminate(CITY, "2024-01-15");
        List<Declaration> mixed = new ArrayList<>(other.declarations);
        mixed.add(readiness("2023-05-01"));

        Membership membership = Membership.of(ledger.agreement, mixed);

        assertThat(membership.isBound(CARE_SERVICE, date("2023-06-01"))).isFalse();
        assertThat(membership.isBound(CITY, date("2024-06-01"))).isTrue();
        assertThat(membership.history()).hasSize(2);
    }

    @Test
    void nobodyIsBoundOnceTheAgreementRanOut() {
        Ledger ledger = Ledger.of(NetworkId.newId(), network -> agreement().network(network).parties(CITY)
                .term(new Term.Fixed(2, TermStart.EFFECTIVE_DATE, 0, RenewalRule.NONE))
                .concludedOn("2024-03-01").build());
        ledger.accede(CARE_SERVICE, "2025-01-10");
        Membership membership = ledger.membership();

        assertThat(membership.boundOn(date("2026-02-28"))).extracting(BoundParty::partnerId)
                .containsExactly(CITY, CARE_SERVICE);
        assertThat(membership.boundOn(date("2026-03-01"))).isEmpty();
        assertThat(membership.isBound(CITY, date("2026-03-01"))).isFalse();
        assertThat(membership.boundSpan(CARE_SERVICE, date("2026-03-01"))).isEmpty();
        assertThat(membership.history()).hasSize(2);
    }

    @Test
    void keepsPastSpansInItsHistory() {
        Membership membership = withWithdrawal().membership();

        assertThat(membership.history()).containsExactly(
                new BoundParty(CITY, BoundParty.Basis.SIGNATORY, date("2021-02-01"), Optional.empty()),
                new BoundParty(HEALTH_INSURER, BoundParty.Basis.SIGNATORY, date("2021-02-01"), Optional.empty()),
                new BoundParty(CARE_SERVICE, BoundParty.Basis.ACCESSION, date("2023-04-01"),
                        Optional.of(date("2025-06-30"))));
    }

    @Test
    void aWithdrawalOfASignatoryEndsItsSignatorySpan() {
        Ledger ledger = leikop();
        ledger.terminate(HEALTH_INSURER, "2024-01-15");

        Membership membership = ledger.membership();

        assertThat(membership.boundOn(date("2024-01-16"))).extracting(BoundParty::partnerId).containsExactly(CITY);
        assertThat(membership.boundSpan(HEALTH_INSURER, date("2024-01-15")).orElseThrow().until())
                .contains(date("2024-01-15"));
    }

    @Test
    void aBoundPartyCoversItsFirstAndLastDayOnly() {
        BoundParty span = new BoundParty(CARE_SERVICE, BoundParty.Basis.ACCESSION, date("2023-04-01"),
                Optional.of(date("2025-06-30")));

        assertThat(span.covers(date("2023-03-31"))).isFalse();
        assertThat(span.covers(date("2023-04-01"))).isTrue();
        assertThat(span.covers(date("2025-06-30"))).isTrue();
        assertThat(span.covers(date("2025-07-01"))).isFalse();
    }

    private static Readiness readiness(String receivedOn) {
        return new Readiness(DeclarationId.newId(), NetworkId.newId(), Optional.of(CARE_SERVICE), "Clara Berg",
                Optional.empty(), List.of("AG Demenz"), date(receivedOn), "Koordinatorin Weber",
                Ledger.noon(receivedOn));
    }
}
