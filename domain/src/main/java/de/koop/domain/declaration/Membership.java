package de.koop.domain.declaration;

import de.koop.domain.agreement.Agreement;
import de.koop.domain.shared.PartnerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who is bound by an agreement and when, computed from the agreement (its signatories and term) and
 * the declarations recorded under it (accessions, terminations), in the order they were received.
 */
public final class Membership {

    private final Agreement agreement;
    private final List<BoundParty> spans;

    private Membership(Agreement agreement, List<BoundParty> spans) {
        this.agreement = agreement;
        this.spans = List.copyOf(spans);
    }

    public static Membership of(Agreement agreement, List<? extends Declaration> declarations) {
        List<BoundParty> spans = new ArrayList<>();
        for (PartnerId signatory : agreement.getParties()) {
            spans.add(new BoundParty(signatory, BoundParty.Basis.SIGNATORY, agreement.firstEffectiveDate(),
                    Optional.empty()));
        }
        List<Declaration> ordered = declarations.stream()
                .filter(d -> d instanceof Accession a && a.agreementId().equals(agreement.getId())
                        || d instanceof Termination t && t.agreementId().equals(agreement.getId()))
                .sorted(Comparator.comparing(Declaration::receivedOn).thenComparing(Declaration::recordedAt))
                .map(Declaration.class::cast)
                .toList();
        for (Declaration declaration : ordered) {
            switch (declaration) {
                case Accession accession -> spans.add(new BoundParty(accession.partnerId(), BoundParty.Basis.ACCESSION,
                        accession.receivedOn(), Optional.empty()));
                case Termination termination -> {
                    for (int i = spans.size() - 1; i >= 0; i--) {
                        BoundParty span = spans.get(i);
                        if (span.partnerId().equals(termination.partnerId()) && span.until().isEmpty()) {
                            spans.set(i, span.endingOn(termination.effectiveOn()));
                            break;
                        }
                    }
                }
                case Readiness readiness -> {
                    // binds a person to working groups, not a partner to the agreement
                }
            }
        }
        return new Membership(agreement, spans);
    }

    /** Whether the partner is bound on {@code date}. */
    public boolean isBound(PartnerId partner, LocalDate date) {
        return boundSpan(partner, date).isPresent();
    }

    /** The span in which the partner is bound on {@code date}, if any. */
    public Optional<BoundParty> boundSpan(PartnerId partner, LocalDate date) {
        if (!agreement.isInForceOn(date)) {
            return Optional.empty();
        }
        return spans.stream().filter(s -> s.partnerId().equals(partner) && s.covers(date)).findFirst();
    }

    /**
     * Whether the partner is bound on {@code date} or at any time after it, so that an accession
     * dated before an existing one cannot open a second membership.
     */
    public boolean isBoundOnOrAfter(PartnerId partner, LocalDate date) {
        return spans.stream().anyMatch(s -> s.partnerId().equals(partner)
                && s.until().map(until -> !until.isBefore(date)).orElse(true));
    }

    /** Every party bound on {@code date}, signatories first, then by accession. */
    public List<BoundParty> boundOn(LocalDate date) {
        if (!agreement.isInForceOn(date)) {
            return List.of();
        }
        return spans.stream().filter(s -> s.covers(date)).toList();
    }

    /** All spans, past and present. */
    public List<BoundParty> history() {
        return spans;
    }
}
