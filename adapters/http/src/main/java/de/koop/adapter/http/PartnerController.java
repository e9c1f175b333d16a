package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.HttpRequest;
import de.koop.application.page.NameFilter;
import de.koop.application.access.AccessPolicy;
import de.koop.application.access.CurrentActor;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.FindPartnersQuery;
import de.koop.application.port.in.HiddenContactsQuery;
import de.koop.application.port.in.PublicationConsentCommand;
import de.koop.application.port.in.PublicationConsentUseCase;
import de.koop.application.port.in.RegisterPartnerCommand;
import de.koop.application.port.in.RegisterPartnerUseCase;
import de.koop.application.port.in.UpdatePartnerCommand;
import de.koop.application.port.in.UpdatePartnerUseCase;
import de.koop.domain.partner.ConsentScope;
import de.koop.domain.partner.Partner;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** A network's partners: register, read, list, update, and their consent to publication. */
@Controller("/api/v1/networks/{networkId}/partners")
@Tag(name = "partners")
public class PartnerController {

    private final RegisterPartnerUseCase register;
    private final UpdatePartnerUseCase update;
    private final PublicationConsentUseCase consent;
    private final FindPartnersQuery find;
    private final HiddenContactsQuery hidden;
    private final CurrentActor actors;
    private final AccessPolicy policy;
    private final Today today;
    private final StampedAnswers answers;

    public PartnerController(RegisterPartnerUseCase register, UpdatePartnerUseCase update,
                             PublicationConsentUseCase consent, FindPartnersQuery find, HiddenContactsQuery hidden,
                             CurrentActor actors, AccessPolicy policy, Today today, StampedAnswers answers) {
        this.register = register;
        this.update = update;
        this.consent = consent;
        this.find = find;
        this.hidden = hidden;
        this.actors = actors;
        this.policy = policy;
        this.today = today;
        this.answers = answers;
    }

    @Drives(port = FindPartnersQuery.class, operation = "list")
    @Get
    @Stamped
    @Operation(operationId = "listPartners", summary = "Die Partner eines Netzwerks, nach Name sortiert, seitenweise, wahlweise nur eines Bereichs "
            + "und nur die, deren Name einen Text enthält (Groß- und Kleinschreibung, Akzente und Satzzeichen zählen nicht)")
    @ApiResponse(responseCode = "200", description = "Eine Seite Partner; ihr ETag bleibt, solange sich im Netzwerk nichts ändert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageResponse.PartnerPage.class)))
    public HttpResponse<?> list(HttpRequest<?> request, @PathVariable String networkId,
                                @Nullable @QueryValue String category, @Nullable @QueryValue String name,
                                @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
        Optional<PartnerCategory> filter = Optional.ofNullable(category)
                .map(c -> PartnerCategory.fromCode(c, "category"));
        Optional<NameFilter> named = NameFilter.of(name);
        NetworkId network = PathIds.network(networkId);
        PageRequest pageRequest = new PageRequest(page, size);
        return answers.answer(request, network, "partners " + filter.map(Enum::name).orElse("*") + " "
                + named.map(NameFilter::key).orElse("*") + " " + page + " " + size + " " + view(), () -> {
                    Set<PartnerId> hiddenContacts = hidden.hiddenContacts(network);
                    return PageResponse.of(find.list(network, filter, named, pageRequest),
                            p -> PartnerResponse.from(p, hiddenContacts.contains(p.getId())));
                });
    }

    /**
     * What of a partner the caller sees depends on whether the policy shows it every partner's contacts
     * (rule 15), and for the others on the day: part of what a kept answer is for.
     */
    private String view() {
        return policy.seesFormerPartnersContacts(actors.actor()) ? "all contacts" : "others on " + today.today();
    }

    private PartnerResponse withHidden(Partner partner) {
        return PartnerResponse.from(partner, hidden.hiddenContacts(partner.getNetworkId()).contains(partner.getId()));
    }

    @Drives(port = RegisterPartnerUseCase.class, operation = "register")
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "registerPartner", summary = "Einen Partner im Netzwerk registrieren")
    public HttpResponse<PartnerResponse> register(@PathVariable String networkId,
            @RequestBody(description = "Die Stammdaten des Partners") @Body PartnerRequests.Registration request) {
        NetworkId network = PathIds.network(networkId);
        Partner partner = register.register(request.command((data, contacts) ->
                new RegisterPartnerCommand(network, data, contacts)));
        return HttpResponse.created(PartnerResponse.from(partner),
                URI.create("/api/v1/networks/" + network + "/partners/" + partner.getId()));
    }

