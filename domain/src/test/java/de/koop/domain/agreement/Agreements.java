package de.koop.domain.agreement;

import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.DomainException;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Test fixture: agreements shaped like the three sources, built with as little noise as possible. */
public final class Agreements {

    public static final TerminationRule ANY_TIME = new TerminationRule.AnyTime();

    /** "sechs Monate zum Ende des Kalenderjahres, schriftlich" (rule 3). */
    public static final TerminationRule SIX_MONTHS_TO_YEAR_END =
            new TerminationRule.WithNotice(new NoticePeriod(6, ChronoUnit.MONTHS, PeriodEnd.CALENDAR_YEAR), true);

    /** NRW § 17(2): five years from the end of the year it took effect, reviewed, renewed unless changed. */
    public static final Term NRW_TERM = new Term.Fixed(5, TermStart.END_OF_EFFECTIVE_YEAR, 6,
            RenewalRule.RENEW_UNLESS_CHANGE_NEEDED);

    private Agreements() {
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    public static Builder agreement() {
        return new Builder();
    }

    /** Leipzig § 8: unlimited, withdrawal at any time, in force from 1 February 2021. */
    public static Agreement leipzig(NetworkId network, PartnerId... parties) {
        return agreement().network(network).parties(parties).concludedOn("2021-01-15").effectiveOn("2021-02-01").build();
    }

    public static Review noChangeNeeded(String heldOn) {
        return new Review(date(heldOn), false, Optional.empty());
    }

    public static Review changeNeeded(String heldOn) {
        return new Review(date(heldOn), true, Optional.of("Datenlieferung neu regeln"));
    }

    public static InvalidValueException invalid(Runnable action) {
        return expect(InvalidValueException.class, action);
    }

    public static RuleViolationException violation(Runnable action) {
        return expect(RuleViolationException.class, action);
    }

    private static <E extends DomainException> E expect(Class<E> type, Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            throw new AssertionError("expected a " + type.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected a " + type.getSimpleName());
    }

    /** Defaults: one network, parties given or two new ones, unlimited, withdrawal any time, no successor duty. */
    public static final class Builder {
        private AgreementId id = AgreementId.newId();
        private NetworkId network = NetworkId.newId();
        private AgreementKind kind = AgreementKind.FRAMEWORK_AGREEMENT;
        private List<PartnerId> parties = List.of(PartnerId.newId(), PartnerId.newId());
        private Term term = new Term.Unlimited();
        private TerminationRule rule = ANY_TIME;
        private boolean successorRequired;
        private LocalDate concludedOn = date("2024-01-10");
        private LocalDate effectiveOn;

        public Builder id(AgreementId value) {
            id = value;
            return this;
        }

        public Builder network(NetworkId value) {
            network = value;
            return this;
        }

        public Builder kind(AgreementKind value) {
            kind = value;
            return this;
        }

        public Builder parties(PartnerId... value) {
            parties = List.of(value);
            return this;
        }

        public Builder term(Term value) {
            term = value;
            return this;
        }

        public Builder termination(TerminationRule value) {
            rule = value;
            return this;
        }

        public Builder successorRequired() {
            successorRequired = true;
            return this;
        }

        public Builder concludedOn(String iso) {
            concludedOn = date(iso);
            return this;
        }

        /** The agreed effective date; not calling this means "on signing". */
        public Builder effectiveOn(String iso) {
            effectiveOn = date(iso);
            return this;
        }

        public Agreement build() {
            return Agreement.conclude(id, network, kind, "Rahmenvereinbarung", "§ 8 Abs. 2 SGB XI", parties,
                    List.of(new Annex("Beitrittserklärung", "anlage-1.pdf")), term, rule, successorRequired,
                    concludedOn, effectiveOn, "rahmenvereinbarung-v1.pdf");
        }
    }
}
