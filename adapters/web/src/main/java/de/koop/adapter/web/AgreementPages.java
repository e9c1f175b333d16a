package de.koop.adapter.web;

import de.koop.application.port.in.FindAgreementsQuery;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.MembershipOn;
import de.koop.application.port.in.NotFoundException;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementVersion;
import de.koop.domain.agreement.Annex;
import de.koop.domain.agreement.TermStatus;
import de.koop.domain.declaration.BoundParty;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.DomainException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A network's agreements: the list, and an agreement's page with its rules in sentences, its parties,
 * versions and reviews, and who is bound on a day the user picks ({@code ?stichtag=1.6.2024}, today when
 * absent).
 */
@Controller(WebPaths.NETWORKS + "/{networkId}/vereinbarungen")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AgreementPages {

    static final String DAY_FIELD = "stichtag";
    /** Typed like a date, so that a day that does not exist (31.02.2026) can be named as such. */
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");

    private final FindNetworksQuery networks;
    private final FindAgreementsQuery agreements;
    private final FindPartnersQuery partners;
    private final WebSessions sessions;
    private final Clock clock;

    public AgreementPages(FindNetworksQuery networks, FindAgreementsQuery agreements, FindPartnersQuery partners,
                          WebSessions sessions, Clock clock) {
        this.networks = networks;
        this.agreements = agreements;
        this.partners = partners;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The list of a network's agreements. */
    static String path(String networkId) {
        return WebPaths.dashboard(networkId) + "/vereinbarungen";
    }

    @Get(produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> list(HttpRequest<?> request, @PathVariable String networkId) {
        NetworkId id = NetworkPages.networkId(networkId);
        String networkName = networks.find(id).getName();
        LocalDate today = LocalDate.now(clock);
        List<AgreementViews.Row> rows = agreements.list(id).stream()
                .sorted(Comparator.comparing(Agreement::firstEffectiveDate).reversed()
                        .thenComparing(Agreement::getTitle, String.CASE_INSENSITIVE_ORDER))
                .map(a -> new AgreementViews.Row(a.getTitle(), a.getKind().label(),
                        path(id.toString()) + "/" + a.getId(), GermanFormats.date(a.firstEffectiveDate()),
                        termShort(a, today), standing(a, today)))
                .toList();
        return Html.page(Pages.TEMPLATES.agreements(chrome(request), networkName, id.toString(),
                GermanFormats.date(today), rows));
    }

    @Get(uri = "/{agreementId}", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> agreement(HttpRequest<?> request, @PathVariable String networkId,
                                                 @PathVariable String agreementId,
                                                 @Nullable @QueryValue(DAY_FIELD) String day) {
        NetworkId id = NetworkPages.networkId(networkId);
        AgreementId agreementIdentity = agreementId(agreementId);
        String networkName = networks.find(id).getName();
        Agreement agreement = agreements.find(id, agreementIdentity);
        LocalDate today = LocalDate.now(clock);
        AgreementViews.Detail detail = new AgreementViews.Detail(agreement.getTitle(), agreement.getKind().label(),
                agreement.getLegalBasis().orElse(""), standing(agreement, today), AgreementSentences.term(agreement),
                AgreementSentences.termOn(agreement, today), AgreementSentences.termination(agreement, today),
                agreement.getAnnexes().stream().map(AgreementPages::annex).toList(),
                agreement.getParties().stream().map(p -> partnerName(id, p)).toList());
        List<AgreementViews.Version> versions = agreement.getVersions().stream()
                .map(v -> version(v, agreement.getParties().size())).toList();
        List<AgreementViews.ReviewRow> reviews = agreement.getReviews().stream()
                .map(r -> new AgreementViews.ReviewRow(GermanFormats.date(r.heldOn()), r.changeNeeded()
                        ? "Änderungsbedarf: gilt fort, bis eine Nachfolgevereinbarung sie ablöst"
                        : "kein Änderungsbedarf: verlängert", r.note().orElse(""))).toList();
        String action = path(id.toString()) + "/" + agreement.getId();
        AgreementViews.Membership membership = membership(id, agreement, action, day, today);
        // a day that is no date is answered as any page is: the rest of the agreement stays worth reading
        return Html.page(Pages.TEMPLATES.agreement(chrome(request), networkName, id.toString(),
                GermanFormats.date(today), detail, versions, reviews, membership));
    }

    /** Who is bound on the day asked for; a day that is no date is named beside the field, as typed. */
    private AgreementViews.Membership membership(NetworkId network, Agreement agreement, String action, String typed,
                                                 LocalDate today) {
        Optional<LocalDate> parsed = typed == null ? Optional.of(today) : GermanFormats.parseDate(typed);
        if (parsed.isEmpty()) {
            return new AgreementViews.Membership(action, typed, dayError(typed.strip()), "", "", List.of());
        }
        LocalDate day = parsed.get();
        MembershipOn on = agreements.membership(network, agreement.getId(), day);
        boolean past = day.isBefore(today);
        String shown = GermanFormats.date(day);
        String version = on.versionInForce().filter(v -> agreement.isInForceOn(day))
                .map(v -> "Am " + shown + (past ? " galt " : " gilt ") + "Fassung " + v.number() + ".")
                .orElseGet(() -> day.isBefore(agreement.firstEffectiveDate())
                        ? "Am " + shown + (past ? " war" : " ist") + " die Vereinbarung noch nicht in Kraft."
                        : "Am " + shown + (past ? " war" : " ist") + " die Laufzeit der Vereinbarung abgelaufen.");
        int count = on.parties().size();
        String heading = count == 0 ? "Am " + shown + (past ? " war" : " ist") + " niemand gebunden."
                : "Am " + shown + (past ? (count == 1 ? " war" : " waren") : (count == 1 ? " ist" : " sind"))
                        + " " + (count == 1 ? "ein Partner" : count + " Partner") + " gebunden:";
        List<AgreementViews.BoundRow> rows = on.parties().stream()
                .sorted(Comparator.comparing((BoundParty p) -> name(on, p.partnerId()), String.CASE_INSENSITIVE_ORDER))
                .map(p -> new AgreementViews.BoundRow(name(on, p.partnerId()),
                        p.basis() == BoundParty.Basis.SIGNATORY ? "Vertragspartei" : "beigetreten",
                        GermanFormats.date(p.since()), p.until().map(GermanFormats::date).orElse("auf Weiteres")))
                .toList();
        return new AgreementViews.Membership(action, shown, "", heading, version, rows);
    }

    private static String dayError(String typed) {
        if (typed.isEmpty()) {
            return "Bitte geben Sie einen Stichtag ein.";
        }
        if (DATE_SHAPE.matcher(typed).matches()) {
            return "Den " + typed + " gibt es nicht. Bitte prüfen Sie Tag und Monat.";
        }
        return "Bitte geben Sie den Stichtag mit Tag, Monat und Jahr ein, zum Beispiel 31.12.2026.";
    }

    /** "in Kraft (Fassung 2)", "tritt am 01.02.2027 in Kraft", "abgelaufen am 31.12.2025". */
    private static String standing(Agreement agreement, LocalDate today) {
        if (agreement.isInForceOn(today)) {
            return "in Kraft (Fassung " + agreement.versionInForceOn(today).orElseThrow().number() + ")";
        }
        if (today.isBefore(agreement.firstEffectiveDate())) {
            return "tritt am " + GermanFormats.date(agreement.firstEffectiveDate()) + " in Kraft";
        }
        return "abgelaufen am " + agreement.termOn(today).termEnd().map(GermanFormats::date).orElse("");
    }

    /** "unbefristet", "bis 31.12.2030", "bis zur Ablösung". */
    private static String termShort(Agreement agreement, LocalDate today) {
        TermStatus term = agreement.termOn(today);
        if (term.continuesUntilSuccessor()) {
            return "bis zur Ablösung";
        }
        return term.termEnd().map(end -> "bis " + GermanFormats.date(end)).orElse("unbefristet");
    }

    private static AgreementViews.Version version(AgreementVersion v, int parties) {
        String state = v.concludedOn().map(on -> "geschlossen am " + GermanFormats.date(on))
                .orElseGet(() -> "vorgeschlagen am " + GermanFormats.date(v.proposedOn()) + "; zugestimmt haben "
                        + v.consents().size() + " von " + parties + " Parteien");
        String effective = v.effectiveDate().map(GermanFormats::date)
                .orElseGet(() -> v.effectiveOn().map(on -> "vorgesehen ab " + GermanFormats.date(on))
                        .orElse("mit der letzten Zustimmung"));
        String name = "Fassung " + v.number() + v.supersedes().map(s -> " (löst Fassung " + s + " ab)").orElse("");
        return new AgreementViews.Version(name, state, effective, v.summary().orElse(""), v.textReference().orElse(""));
    }

    private static String annex(Annex annex) {
        return annex.reference() == null ? annex.title() : annex.title() + " (" + annex.reference() + ")";
    }

    private String partnerName(NetworkId network, PartnerId partner) {
        try {
            return partners.find(network, partner).getName();
        } catch (NotFoundException e) {
            // an erased partner stays a party of what it signed
            return "nicht mehr verzeichneter Partner";
        }
    }

    private static String name(MembershipOn on, PartnerId partner) {
        return on.partnerNames().getOrDefault(partner, "nicht mehr verzeichneter Partner");
    }

    private Chrome chrome(HttpRequest<?> request) {
        return new Chrome(true, sessions.formToken(request));
    }

    /** A malformed id names no agreement: the page does not exist. */
    private static AgreementId agreementId(String raw) {
        try {
            return AgreementId.parse(raw, "agreementId");
        } catch (DomainException e) {
            throw new NotFoundException("Vereinbarung", raw);
        }
    }
}
