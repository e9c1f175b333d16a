package de.koop.adapter.http;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.HttpRequest;
import de.koop.application.page.PageRequest;
import de.koop.application.port.in.FindPartnersQuery;
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
import de.koop.domain.shared.RuleCode;
import de.koop.domain.shared.RuleViolationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import de.koop.adapter.http.security.Caller;
import de.koop.application.port.in.FormerPartnersQuery;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.PartnerId;
import io.micronaut.security.authentication.Authentication;

/** A network's partners: register, read, list, update, and their consent to publication. */
@Controller("/api/v1/networks/{networkId}/partners")
@Tag(name = "Partner")
public class PartnerController {

    private final RegisterPartnerUseCase register;
    private final UpdatePartnerUseCase update;
    private final PublicationConsentUseCase consent;
    private final FindPartnersQuery find;
    private final FormerPartnersQuery former;
    private final Today today;
    private final StampedAnswers answers;

    public PartnerController(RegisterPartnerUseCase register, UpdatePartnerUseCase update,
                             PublicationConsentUseCase consent, FindPartnersQuery find, FormerPartnersQuery former,
                             Today today, StampedAnswers answers) {
        this.register = register;
        this.update = update;
        this.consent = consent;
        this.find = find;
        this.former = former;
        this.today = today;
        this.answers = answers;
    }

