package de.koop.adapter.web;

import de.koop.application.access.ForbiddenException;
import de.koop.application.port.in.FindAgreementsQuery;
import de.koop.application.port.in.FindNetworksQuery;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.HiddenContactsQuery;
import de.koop.application.port.in.MembershipOn;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.PublicationConsentCommand;
import de.koop.application.port.in.PublicationConsentUseCase;
import de.koop.application.port.in.UpdatePartnerUseCase;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.declaration.BoundParty;
import de.koop.domain.partner.ConsentScope;
import de.koop.domain.partner.LogoReference;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PublicationConsent;
import de.koop.domain.shared.DomainException;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.RuleViolationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One partner of a network for its coordinators and members: master data, contacts (as far as the use cases
 * let the user see them), consents to publication with the forms that record them, and the agreements that
 * bind it today; a link to the form that changes it ({@link PartnerFormPages}) for those the use case lets.
 */
@Controller(WebPaths.NETWORKS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PartnerPages {

    /** A consent to publication and its form; {@code dateError} empty unless the last attempt failed. */
    public record Consent(String scope, String label, String status, boolean given, String date, String dateError) {

        public String fieldId() {
            return "datum-" + scope;
        }
    }

    /** An agreement that binds the partner today, since when, on which basis, and until when if it ends. */
    public record Binding(String title, String kind, String basis, String since, String until) {
    }

    /** The confirmation after a consent was recorded, by the value of {@code ?gespeichert=}. */
    private static final Map<String, String> CONFIRMATIONS = Map.of(
            "LOGO-erteilt", "Die Einwilligung zur Veröffentlichung des Logos ist erfasst.",
            "LOGO-widerrufen", "Der Widerruf der Einwilligung zur Veröffentlichung des Logos ist erfasst.",
            "CONTACTS-erteilt", "Die Einwilligung zur Veröffentlichung der Ansprechpersonen ist erfasst.",
            "CONTACTS-widerrufen", "Der Widerruf der Einwilligung zur Veröffentlichung der Ansprechpersonen ist erfasst.");

    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final FindNetworksQuery networks;
    private final FindPartnersQuery partners;
    private final HiddenContactsQuery hiddenContacts;
    private final FindAgreementsQuery agreements;
    private final PublicationConsentUseCase consents;
    private final UpdatePartnerUseCase updates;
    private final WebSessions sessions;
    private final Clock clock;

    public PartnerPages(FindNetworksQuery networks, FindPartnersQuery partners, HiddenContactsQuery hiddenContacts,
                        FindAgreementsQuery agreements, PublicationConsentUseCase consents,
                        UpdatePartnerUseCase updates, WebSessions sessions, Clock clock) {
        this.networks = networks;
        this.partners = partners;
        this.hiddenContacts = hiddenContacts;
        this.agreements = agreements;
        this.consents = consents;
        this.updates = updates;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Get(uri = "/{networkId}/partner/{partnerId}", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> partner(HttpRequest<?> request, @PathVariable String networkId,
                                               @PathVariable String partnerId) {
        NetworkId network = NetworkPages.networkId(networkId);
        Partner partner = partners.find(network, partnerId(partnerId));
        String flash = Flash.take(request);
        String confirmation = request.getParameters().getFirst("gespeichert").map(CONFIRMATIONS::get).orElse(flash);
        return page(request, HttpStatus.OK, network, partner, Optional.empty(), "", "", confirmation);
    }

    @Post(uri = "/{networkId}/partner/{partnerId}/veroeffentlichung", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<String> consent(HttpRequest<?> request, @PathVariable String networkId,
                                               @PathVariable String partnerId, @Body Map<String, String> form) {
        NetworkId network = NetworkPages.networkId(networkId);
        PartnerId id = partnerId(partnerId);
        // the page's own hidden fields: anything else was not sent by it
        ConsentScope scope = Arrays.stream(ConsentScope.values())
                .filter(s -> s.name().equals(form.get("umfang"))).findFirst()
                .orElseThrow(() -> new HttpStatusException(HttpStatus.BAD_REQUEST, "umfang"));
        String action = form.getOrDefault("aktion", "");
        if (!action.equals("erteilen") && !action.equals("widerrufen")) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "aktion");
        }
        boolean give = action.equals("erteilen");
        String typed = form.getOrDefault("datum-" + scope.name(), "").strip();
        String error = "";
        try {
            Optional<LocalDate> on = typed.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(typed, TYPED_DATE));
            PublicationConsentCommand command = new PublicationConsentCommand(network, id, scope, on);
            if (give) {
                consents.give(command);
            } else {
                consents.withdraw(command);
            }
            return Html.redirect(WebPaths.partner(network.toString(), id.toString()) + "?gespeichert=" + scope.name()
                    + (give ? "-erteilt" : "-widerrufen"));
        } catch (DateTimeParseException e) {
            error = "Bitte geben Sie das Datum als Tag, Monat und Jahr ein, zum Beispiel 31.12.2026.";
        } catch (InvalidValueException e) {
            error = "Das Datum " + e.reason() + ".";
        } catch (RuleViolationException e) {
            error = e.getMessage();
        }
        return page(request, HttpStatus.UNPROCESSABLE_ENTITY, network, partners.find(network, id), Optional.of(scope),
                typed, error, "");
    }

    private MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, NetworkId network,
                                             Partner partner, Optional<ConsentScope> failed, String typed, String error,
                                             String confirmation) {
        String networkName = networks.find(network).getName();
        boolean contactsHidden = hiddenContacts.hiddenContacts(network).contains(partner.getId());
        List<DirectoryPages.Contact> contacts = contactsHidden ? List.of()
                : partner.getContacts().stream().map(DirectoryPages::contact).toList();
        List<Consent> consentViews = Arrays.stream(ConsentScope.values()).map(scope -> consent(partner, scope,
                failed.filter(scope::equals).map(s -> typed).orElse(""),
                failed.filter(scope::equals).map(s -> error).orElse(""))).toList();
        return Html.page(status, Pages.TEMPLATES.partner(new Chrome(true, sessions.formToken(request)), networkName,
                network.toString(), partner.getId().toString(), partner.getName(), partner.getCategory().label(),
                partner.getAddress().street() + ", " + partner.getAddress().postalCode() + " " + partner.getAddress().city(),
                partner.getData().logo().map(LogoReference::url).orElse(""),
                partner.getData().noCommercialInterestDeclaredOn().map(GermanFormats::date).orElse(""),
                contacts, contactsHidden, consentViews, bindings(network, partner.getId()), confirmation,
                mayChange(network, partner.getId()) ? WebPaths.editPartner(network.toString(), partner.getId().toString())
                        : ""));
    }

    /** Whether the use case would let the user change the partner, so that the page offers it. */
    private boolean mayChange(NetworkId network, PartnerId partner) {
        try {
            updates.checkChangeable(network, partner);
            return true;
        } catch (ForbiddenException | RuleViolationException e) {
            return false;
        }
    }

    private static Consent consent(Partner partner, ConsentScope scope, String typed, String error) {
        String label = scope == ConsentScope.LOGO ? "Logo" : "Ansprechpersonen";
        PublicationConsent consent = partner.consent(scope);
        String status = switch (consent) {
            case PublicationConsent.Given g -> "erteilt am " + GermanFormats.date(g.since());
            case PublicationConsent.Withdrawn w -> "widerrufen am " + GermanFormats.date(w.since());
            case PublicationConsent.NotGiven n -> "nicht erteilt";
        };
        return new Consent(scope.name(), label, status, consent.isGiven(), typed, error);
    }

    /** The network has few agreements; each one's parties bound today. */
    private List<Binding> bindings(NetworkId network, PartnerId partner) {
        LocalDate today = LocalDate.now(clock);
        List<Binding> bindings = new ArrayList<>();
        for (Agreement agreement : agreements.list(network)) {
            MembershipOn membership = agreements.membership(network, agreement.getId(), today);
            membership.parties().stream().filter(p -> p.partnerId().equals(partner)).findFirst().ifPresent(p ->
                    bindings.add(new Binding(agreement.getTitle(), agreement.getKind().label(),
                            p.basis() == BoundParty.Basis.SIGNATORY ? "unterzeichnet" : "beigetreten",
                            GermanFormats.date(p.since()), p.until().map(GermanFormats::date).orElse(""))));
        }
        return bindings;
    }

    /** A malformed id names no partner: the page does not exist. */
    static PartnerId partnerId(String raw) {
        try {
            return PartnerId.parse(raw, "partnerId");
        } catch (DomainException e) {
            throw new NotFoundException("Partner", raw);
        }
    }
}
