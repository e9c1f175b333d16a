package de.koop.domain.agreement;

import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.Objects;

/** How a party may terminate (or withdraw from) an agreement. */
public sealed interface TerminationRule {

    /**
     * The day the termination takes effect: the last day the party is bound.
     *
     * @param requested a later date the party asked for, or {@code null}
     */
    LocalDate effectiveDate(LocalDate received, LocalDate requested);

    /**
     * Whether the later day the party asked for, rather than the day of receipt, set the effective day.
     *
     * @param requested a later date the party asked for, or {@code null}
     */
    boolean requestDecides(LocalDate received, LocalDate requested);

    /** The rule in words, for the coordinator and for the confirmation sent to the party. */
    String german();

    /** Termination at any time: effective on receipt, or on the later date asked for. */
    record AnyTime() implements TerminationRule {
        @Override
        public LocalDate effectiveDate(LocalDate received, LocalDate requested) {
            Objects.requireNonNull(received, "received");
            return requestDecides(received, requested) ? requested : received;
        }

        @Override
        public boolean requestDecides(LocalDate received, LocalDate requested) {
            Objects.requireNonNull(received, "received");
            return requested != null && requested.isAfter(received);
        }

        @Override
        public String german() {
            return "jederzeit, wirksam mit Zugang oder zum gewünschten späteren Datum";
        }
    }

    /**
     * No ordinary termination: the agreement ends with its term or when a successor replaces it
     * (the NRW template has no termination clause).
     */
    record Excluded() implements TerminationRule {
        @Override
        public LocalDate effectiveDate(LocalDate received, LocalDate requested) {
            throw new RuleViolationException(RuleCode.TERMINATION_EXCLUDED,
                    "Diese Vereinbarung sieht keine ordentliche Kündigung vor; sie endet mit ihrer Laufzeit oder "
                            + "wird durch eine Nachfolgevereinbarung abgelöst.");
        }

        @Override
        public boolean requestDecides(LocalDate received, LocalDate requested) {
            return false;
        }

        @Override
        public String german() {
            return "keine ordentliche Kündigung";
        }
    }

    /** Termination only with notice to the end of a period, optionally in written form. */
    record WithNotice(NoticePeriod notice, boolean writtenForm) implements TerminationRule {
        public WithNotice {
            Objects.requireNonNull(notice, "notice");
        }

        @Override
        public LocalDate effectiveDate(LocalDate received, LocalDate requested) {
            return notice.effectiveDate(received, requested);
        }

        @Override
        public boolean requestDecides(LocalDate received, LocalDate requested) {
            return notice.requestDecides(received, requested);
        }

        @Override
        public String german() {
            return "mit einer Frist von " + notice.german() + (writtenForm ? ", schriftlich" : "");
        }
    }
}
