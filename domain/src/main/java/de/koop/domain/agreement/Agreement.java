package de.koop.domain.agreement;

import de.koop.domain.privacy.Redaction;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.GermanDate;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import de.koop.domain.shared.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A governing document of a network (Rahmenvereinbarung, Rahmenordnung, Kooperationsvereinbarung):
 * its parties, its rules as data (term, renewal, termination), its annexes, and its versions. Versions
 * and reviews are history: they are added, never changed or removed.
 */
public final class Agreement {

    private final AgreementId id;
    private final NetworkId networkId;
    private final AgreementKind kind;
    private String title;
    private String legalBasis;
    private final List<PartnerId> parties;
    private List<Annex> annexes;
    private final Term term;
    private final TerminationRule terminationRule;
    private final boolean successorRequired;
    private final List<AgreementVersion> versions;
    private final List<Review> reviews;
    private final long version;

    private Agreement(AgreementId id, NetworkId networkId, AgreementKind kind, String title, String legalBasis,
                      List<PartnerId> parties, List<Annex> annexes, Term term, TerminationRule terminationRule,
                      boolean successorRequired, List<AgreementVersion> versions, List<Review> reviews,
                      long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.networkId = Objects.requireNonNull(networkId, "networkId");
        if (kind == null) {
            throw new InvalidValueException("kind", "darf nicht leer sein");
        }
        this.kind = kind;
        this.title = Text.required(title, "title", 300);
        this.legalBasis = Text.optionalMultiline(legalBasis, "legalBasis", 2000).orElse(null);
        this.parties = checkParties(parties);
        this.annexes = List.copyOf(annexes == null ? List.of() : annexes);
        if (term == null) {
            throw new InvalidValueException("term", "darf nicht leer sein");
        }
        this.term = term;
        if (terminationRule == null) {
            throw new InvalidValueException("termination", "darf nicht leer sein");
        }
        this.terminationRule = terminationRule;
        this.successorRequired = successorRequired;
        this.versions = new ArrayList<>(versions);
        this.reviews = new ArrayList<>(reviews);
        this.version = version;
    }

    /**
     * An agreement concluded by its parties: version 1, signed by all of them on {@code concludedOn}.
     *
     * @param effectiveOn the agreed day it takes effect, also one before {@code concludedOn} (a retroactive
     *                    effect), or {@code null} for "on signing"
     */
    public static Agreement conclude(AgreementId id, NetworkId networkId, AgreementKind kind, String title,
                                     String legalBasis, List<PartnerId> parties, List<Annex> annexes, Term term,
                                     TerminationRule terminationRule, boolean successorRequired,
                                     LocalDate concludedOn, LocalDate effectiveOn, String textReference) {
        requireDate(concludedOn, "concludedOn");
        List<PartnerId> checked = checkParties(parties);
        AgreementVersion first = new AgreementVersion(1, Optional.empty(), VersionState.CONCLUDED, concludedOn,
                Optional.of(concludedOn), Optional.ofNullable(effectiveOn), Optional.ofNullable(textReference),
                Optional.empty(), checked.stream().map(p -> new PartyConsent(p, concludedOn)).toList());
        return new Agreement(id, networkId, kind, title, legalBasis, checked, annexes, term, terminationRule,
                successorRequired, List.of(first), List.of(), 0);
    }

    /** An agreement as it was stored; used by persistence adapters only. */
    public static Agreement reconstitute(AgreementId id, NetworkId networkId, AgreementKind kind, String title,
                                         String legalBasis, List<PartnerId> parties, List<Annex> annexes, Term term,
                                         TerminationRule terminationRule, boolean successorRequired,
                                         List<AgreementVersion> versions, List<Review> reviews, long version) {
        return new Agreement(id, networkId, kind, title, legalBasis, parties, annexes, term, terminationRule,
                successorRequired, versions, reviews, version);
    }

