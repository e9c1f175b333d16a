package de.koop.adapter.persistence.jdbc;

import de.koop.adapter.persistence.jdbc.AgreementChildRows.AnnexRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.ConsentRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.PartyRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.ReviewRow;
import de.koop.adapter.persistence.jdbc.AgreementChildRows.VersionRow;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementKind;
import de.koop.domain.agreement.AgreementVersion;
import de.koop.domain.agreement.Annex;
import de.koop.domain.agreement.NoticePeriod;
import de.koop.domain.agreement.PartyConsent;
import de.koop.domain.agreement.PeriodEnd;
import de.koop.domain.agreement.RenewalRule;
import de.koop.domain.agreement.Review;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TermStart;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.agreement.VersionState;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.SortKey;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ObjectFactory;

/**
 * Maps agreements to their row and child rows, and back; rows become agreements only through
 * {@link Agreement#reconstitute}. Term and termination rule are flattened into columns.
 */
@Mapper(imports = {SortKey.class, Term.class, TerminationRule.class})
public interface AgreementRowMapper extends RowConversions {

    @Mapping(target = "sortTitle", expression = "java(SortKey.of(agreement.getTitle()))")
    @Mapping(target = "termKind", expression = "java(agreement.getTerm() instanceof Term.Fixed ? \"FIXED\" : \"UNLIMITED\")")
    @Mapping(target = "termYears", expression = "java(fixed(agreement).map(Term.Fixed::years).orElse(null))")
    @Mapping(target = "termStart", expression = "java(fixed(agreement).map(f -> f.start().name()).orElse(null))")
    @Mapping(target = "reviewMonthsBefore", expression = "java(fixed(agreement).map(Term.Fixed::reviewMonthsBefore).orElse(null))")
    @Mapping(target = "renewal", expression = "java(fixed(agreement).map(f -> f.renewal().name()).orElse(null))")
    @Mapping(target = "terminationKind", expression = "java(terminationKind(agreement.getTerminationRule()))")
    @Mapping(target = "noticeLength", expression = "java(notice(agreement).map(n -> n.notice().length()).orElse(null))")
    @Mapping(target = "noticeUnit", expression = "java(notice(agreement).map(n -> n.notice().unit().name()).orElse(null))")
    @Mapping(target = "noticePeriodEnd", expression = "java(notice(agreement).map(n -> n.notice().end().name()).orElse(null))")
    @Mapping(target = "writtenForm", expression = "java(notice(agreement).map(TerminationRule.WithNotice::writtenForm).orElse(false))")
    AgreementRow toRow(Agreement agreement);

    // MapStruct reads the list getters as writable lists; reconstitute has set them already
    @Mapping(target = "parties", ignore = true)
    @Mapping(target = "annexes", ignore = true)
    @Mapping(target = "versions", ignore = true)
    @Mapping(target = "reviews", ignore = true)
    Agreement toDomain(AgreementRow row, @Context AgreementChildren children);

    @ObjectFactory
    default Agreement reconstitute(AgreementRow row, @Context AgreementChildren children) {
        List<AgreementVersion> versions = children.versions().stream().map(v -> new AgreementVersion(v.number(),
                Optional.ofNullable(v.supersedes()), VersionState.valueOf(v.state()), v.proposedOn(),
                Optional.ofNullable(v.concludedOn()), Optional.ofNullable(v.effectiveOn()),
                Optional.ofNullable(v.textReference()), Optional.ofNullable(v.summary()),
                children.consents().stream().filter(c -> c.versionNumber() == v.number())
                        .map(c -> new PartyConsent(partnerId(c.partnerId()), c.consentedOn())).toList())).toList();
        return Agreement.reconstitute(new AgreementId(UUID.fromString(row.id())),
                new NetworkId(UUID.fromString(row.networkId())), AgreementKind.valueOf(row.kind()), row.title(),
                row.legalBasis(), children.parties().stream().map(p -> partnerId(p.partnerId())).toList(),
                children.annexes().stream().map(a -> new Annex(a.title(), a.reference())).toList(), term(row),
                terminationRule(row), row.successorRequired(), versions,
                children.reviews().stream().map(r -> new Review(r.heldOn(), r.changeNeeded(),
                        Optional.ofNullable(r.note()))).toList(), row.version());
    }

    default AgreementChildren children(Agreement agreement) {
        String id = agreement.getId().toString();
        List<PartyRow> parties = new ArrayList<>();
        for (int i = 0; i < agreement.getParties().size(); i++) {
            parties.add(new PartyRow(id + ":" + i, id, i, agreement.getParties().get(i).toString()));
        }
        List<AnnexRow> annexes = new ArrayList<>();
        for (int i = 0; i < agreement.getAnnexes().size(); i++) {
            Annex annex = agreement.getAnnexes().get(i);
            annexes.add(new AnnexRow(id + ":" + i, id, i, annex.title(), annex.reference()));
        }
        List<VersionRow> versions = new ArrayList<>();
        List<ConsentRow> consents = new ArrayList<>();
        for (AgreementVersion v : agreement.getVersions()) {
            versions.add(new VersionRow(id + ":" + v.number(), id, v.number(), v.supersedes().orElse(null),
                    v.state().name(), v.proposedOn(), v.concludedOn().orElse(null), v.effectiveOn().orElse(null),
                    v.textReference().orElse(null), v.summary().orElse(null)));
            for (int i = 0; i < v.consents().size(); i++) {
                PartyConsent consent = v.consents().get(i);
                consents.add(new ConsentRow(id + ":" + v.number() + ":" + i, id, v.number(), i,
                        consent.party().toString(), consent.on()));
            }
        }
        List<ReviewRow> reviews = new ArrayList<>();
        for (int i = 0; i < agreement.getReviews().size(); i++) {
            Review review = agreement.getReviews().get(i);
            reviews.add(new ReviewRow(id + ":" + i, id, i, review.heldOn(), review.changeNeeded(),
                    review.note().orElse(null)));
        }
        return new AgreementChildren(parties, annexes, versions, consents, reviews);
    }

    default Optional<Term.Fixed> fixed(Agreement agreement) {
        return agreement.getTerm() instanceof Term.Fixed fixed ? Optional.of(fixed) : Optional.empty();
    }

    default Optional<TerminationRule.WithNotice> notice(Agreement agreement) {
        return agreement.getTerminationRule() instanceof TerminationRule.WithNotice notice
                ? Optional.of(notice) : Optional.empty();
    }

    default Term term(AgreementRow row) {
        return "FIXED".equals(row.termKind())
                ? new Term.Fixed(row.termYears(), TermStart.valueOf(row.termStart()), row.reviewMonthsBefore(),
                        RenewalRule.valueOf(row.renewal()))
                : new Term.Unlimited();
    }

    default String terminationKind(TerminationRule rule) {
        return switch (rule) {
            case TerminationRule.AnyTime any -> "ANY_TIME";
            case TerminationRule.WithNotice notice -> "WITH_NOTICE";
            case TerminationRule.Excluded excluded -> "EXCLUDED";
        };
    }

    default TerminationRule terminationRule(AgreementRow row) {
        return switch (row.terminationKind()) {
            case "WITH_NOTICE" -> new TerminationRule.WithNotice(new NoticePeriod(row.noticeLength(),
                    ChronoUnit.valueOf(row.noticeUnit()), PeriodEnd.valueOf(row.noticePeriodEnd())), row.writtenForm());
            case "EXCLUDED" -> new TerminationRule.Excluded();
            default -> new TerminationRule.AnyTime();
        };
    }

    default String kind(AgreementKind kind) {
        return kind.name();
    }

}
