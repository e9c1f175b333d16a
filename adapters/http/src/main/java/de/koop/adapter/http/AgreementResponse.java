package de.koop.adapter.http;

import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementVersion;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TermStatus;
import de.koop.domain.agreement.TerminationRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement with its rules, its versions as history, and where it stands on {@code status.date};
 * {@code version} is the stored record's counter for optimistic locking, not one of {@code versions}; it goes
 * back with nothing, as changes to agreements are new versions, reviews and declarations.
 */
@Serdeable
public record AgreementResponse(String id, String networkId, Kind kind, String title, @Nullable String legalBasis,
                                List<String> parties, List<AnnexBody> annexes, TermBody term,
                                TerminationBody termination, boolean successorRequired, List<VersionBody> versions,
                                List<ReviewBody> reviews, Status status, long version) {

    @Serdeable
    public record Kind(String code, String label) {
    }

    @Serdeable
    public record AnnexBody(String title, @Nullable String reference) {
    }

    @Serdeable
    public record TermBody(String type, @Nullable Integer years, @Nullable String countedFrom,
                           @Nullable Integer reviewMonthsBefore, @Nullable String renewal) {
    }

    @Serdeable
    public record Notice(int length, String unit, String periodEnd) {
    }

    @Serdeable
    public record TerminationBody(String type, @Nullable Notice notice, boolean writtenForm, String description) {
    }

    @Serdeable
    public record ConsentBody(String partnerId, String on) {
    }

    @Serdeable
    public record VersionBody(int number, @Nullable Integer supersedes, String state, String proposedOn,
                              @Nullable String concludedOn, @Nullable String effectiveOn, boolean effectiveOnSigning,
                              @Nullable String agreedEffectiveOn, boolean retroactive,
                              @Nullable String textReference, @Nullable String summary, List<ConsentBody> consents) {
        static VersionBody from(AgreementVersion v) {
            return new VersionBody(v.number(), v.supersedes().orElse(null), v.state().name(), v.proposedOn().toString(),
                    v.concludedOn().map(LocalDate::toString).orElse(null),
                    v.effectiveDate().or(v::effectiveOn).map(LocalDate::toString).orElse(null), v.effectiveOn().isEmpty(),
                    v.effectiveOn().map(LocalDate::toString).orElse(null), v.isRetroactive(),
                    v.textReference().orElse(null), v.summary().orElse(null),
                    v.consents().stream().map(c -> new ConsentBody(c.party().toString(), c.on().toString())).toList());
        }
    }

    @Serdeable
    public record ReviewBody(String heldOn, boolean changeNeeded, @Nullable String note) {
    }

    /** Where the agreement stands on {@code date}. */
    @Serdeable
    public record Status(String date, boolean inForce, @Nullable Integer versionInForce, @Nullable String termEnd,
                         @Nullable String reviewDue, boolean reviewOverdue, boolean continuesUntilSuccessor,
                         boolean expired) {
    }

    static AgreementResponse from(Agreement a, LocalDate date) {
        TermBody term = switch (a.getTerm()) {
            case Term.Unlimited u -> new TermBody("UNLIMITED", null, null, null, null);
            case Term.Fixed f -> new TermBody("FIXED", f.years(), f.start().name(), f.reviewMonthsBefore(),
                    f.renewal().name());
        };
        TerminationBody termination = switch (a.getTerminationRule()) {
            case TerminationRule.AnyTime any -> new TerminationBody("ANY_TIME", null, false, any.german());
            case TerminationRule.Excluded excluded -> new TerminationBody("EXCLUDED", null, false, excluded.german());
            case TerminationRule.WithNotice n -> new TerminationBody("NOTICE", new Notice(n.notice().length(),
                    n.notice().unit().name(), n.notice().end().name()), n.writtenForm(), n.german());
        };
        TermStatus termStatus = a.termOn(date);
        Status status = new Status(date.toString(), a.isInForceOn(date),
                a.versionInForceOn(date).map(AgreementVersion::number).orElse(null),
                termStatus.termEnd().map(LocalDate::toString).orElse(null),
                termStatus.reviewDue().map(LocalDate::toString).orElse(null), termStatus.reviewOverdue(),
                termStatus.continuesUntilSuccessor(), termStatus.expired());
        return new AgreementResponse(a.getId().toString(), a.getNetworkId().toString(),
                new Kind(a.getKind().name(), a.getKind().label()), a.getTitle(), a.getLegalBasis().orElse(null),
                a.getParties().stream().map(Object::toString).toList(),
                a.getAnnexes().stream().map(x -> new AnnexBody(x.title(), x.reference())).toList(), term, termination,
                a.isSuccessorRequired(), a.getVersions().stream().map(VersionBody::from).toList(),
                a.getReviews().stream().map(r -> new ReviewBody(r.heldOn().toString(), r.changeNeeded(),
                        r.note().orElse(null))).toList(), status, a.getVersion());
    }
}
