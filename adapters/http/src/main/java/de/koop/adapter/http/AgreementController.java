package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.port.in.AmendAgreementUseCase;
import de.koop.application.port.in.ConcludeAgreementUseCase;
import de.koop.application.port.in.FindAgreementsQuery;
import de.koop.application.port.in.ReviewAgreementUseCase;
import de.koop.domain.agreement.Agreement;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
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
    public HttpResponse<AgreementResponse> conclude(@PathVariable String networkId,
                                                    @Body AgreementRequests.Conclude request) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        List<Annex> annexes = new ArrayList<>();
        for (int i = 0; i < request.annexes().size(); i++) {
            AgreementRequests.Annex annex = request.annexes().get(i);
            annexes.add(fields.value("annexes[" + i + "]", () -> new Annex(annex.title(), annex.reference())));
        }
        Term term = fields.value("", () -> request.term().toTerm());
        TerminationRule termination = fields.value("termination", () -> request.termination().toRule());
        fields.throwIfInvalid();
        Agreement agreement = conclude.conclude(new ConcludeAgreementUseCase.Command(network, request.kind(),
                request.title(), request.legalBasis(), request.parties().stream().map(PartnerId::new).toList(),
                annexes, term, termination, Boolean.TRUE.equals(request.successorRequired()), request.concludedOn(),
                request.effectiveOn(), request.textReference()));
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
                                                            @PathVariable String agreementId,
                                                            @Body AgreementRequests.Proposal request) {
        return created(amend.proposeAmendment(new AmendAgreementUseCase.NewVersion(PathIds.network(networkId),
                PathIds.agreement(agreementId), request.proposedOn(), request.effectiveOn(), request.textReference(),
                request.summary())), today());
    }

    @Drives(port = AmendAgreementUseCase.class, operation = "concludeVersion")
    @Post("/{agreementId}/versions")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "concludeAgreementVersion", summary = "Eine von allen Parteien unterzeichnete neue Fassung erfassen")
    public HttpResponse<AgreementResponse> concludeVersion(@PathVariable String networkId,
                                                           @PathVariable String agreementId,
                                                           @Body AgreementRequests.Version request) {
        return created(amend.concludeVersion(new AmendAgreementUseCase.NewVersion(PathIds.network(networkId),
                PathIds.agreement(agreementId), request.concludedOn(), request.effectiveOn(), request.textReference(),
                request.summary())), today());
    }

    @Drives(port = AmendAgreementUseCase.class, operation = "recordConsent")
    @Post("/{agreementId}/versions/{number}/consents")
    @Operation(operationId = "recordAgreementConsent", summary = "Die schriftliche Zustimmung einer Partei zu einer vorgeschlagenen Fassung erfassen")
    public AgreementResponse recordConsent(@PathVariable String networkId, @PathVariable String agreementId,
                                           @PathVariable int number, @Body AgreementRequests.Consent request) {
        return AgreementResponse.from(amend.recordConsent(new AmendAgreementUseCase.Consent(PathIds.network(networkId),
                PathIds.agreement(agreementId), number, new PartnerId(request.partnerId()), request.consentedOn(),
                request.writtenForm())), today());
    }

    @Drives(port = ReviewAgreementUseCase.class, operation = "recordReview")
    @Post("/{agreementId}/reviews")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordAgreementReview", summary = "Eine Überprüfung erfassen: ohne Änderungsbedarf verlängert sie, mit Änderungsbedarf gilt die Vereinbarung bis zur Ablösung fort")
    public HttpResponse<AgreementResponse> recordReview(@PathVariable String networkId,
                                                        @PathVariable String agreementId,
                                                        @Body AgreementRequests.Review request) {
        NetworkId network = PathIds.network(networkId);
        AgreementId agreement = PathIds.agreement(agreementId);
        Fields fields = new Fields();
        Review recorded = fields.value("", () -> new Review(request.heldOn(), request.changeNeeded(),
                Optional.ofNullable(request.note())));
        fields.throwIfInvalid();
        return created(review.recordReview(new ReviewAgreementUseCase.Command(network, agreement, recorded)), today());
    }

    private static HttpResponse<AgreementResponse> created(Agreement agreement, LocalDate date) {
        return HttpResponse.created(AgreementResponse.from(agreement, date), URI.create("/api/v1/networks/"
                + agreement.getNetworkId() + "/agreements/" + agreement.getId()));
    }

    private LocalDate date(String on) {
        return today.orGiven(on);
    }

    private LocalDate today() {
        return today.today();
    }
}
