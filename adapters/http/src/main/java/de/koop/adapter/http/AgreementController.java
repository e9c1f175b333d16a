package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.port.in.AmendAgreementUseCase;
import de.koop.application.port.in.ConcludeAgreementUseCase;
import de.koop.application.port.in.FindAgreementsQuery;
import de.koop.application.port.in.ReviewAgreementUseCase;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.AgreementKind;
import de.koop.domain.agreement.Annex;
import de.koop.domain.agreement.Review;
import de.koop.domain.agreement.Term;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A network's agreements: conclude, amend by new versions (proposal and consent of every party),
 * review, and who is bound on any day. Dates are ISO dates; {@code on} defaults to today.
 */
@Controller("/api/v1/networks/{networkId}/agreements")
@Tag(name = "agreements")
public class AgreementController {

    private final ConcludeAgreementUseCase conclude;
    private final AmendAgreementUseCase amend;
    private final ReviewAgreementUseCase review;
    private final FindAgreementsQuery find;
    private final Today today;

    public AgreementController(ConcludeAgreementUseCase conclude, AmendAgreementUseCase amend,
                               ReviewAgreementUseCase review, FindAgreementsQuery find, Today today) {
        this.conclude = conclude;
        this.amend = amend;
        this.review = review;
        this.find = find;
        this.today = today;
    }

    @Drives(port = FindAgreementsQuery.class, operation = "list")
    @Get
    @Operation(operationId = "listAgreements", summary = "Die Vereinbarungen eines Netzwerks mit ihrem Stand am Tag on (heute, wenn leer)")
    public List<AgreementResponse> list(@PathVariable String networkId, @Nullable @QueryValue String on) {
        LocalDate date = date(on);
        return find.list(PathIds.network(networkId)).stream().map(a -> AgreementResponse.from(a, date)).toList();
    }