    @Drives(port = FindPartnersQuery.class, operation = "find")
    @Get("/{partnerId}")
    @Stamped
    @Operation(operationId = "getPartner", summary = "Einen Partner lesen, mit allen Ansprechpersonen")
    @ApiResponse(responseCode = "200", description = "Der Partner; sein ETag bleibt, solange sich im Netzwerk nichts ändert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerResponse.class)))
    public HttpResponse<?> get(HttpRequest<?> request, @PathVariable String networkId, @PathVariable String partnerId) {
        NetworkId network = PathIds.network(networkId);
        PartnerId id = PathIds.partner(partnerId);
        return answers.answer(request, network, "partner " + id + " " + view(), () -> {
            Partner partner = find.find(network, id);
            return PartnerResponse.from(partner, hidden.hiddenContacts(network).contains(partner.getId()));
        });
    }

    @Drives(port = UpdatePartnerUseCase.class, operation = "update")
    @Put("/{partnerId}")
    @Operation(operationId = "updatePartner", summary = "Die Stammdaten eines Partners ersetzen (mit der zuletzt gelesenen version)")
    public PartnerResponse update(@PathVariable String networkId, @PathVariable String partnerId,
            @RequestBody(description = "Die Stammdaten mit der zuletzt gelesenen version") @Body PartnerRequests.Update request) {
        NetworkId network = PathIds.network(networkId);
        PartnerId partner = PathIds.partner(partnerId);
        return PartnerResponse.from(update.update(request.command((data, contacts) ->
                new UpdatePartnerCommand(network, partner, request.version(), data, contacts))));
    }

    @Drives(port = PublicationConsentUseCase.class, operation = "give")
    @Put("/{partnerId}/consents/{scope}")
    @Operation(operationId = "givePublicationConsent", summary = "Einwilligung zur Veröffentlichung (LOGO oder CONTACTS) erfassen")
    public PartnerResponse giveConsent(@PathVariable String networkId, @PathVariable String partnerId,
                                       @PathVariable String scope,
            @RequestBody(description = "Datum der Einwilligung (heute, wenn leer)") @Nullable @Body PartnerRequests.Consent request) {
        return withHidden(consent.give(consentCommand(networkId, partnerId, scope,
                Optional.ofNullable(request).map(PartnerRequests.Consent::on))));
    }

    @Drives(port = PublicationConsentUseCase.class, operation = "withdraw")
    @Delete("/{partnerId}/consents/{scope}")
    @Operation(operationId = "withdrawPublicationConsent", summary = "Einwilligung zur Veröffentlichung (LOGO oder CONTACTS) widerrufen")
    public PartnerResponse withdrawConsent(@PathVariable String networkId, @PathVariable String partnerId,
                                           @PathVariable String scope, @Nullable @QueryValue String on) {
        Fields fields = new Fields();
        LocalDate date = fields.date("on", on);
        fields.throwIfInvalid();
        return withHidden(consent.withdraw(consentCommand(networkId, partnerId, scope, Optional.ofNullable(date))));
    }

    private static PublicationConsentCommand consentCommand(String networkId, String partnerId, String scope,
                                                            Optional<LocalDate> on) {
        NetworkId network = PathIds.network(networkId);
        PartnerId partner = PathIds.partner(partnerId);
        Fields fields = new Fields();
        ConsentScope consentScope = fields.value("scope", () -> ConsentScope.fromCode(scope, "scope"));
        fields.throwIfInvalid();
        return new PublicationConsentCommand(network, partner, consentScope, on);
    }
}