    @Get
    @Operation(summary = "Die Partner eines Netzwerks, nach Name sortiert, seitenweise, wahlweise nur eines Bereichs")
    @ApiResponse(responseCode = "200", description = "Eine Seite Partner; ihr ETag bleibt, solange sich im Netzwerk nichts ändert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageResponse.class)))
    public HttpResponse<?> list(HttpRequest<?> request, @PathVariable String networkId,
                                @Nullable @QueryValue String category, @QueryValue(defaultValue = "0") int page,
                                @QueryValue(defaultValue = "20") int size, @Nullable Authentication authentication) {
        Optional<PartnerCategory> filter = Optional.ofNullable(category)
                .map(c -> PartnerCategory.fromCode(c, "category"));
        NetworkId network = PathIds.network(networkId);
        PageRequest pageRequest = new PageRequest(page, size);
        return answers.answer(request, network, "partners " + filter.map(Enum::name).orElse("*") + " " + page + " "
                + size + " " + viewOf(authentication), () -> {
                    Set<PartnerId> hidden = hiddenContacts(network, authentication);
                    return PageResponse.of(find.list(network, filter, pageRequest),
                            p -> PartnerResponse.from(p, hidden.contains(p.getId())));
                });
    }

    /**
     * What of a partner the caller sees differs between administrators and the others (rule 15), and
     * for the others by the day: part of what a kept answer is for.
     */
    private String viewOf(Authentication authentication) {
        return Caller.of(authentication).filter(Caller::administrator).isPresent() ? "administrator"
                : "others on " + today.today();
    }

    private PartnerResponse withHidden(Authentication authentication, Partner partner) {
        return PartnerResponse.from(partner, hiddenContacts(partner.getNetworkId(), authentication)
                .contains(partner.getId()));
    }

    /** Rule 15: a former partner's contacts are shown to administrators only. */
    private Set<PartnerId> hiddenContacts(NetworkId network, Authentication authentication) {
        return Caller.of(authentication).filter(Caller::administrator).isPresent() ? Set.of()
                : former.former(network, today.today());
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Einen Partner im Netzwerk registrieren")
    public HttpResponse<PartnerResponse> register(@PathVariable String networkId,
            @RequestBody(description = "Die Stammdaten des Partners", required = true, content = @Content(schema = @Schema(implementation = PartnerRequests.Partner.class))) @Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        Partner partner = register.register(PartnerRequests.Partner.read(JsonBody.of(body, fields))
                .command(fields, (data, contacts) -> new RegisterPartnerCommand(network, data, contacts)));
        return HttpResponse.created(PartnerResponse.from(partner),
                URI.create("/api/v1/networks/" + network + "/partners/" + partner.getId()));
    }

    @Get("/{partnerId}")
    @Operation(summary = "Einen Partner lesen, mit allen Ansprechpersonen")
    @ApiResponse(responseCode = "200", description = "Der Partner; sein ETag bleibt, solange sich im Netzwerk nichts ändert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerResponse.class)))
    public HttpResponse<?> get(HttpRequest<?> request, @PathVariable String networkId, @PathVariable String partnerId,
                               @Nullable Authentication authentication) {
        NetworkId network = PathIds.network(networkId);
        PartnerId id = PathIds.partner(partnerId);
        return answers.answer(request, network, "partner " + id + " " + viewOf(authentication), () -> {
            Partner partner = find.find(network, id);
            return PartnerResponse.from(partner, hiddenContacts(network, authentication).contains(partner.getId()));
        });
    }

    @Put("/{partnerId}")
    @Operation(summary = "Die Stammdaten eines Partners ersetzen (mit der zuletzt gelesenen version)")
    public PartnerResponse update(@PathVariable String networkId, @PathVariable String partnerId,
            @RequestBody(description = "Die Stammdaten mit der zuletzt gelesenen version", required = true, content = @Content(schema = @Schema(implementation = PartnerRequests.Partner.class))) @Body JsonNode body,
            @Nullable Authentication authentication) {
        NetworkId network = PathIds.network(networkId);
        PartnerId partner = PathIds.partner(partnerId);
        if (hiddenContacts(network, authentication).contains(partner)) {
            // its contacts are hidden from the caller, who would overwrite them unseen
            throw new RuleViolationException(RuleCode.FORMER_PARTNER_PROTECTED, "Ein ausgeschiedener "
                    + "Partner wird nur von Administratoren geändert; seine Ansprechpersonen sind geschützt.");
        }
        Fields fields = new Fields();
        PartnerRequests.Partner request = PartnerRequests.Partner.read(JsonBody.of(body, fields));
        fields.required("version", request.version());
        return PartnerResponse.from(update.update(request.command(fields,
                (data, contacts) -> new UpdatePartnerCommand(network, partner, request.version(), data, contacts))));
    }

    @Put("/{partnerId}/consents/{scope}")
    @Operation(summary = "Einwilligung zur Veröffentlichung (LOGO oder CONTACTS) erfassen")
    public PartnerResponse giveConsent(@PathVariable String networkId, @PathVariable String partnerId,
                                       @PathVariable String scope,
            @RequestBody(description = "Datum der Einwilligung (heute, wenn leer)", content = @Content(schema = @Schema(implementation = PartnerRequests.Consent.class))) @Nullable @Body JsonNode body,
            @Nullable Authentication authentication) {
        Fields fields = new Fields();
        PartnerRequests.Consent request = body == null ? new PartnerRequests.Consent(null)
                : PartnerRequests.Consent.read(JsonBody.of(body, fields));
        fields.throwIfInvalid();
        return withHidden(authentication, consent.give(consentCommand(networkId, partnerId, scope, request)));
    }

    @Delete("/{partnerId}/consents/{scope}")
    @Operation(summary = "Einwilligung zur Veröffentlichung (LOGO oder CONTACTS) widerrufen")
    public PartnerResponse withdrawConsent(@PathVariable String networkId, @PathVariable String partnerId,
                                           @PathVariable String scope, @Nullable @QueryValue String on,
                                           @Nullable Authentication authentication) {
        return withHidden(authentication, consent.withdraw(
                consentCommand(networkId, partnerId, scope, new PartnerRequests.Consent(on))));
    }

    private static PublicationConsentCommand consentCommand(String networkId, String partnerId, String scope,
                                                            PartnerRequests.Consent body) {
        NetworkId network = PathIds.network(networkId);
        PartnerId partner = PathIds.partner(partnerId);
        Fields fields = new Fields();
        ConsentScope consentScope = fields.value("scope", () -> ConsentScope.fromCode(scope, "scope"));
        LocalDate on = fields.date("on", body == null ? null : body.on());
        fields.throwIfInvalid();
        return new PublicationConsentCommand(network, partner, consentScope, Optional.ofNullable(on));
    }
}