    @Drives(port = ConcludeAgreementUseCase.class, operation = "conclude")
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "concludeAgreement", summary = "Eine geschlossene Vereinbarung erfassen: Parteien, Regeln als Daten, erste Fassung")
    public HttpResponse<AgreementResponse> conclude(@PathVariable String networkId, @Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        AgreementKind kind = AgreementRequests.kind(json, fields);
        String title = json.string("title");
        String legalBasis = json.string("legalBasis");
        List<PartnerId> parties = AgreementRequests.parties(json, fields);
        List<Annex> annexes = AgreementRequests.annexes(json, fields);
        Term term = AgreementRequests.term(json, fields);
        TerminationRule termination = AgreementRequests.termination(json, fields);
        Boolean successorRequired = json.bool("successorRequired");
        LocalDate concludedOn = fields.requiredDate("concludedOn", json.string("concludedOn"));
        LocalDate effectiveOn = fields.date("effectiveOn", json.string("effectiveOn"));
        String textReference = json.string("textReference");
        fields.throwIfInvalid();
        Agreement agreement = conclude.conclude(new ConcludeAgreementUseCase.Command(network, kind, title, legalBasis,
                parties, annexes, term, termination, Boolean.TRUE.equals(successorRequired), concludedOn, effectiveOn,
                textReference));
        return created(agreement, today());
    }

    @Drives(port = FindAgreementsQuery.class, operation = "find")
    @Get("/{agreementId}")
    @Operation(operationId = "getAgreement", summary = "Eine Vereinbarung mit allen Fassungen und ihrem Stand am Tag on")
    public AgreementResponse get(@PathVariable String networkId, @PathVariable String agreementId,
                                 @Nullable @QueryValue String on) {
        return AgreementResponse.from(find.find(PathIds.network(networkId), PathIds.agreement(agreementId)), date(on));
    }

    @Drives(port = FindAgreementsQuery.class, operation = "membership")
    @Get("/{agreementId}/membership")
    @Operation(operationId = "getAgreementMembership", summary = "Die am Tag on gebundenen Partner (Mitgliedschaft zu einem Stichtag)")
    public MembershipResponse membership(@PathVariable String networkId, @PathVariable String agreementId,
                                         @Nullable @QueryValue String on) {
        return MembershipResponse.from(find.membership(PathIds.network(networkId), PathIds.agreement(agreementId),
                date(on)));
    }

    @Drives(port = AmendAgreementUseCase.class, operation = "proposeAmendment")
    @Post("/{agreementId}/amendments")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "proposeAgreementAmendment", summary = "Eine Änderung vorschlagen: neue Fassung, die mit der schriftlichen Zustimmung aller Parteien gilt")
    public HttpResponse<AgreementResponse> proposeAmendment(@PathVariable String networkId,
                                                            @PathVariable String agreementId, @Body JsonNode body) {
        return created(amend.proposeAmendment(newVersion(networkId, agreementId, body, "proposedOn")), today());
    }

    @Drives(port = AmendAgreementUseCase.class, operation = "concludeVersion")
    @Post("/{agreementId}/versions")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "concludeAgreementVersion", summary = "Eine von allen Parteien unterzeichnete neue Fassung erfassen")
    public HttpResponse<AgreementResponse> concludeVersion(@PathVariable String networkId,
                                                           @PathVariable String agreementId, @Body JsonNode body) {
        return created(amend.concludeVersion(newVersion(networkId, agreementId, body, "concludedOn")), today());
    }

    @Drives(port = AmendAgreementUseCase.class, operation = "recordConsent")
    @Post("/{agreementId}/versions/{number}/consents")
    @Operation(operationId = "recordAgreementConsent", summary = "Die schriftliche Zustimmung einer Partei zu einer vorgeschlagenen Fassung erfassen")
    public AgreementResponse recordConsent(@PathVariable String networkId, @PathVariable String agreementId,
                                           @PathVariable int number, @Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        AgreementId agreement = PathIds.agreement(agreementId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        String partner = json.string("partnerId");
        PartnerId partnerId = fields.value("partnerId", () -> PartnerId.parse(partner, "partnerId"));
        LocalDate consentedOn = fields.requiredDate("consentedOn", json.string("consentedOn"));
        Boolean writtenForm = json.bool("writtenForm");
        fields.required("writtenForm", writtenForm);
        fields.throwIfInvalid();
        return AgreementResponse.from(amend.recordConsent(new AmendAgreementUseCase.Consent(network, agreement, number,
                partnerId, consentedOn, writtenForm)), today());
    }

    @Drives(port = ReviewAgreementUseCase.class, operation = "recordReview")
    @Post("/{agreementId}/reviews")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordAgreementReview", summary = "Eine Überprüfung erfassen: ohne Änderungsbedarf verlängert sie, mit Änderungsbedarf gilt die Vereinbarung bis zur Ablösung fort")
    public HttpResponse<AgreementResponse> recordReview(@PathVariable String networkId,
                                                        @PathVariable String agreementId, @Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        AgreementId agreement = PathIds.agreement(agreementId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        LocalDate heldOn = fields.requiredDate("heldOn", json.string("heldOn"));
        Boolean changeNeeded = json.bool("changeNeeded");
        fields.required("changeNeeded", changeNeeded);
        String note = json.string("note");
        fields.throwIfInvalid();
        Review recorded = new Review(heldOn, changeNeeded, Optional.ofNullable(note));
        return created(review.recordReview(new ReviewAgreementUseCase.Command(network, agreement, recorded)), today());
    }

    private static HttpResponse<AgreementResponse> created(Agreement agreement, LocalDate date) {
        return HttpResponse.created(AgreementResponse.from(agreement, date), URI.create("/api/v1/networks/"
                + agreement.getNetworkId() + "/agreements/" + agreement.getId()));
    }

    private AmendAgreementUseCase.NewVersion newVersion(String networkId, String agreementId, JsonNode body,
                                                        String dateField) {
        NetworkId network = PathIds.network(networkId);
        AgreementId agreement = PathIds.agreement(agreementId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        LocalDate date = fields.requiredDate(dateField, json.string(dateField));
        LocalDate effectiveOn = fields.date("effectiveOn", json.string("effectiveOn"));
        String textReference = json.string("textReference");
        String summary = json.string("summary");
        fields.throwIfInvalid();
        return new AmendAgreementUseCase.NewVersion(network, agreement, date, effectiveOn, textReference, summary);
    }

    private LocalDate date(String on) {
        return today.orGiven(on);
    }

    private LocalDate today() {
        return today.today();
    }
}