    /**
     * Proposes an amendment: a new version that supersedes the latest concluded one once every party
     * consented in writing. Until then the latest concluded version stays in force.
     */
    public AgreementVersion proposeAmendment(LocalDate proposedOn, LocalDate effectiveOn, String textReference,
                                             String summary) {
        requireDate(proposedOn, "proposedOn");
        if (openProposal().isPresent()) {
            throw new RuleViolationException(RuleCode.AMENDMENT_ALREADY_PROPOSED,
                    "Es liegt bereits ein Änderungsvorschlag"
                    + " (Fassung " + openProposal().get().number() + ") vor; er muss erst abgeschlossen werden.");
        }
        AgreementVersion latest = latestConcluded();
        if (proposedOn.isBefore(latest.concludedOn().orElseThrow())) {
            throw new InvalidValueException("proposedOn", "liegt vor dem Abschluss der geltenden Fassung");
        }
        if (effectiveOn != null && effectiveOn.isBefore(proposedOn)) {
            throw new InvalidValueException("effectiveOn", "liegt vor dem Vorschlag");
        }
        AgreementVersion proposal = new AgreementVersion(versions.size() + 1, Optional.of(latest.number()),
                VersionState.PROPOSED, proposedOn, Optional.empty(), Optional.ofNullable(effectiveOn),
                Optional.ofNullable(textReference), Optional.ofNullable(summary), List.of());
        versions.add(proposal);
        return proposal;
    }

    /**
     * Records a party's written consent to a proposed version; with the last party's consent the
     * version is concluded on that day.
     */
    public AgreementVersion recordConsent(int versionNumber, PartnerId party, LocalDate on, boolean writtenForm) {
        requireDate(on, "consentedOn");
        AgreementVersion proposal = openProposal().filter(p -> p.number() == versionNumber)
                .orElseThrow(() -> new RuleViolationException(RuleCode.PROPOSAL_NOT_OPEN,
                        "Fassung " + versionNumber + " ist kein offener Änderungsvorschlag."));
        if (!parties.contains(party)) {
            throw new InvalidValueException("partnerId", "ist keine Vertragspartei dieser Vereinbarung");
        }
        if (!writtenForm) {
            throw new RuleViolationException(RuleCode.WRITTEN_FORM_REQUIRED,
                    "Eine Änderung bedarf der Schriftform: die Zustimmung muss schriftlich vorliegen.");
        }
        if (proposal.hasConsentOf(party)) {
            throw new RuleViolationException(RuleCode.AMENDMENT_CONSENT_ALREADY_RECORDED,
                    "Die Zustimmung dieser Partei zu Fassung " + versionNumber + " liegt bereits vor.");
        }
        if (on.isBefore(proposal.proposedOn())) {
            throw new InvalidValueException("consentedOn", "liegt vor dem Änderungsvorschlag");
        }
        AgreementVersion updated = proposal.withConsent(new PartyConsent(party, on));
        if (new HashSet<>(updated.consents().stream().map(PartyConsent::party).toList()).containsAll(parties)) {
            updated = updated.concluded(on);
        }
        versions.set(versionNumber - 1, updated);
        return updated;
    }

    /** Concludes a new version that every party signed on {@code concludedOn}. */
    public AgreementVersion concludeVersion(LocalDate concludedOn, LocalDate effectiveOn, String textReference,
                                            String summary) {
        requireDate(concludedOn, "concludedOn");
        if (concludedOn.isBefore(latestConcluded().concludedOn().orElseThrow())) {
            throw new InvalidValueException("concludedOn", "liegt vor dem Abschluss der geltenden Fassung");
        }
        if (effectiveOn != null && effectiveOn.isBefore(concludedOn)) {
            // rule 5: the previous version stays in force until a new one is concluded
            throw new InvalidValueException("effectiveOn", "liegt vor dem Abschluss; eine neue Fassung gilt "
                    + "frühestens ab ihrem Abschluss, bis dahin gilt die bisherige Fassung fort");
        }
        AgreementVersion proposal = proposeAmendment(concludedOn, effectiveOn, textReference, summary);
        AgreementVersion signed = proposal;
        for (PartnerId party : parties) {
            signed = signed.withConsent(new PartyConsent(party, concludedOn));
        }
        signed = signed.concluded(concludedOn);
        versions.set(signed.number() - 1, signed);
        return signed;
    }

