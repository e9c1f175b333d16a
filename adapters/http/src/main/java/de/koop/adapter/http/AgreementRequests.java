package de.koop.adapter.http;

import static io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue.FALSE;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import de.koop.domain.agreement.AgreementKind;
import de.koop.domain.agreement.NoticePeriod;
import de.koop.domain.agreement.PeriodEnd;
import de.koop.domain.agreement.RenewalRule;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TermStart;
import de.koop.domain.agreement.TerminationRule;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The bodies coordinators send about agreements; read strictly by {@link RequestReader}. */
final class AgreementRequests {

    private AgreementRequests() {
    }

    /**
     * An agreement its parties concluded: its rules as data and its first version. Without
     * {@code effectiveOn} it takes effect on signing.
     */
    @Schema(name = "AgreementConclusion", additionalProperties = FALSE)
    record Conclude(AgreementKind kind, @Size(max = 300) String title,
                    @Nullable @Size(max = 2000) String legalBasis,
                    @Size(min = 1) List<UUID> parties, @Nullable List<Annex> annexes, TermBody term,
                    TerminationBody termination, @Nullable Boolean successorRequired, LocalDate concludedOn,
                    @Nullable LocalDate effectiveOn, @Nullable @Size(max = 500) String textReference) {
    }

    /** An annex (Anlage): its title and where its text is kept. */
    @Schema(name = "Annex", additionalProperties = FALSE)
    record Annex(@Size(max = 200) String title, @Nullable @Size(max = 500) String reference) {
    }

    /**
     * How long the agreement runs: unlimited, or a number of years counted from its effective date or
     * from the end of that year, reviewed some months before it ends, then renewed or ended.
     */
    @Schema(name = "Term", oneOf = {TermBody.Unlimited.class, TermBody.Fixed.class}, discriminatorProperty = "type",
            discriminatorMapping = {@DiscriminatorMapping(value = "UNLIMITED", schema = TermBody.Unlimited.class),
                @DiscriminatorMapping(value = "FIXED", schema = TermBody.Fixed.class)})
    sealed interface TermBody {

        /** The term as the domain keeps it. */
        Term toTerm();

        /** Runs until terminated or replaced. */
        @Schema(name = "UnlimitedTerm", additionalProperties = FALSE)
        record Unlimited(@Schema(allowableValues = "UNLIMITED", requiredMode = REQUIRED) String type)
                implements TermBody {
            @Override
            public Term toTerm() {
                return new Term.Unlimited();
            }
        }

        /** Runs {@code years} years; without {@code renewal} it ends with its term. */
        @Schema(name = "FixedTerm", additionalProperties = FALSE)
        record Fixed(@Schema(allowableValues = "FIXED", requiredMode = REQUIRED) String type,
                     @Min(1) @Max(50) int years, TermStart countedFrom,
                     @Nullable @Min(0) Integer reviewMonthsBefore, @Nullable RenewalRule renewal)
                implements TermBody {
            @Override
            public Term toTerm() {
                return new Term.Fixed(years, countedFrom, reviewMonthsBefore == null ? 0 : reviewMonthsBefore,
                        renewal == null ? RenewalRule.NONE : renewal);
            }
        }
    }

    /** How a party may terminate: at any time, with notice to a period end, or not at all. */
    @Schema(name = "TerminationRule", oneOf = {TerminationBody.AnyTime.class, TerminationBody.Notice.class,
        TerminationBody.Excluded.class}, discriminatorProperty = "type", discriminatorMapping = {
            @DiscriminatorMapping(value = "ANY_TIME", schema = TerminationBody.AnyTime.class),
            @DiscriminatorMapping(value = "NOTICE", schema = TerminationBody.Notice.class),
            @DiscriminatorMapping(value = "EXCLUDED", schema = TerminationBody.Excluded.class)})
    sealed interface TerminationBody {

        /** The rule as the domain keeps it. */
        TerminationRule toRule();

        /** At any time, effective on receipt or on a later day asked for. */
        @Schema(name = "TerminationAnyTime", additionalProperties = FALSE)
        record AnyTime(@Schema(allowableValues = "ANY_TIME", requiredMode = REQUIRED) String type)
                implements TerminationBody {
            @Override
            public TerminationRule toRule() {
                return new TerminationRule.AnyTime();
            }
        }

        /** With notice ("sechs Monate zum Ende des Kalenderjahres"), in writing if {@code writtenForm}. */
        @Schema(name = "TerminationWithNotice", additionalProperties = FALSE)
        record Notice(@Schema(allowableValues = "NOTICE", requiredMode = REQUIRED) String type, NoticeBody notice, @Nullable Boolean writtenForm) implements TerminationBody {
            @Override
            public TerminationRule toRule() {
                return new TerminationRule.WithNotice(notice.toPeriod(), Boolean.TRUE.equals(writtenForm));
            }
        }

        /** No ordinary termination: the agreement ends with its term or is replaced by a successor. */
        @Schema(name = "TerminationExcluded", additionalProperties = FALSE)
        record Excluded(@Schema(allowableValues = "EXCLUDED", requiredMode = REQUIRED) String type)
                implements TerminationBody {
            @Override
            public TerminationRule toRule() {
                return new TerminationRule.Excluded();
            }
        }
    }

    /** A notice period; without {@code periodEnd} it ends on the day it runs out. */
    @Schema(name = "NoticePeriod", additionalProperties = FALSE)
    record NoticeBody(@Min(1) @Max(120) int length, NoticeUnit unit,
                      @Nullable PeriodEnd periodEnd) {
        NoticePeriod toPeriod() {
            return new NoticePeriod(length, ChronoUnit.valueOf(unit.name()), periodEnd == null ? PeriodEnd.NONE : periodEnd);
        }
    }

    /** The units a notice period is counted in. */
    @Schema(name = "NoticeUnit")
    enum NoticeUnit {
        DAYS, WEEKS, MONTHS
    }

    /** A new version proposed: with the written consent of every party it takes effect. */
    @Schema(name = "AgreementAmendmentProposal", additionalProperties = FALSE)
    record Proposal(LocalDate proposedOn, @Nullable LocalDate effectiveOn,
                    @Nullable @Size(max = 500) String textReference,
                    @Nullable @Size(max = 2000) String summary) {
    }

    /** A new version every party signed. */
    @Schema(name = "AgreementVersionConclusion", additionalProperties = FALSE)
    record Version(LocalDate concludedOn, @Nullable LocalDate effectiveOn,
                   @Nullable @Size(max = 500) String textReference,
                   @Nullable @Size(max = 2000) String summary) {
    }

    /** A party's consent to a proposed version, and whether it was given in writing. */
    @Schema(name = "AgreementConsent", additionalProperties = FALSE)
    record Consent(UUID partnerId, LocalDate consentedOn, boolean writtenForm) {
    }

    /** A review: without a need to change, a fixed term renews; with one, the agreement runs on until replaced. */
    @Schema(name = "AgreementReview", additionalProperties = FALSE)
    record Review(LocalDate heldOn, boolean changeNeeded, @Nullable @Size(max = 2000) String note) {
    }
}