    /** Records the review of the current term; its outcome renews the term or keeps it until a successor. */
    public void recordReview(Review review) {
        Objects.requireNonNull(review, "review");
        if (!(term instanceof Term.Fixed fixed) || fixed.renewal() != RenewalRule.RENEW_UNLESS_CHANGE_NEEDED) {
            throw new RuleViolationException(RuleCode.AGREEMENT_WITHOUT_REVIEW,
                    "Diese Vereinbarung sieht keine Überprüfung mit Verlängerung vor.");
        }
        LocalDate start = firstEffectiveDate();
        if (review.heldOn().isBefore(start)) {
            throw new InvalidValueException("heldOn", "liegt vor dem Inkrafttreten der Vereinbarung");
        }
        if (!reviews.isEmpty() && review.heldOn().isBefore(reviews.getLast().heldOn())) {
            throw new InvalidValueException("heldOn", "liegt vor der letzten erfassten Überprüfung");
        }
        if (termOn(review.heldOn()).continuesUntilSuccessor()) {
            throw new RuleViolationException(RuleCode.AGREEMENT_AWAITING_SUCCESSOR,
                    "Eine Überprüfung hat bereits Änderungsbedarf festgestellt; die Vereinbarung gilt bis zu ihrer Ablösung fort.");
        }
        List<Review> withNew = new ArrayList<>(reviews);
        withNew.add(review);
        if (walk((Term.Fixed) term, withNew, review.heldOn()).applied() < withNew.size()) {
            throw new RuleViolationException(RuleCode.TERM_ALREADY_REVIEWED, "Die laufende Amtszeit der Vereinbarung "
                    + "wurde bereits überprüft und verlängert; die nächste Überprüfung betrifft die folgende Laufzeit.");
        }
        reviews.add(review);
    }

    /** The version in force on {@code date}: the newest concluded one that had taken effect by then. */
    public Optional<AgreementVersion> versionInForceOn(LocalDate date) {
        return versions.stream()
                .filter(AgreementVersion::isConcluded)
                .filter(v -> !v.effectiveDate().orElseThrow().isAfter(date))
                // a later version supersedes an earlier one even if it took effect first
                .max(Comparator.comparingInt(AgreementVersion::number));
    }

    /** Whether the agreement binds anyone on {@code date}: a version is in force and the term has not run out. */
    public boolean isInForceOn(LocalDate date) {
        return versionInForceOn(date).isPresent() && !termOn(date).expired();
    }

    /** The day the first version took effect. */
    public LocalDate firstEffectiveDate() {
        return versions.getFirst().effectiveDate().orElseThrow();
    }

    /**
     * The term on {@code date}. A fixed term is counted from the first version's effective date; each
     * review that found no need to change renews it for the same length, one that found a need keeps
     * it until a successor replaces it.
     */
    public TermStatus termOn(LocalDate date) {
        if (!(term instanceof Term.Fixed fixed)) {
            return TermStatus.unlimited();
        }
        TermWalk walk = walk(fixed, reviews, date);
        if (walk.continuesUntilSuccessor()) {
            return new TermStatus(Optional.empty(), Optional.empty(), false, true, false);
        }
        boolean renews = fixed.renewal() == RenewalRule.RENEW_UNLESS_CHANGE_NEEDED;
        Optional<LocalDate> reviewDue = renews ? Optional.of(fixed.reviewDue(walk.end())) : Optional.empty();
        // every recorded review moves on to the next term, so the current one is never reviewed yet
        boolean overdue = reviewDue.map(date::isAfter).orElse(false);
        boolean expired = !renews && date.isAfter(walk.end());
        return new TermStatus(Optional.of(walk.end()), reviewDue, overdue, false, expired);
    }

    /** Where the terms stand after the reviews held up to {@code date}, and how many of them counted. */
    private record TermWalk(LocalDate end, boolean continuesUntilSuccessor, int applied) {
    }

    private TermWalk walk(Term.Fixed fixed, List<Review> recorded, LocalDate date) {
        LocalDate previousEnd = firstEffectiveDate().minusDays(1);
        LocalDate end = fixed.firstTermEnd(firstEffectiveDate());
        int applied = 0;
        for (Review review : recorded) {
            if (review.heldOn().isAfter(date)) {
                break;
            }
            if (!review.heldOn().isAfter(previousEnd)) {
                continue; // a second review of a term already renewed would change nothing
            }
            applied++;
            if (review.changeNeeded()) {
                return new TermWalk(end, true, applied);
            }
            previousEnd = end;
            end = fixed.nextTermEnd(end);
        }
        return new TermWalk(end, false, applied);
    }

    /**
     * The day a termination received on {@code received} takes effect under this agreement's rule.
     *
     * @throws InvalidValueException when it was received before the agreement took effect, or asks
     *                               for a date before its receipt
     */
    public LocalDate terminationEffectiveDate(LocalDate received, LocalDate requested) {
        requireDate(received, "receivedOn");
        if (received.isBefore(firstEffectiveDate())) {
            throw new InvalidValueException("receivedOn",
                    "liegt vor dem Inkrafttreten der Vereinbarung am " + GermanDate.of(firstEffectiveDate()));
        }
        if (requested != null && requested.isBefore(received)) {
            throw new InvalidValueException("requestedOn", "liegt vor dem Zugang der Kündigung");
        }
        return terminationRule.effectiveDate(received, requested);
    }

    public Optional<AgreementVersion> openProposal() {
        return versions.stream().filter(v -> !v.isConcluded()).findFirst();
    }

    private AgreementVersion latestConcluded() {
        return versions.stream().filter(AgreementVersion::isConcluded).reduce((a, b) -> b).orElseThrow();
    }

    /**
     * Replaces the person's values in the title, legal basis and annexes, in version summaries and text
     * references and in review notes; rules, parties, dates and consents stay.
     */
    public boolean redact(Redaction redaction) {
        boolean changed = false;
        if (redaction.mentions(title) || legalBasis != null && redaction.mentions(legalBasis)) {
            title = redaction.apply(title, 300);
            legalBasis = redaction.apply(legalBasis, 2000);
            changed = true;
        }
        List<Annex> redactedAnnexes = annexes.stream().map(a -> new Annex(redaction.apply(a.title(), 200),
                redaction.apply(a.reference(), 500))).toList();
        if (!redactedAnnexes.equals(annexes)) {
            annexes = redactedAnnexes;
            changed = true;
        }
        for (int i = 0; i < versions.size(); i++) {
            AgreementVersion v = versions.get(i);
            if (v.summary().filter(redaction::mentions).isPresent() || v.textReference().filter(redaction::mentions).isPresent()) {
                versions.set(i, new AgreementVersion(v.number(), v.supersedes(), v.state(), v.proposedOn(), v.concludedOn(),
                        v.effectiveOn(), v.textReference().map(t -> redaction.apply(t, 500)),
                        v.summary().map(t -> redaction.apply(t, 2000)), v.consents()));
                changed = true;
            }
        }
        for (int i = 0; i < reviews.size(); i++) {
            Review r = reviews.get(i);
            if (r.note().filter(redaction::mentions).isPresent()) {
                reviews.set(i, new Review(r.heldOn(), r.changeNeeded(), r.note().map(n -> redaction.apply(n, 2000))));
                changed = true;
            }
        }
        return changed;
    }

    public AgreementId getId() {
        return id;
    }

    public NetworkId getNetworkId() {
        return networkId;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Optional<String> getLegalBasis() {
        return Optional.ofNullable(legalBasis);
    }

    public List<PartnerId> getParties() {
        return parties;
    }

    public List<Annex> getAnnexes() {
        return annexes;
    }

    public Term getTerm() {
        return term;
    }

    public TerminationRule getTerminationRule() {
        return terminationRule;
    }

    /** After a termination the parties must conclude a successor agreement by its effective date. */
    public boolean isSuccessorRequired() {
        return successorRequired;
    }

    public List<AgreementVersion> getVersions() {
        return List.copyOf(versions);
    }

    public List<Review> getReviews() {
        return List.copyOf(reviews);
    }

    /**
     * The stored version of this record for optimistic locking (as on every aggregate); not one of the
     * agreement's versions (Fassungen), which {@link #getVersions()} lists.
     */
    public long getVersion() {
        return version;
    }

    private static List<PartnerId> checkParties(List<PartnerId> parties) {
        List<PartnerId> copy = List.copyOf(parties == null ? List.of() : parties);
        if (copy.isEmpty()) {
            throw new InvalidValueException("parties", "mindestens eine Vertragspartei");
        }
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new InvalidValueException("parties", "eine Partei ist mehrfach genannt");
        }
        return copy;
    }

    private static void requireDate(LocalDate date, String field) {
        if (date == null) {
            throw new InvalidValueException(field, "darf nicht leer sein");
        }
    }
}
