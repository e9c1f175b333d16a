package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.port.in.FindDeadlinesQuery;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.ObligationUseCase;
import de.koop.domain.obligation.Deadline;
import de.koop.domain.obligation.DeadlineRule;
import de.koop.domain.obligation.Obligation;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.ObligationId;
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
import java.util.List;
import java.util.Optional;

/** The recurring duties an agreement creates (rule 13), their rules as data, and their deadlines. */
@Controller("/api/v1/networks/{networkId}")
@Tag(name = "obligations")
public class ObligationController {

    private final ObligationUseCase obligations;
    private final FindDeadlinesQuery find;
    private final Today today;

    public ObligationController(ObligationUseCase obligations, FindDeadlinesQuery find, Today today) {
        this.obligations = obligations;
        this.find = find;
        this.today = today;
    }

    @Drives(port = FindDeadlinesQuery.class, operation = "obligations")
    @Get("/obligations")
    @Operation(operationId = "listObligations", summary = "Die Pflichten eines Netzwerks")
    public List<ObligationResponse> list(@PathVariable String networkId) {
        return find.obligations(PathIds.network(networkId)).stream().map(ObligationResponse::from).toList();
    }

    @Drives(port = FindDeadlinesQuery.class, operation = "obligation")
    @Get("/obligations/{obligationId}")
    @Operation(operationId = "getObligation", summary = "Eine Pflicht mit ihren Erfüllungen")
    public ObligationResponse get(@PathVariable String networkId, @PathVariable String obligationId) {
        return ObligationResponse.from(find.obligation(PathIds.network(networkId), obligationId(obligationId)));
    }

    @Drives(port = ObligationUseCase.class, operation = "create")
    @Post("/obligations")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createObligation", summary = "Eine Pflicht aus einer Vereinbarung erfassen: wer, an wen, nach welcher Regel, ab wann")
    public HttpResponse<ObligationResponse> create(@PathVariable String networkId,
                                                   @Body ObligationRequests.Create request) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        DeadlineRule rule = request.rule().toRule(fields);
        fields.throwIfInvalid();
        Obligation created = obligations.create(new ObligationUseCase.Create(network,
                new AgreementId(request.agreementId()), request.title(), new PartnerId(request.responsiblePartnerId()),
                Optional.ofNullable(request.recipientPartnerId()).map(PartnerId::new), rule, request.startsOn(),
                Optional.ofNullable(request.endsOn()),
                request.reminderDaysBefore() == null ? 14 : request.reminderDaysBefore()));
        return HttpResponse.created(ObligationResponse.from(created), location(created));
    }

    @Drives(port = ObligationUseCase.class, operation = "fulfil")
    @Post("/obligations/{obligationId}/fulfilments")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordFulfilment", summary = "Erfassen, dass ein Termin erfüllt wurde")
    public HttpResponse<ObligationResponse> fulfil(@PathVariable String networkId, @PathVariable String obligationId,
                                                   @Body ObligationRequests.Fulfil request) {
        Obligation fulfilled = obligations.fulfil(new ObligationUseCase.Fulfil(PathIds.network(networkId),
                obligationId(obligationId), request.dueOn(), request.fulfilledOn(), request.note()));
        return HttpResponse.created(ObligationResponse.from(fulfilled), location(fulfilled));
    }

    @Drives(port = FindDeadlinesQuery.class, operation = "deadlines")
    @Get("/deadlines")
    @Operation(operationId = "listDeadlines", summary = "Die Termine aller Pflichten, nach Fälligkeit; Filter: dueFrom und dueBefore (beide Tage "
            + "eingeschlossen), status (OPEN, OVERDUE, FULFILLED), party (verantwortlich oder Empfänger), responsible, recipient")
    public List<ObligationResponse.DeadlineBody> deadlines(@PathVariable String networkId,
                                                            @Nullable @QueryValue String dueFrom,
                                                            @Nullable @QueryValue String dueBefore,
                                                            @Nullable @QueryValue String status,
                                                            @Nullable @QueryValue String party,
                                                            @Nullable @QueryValue String responsible,
                                                            @Nullable @QueryValue String recipient) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        LocalDate now = today.today();
        LocalDate from = Optional.ofNullable(fields.date("dueFrom", dueFrom)).orElse(now.minusYears(1));
        LocalDate before = Optional.ofNullable(fields.date("dueBefore", dueBefore)).orElse(now.plusYears(1));
        Deadline.Status wanted = status == null ? null : fields.value("status", () -> Deadline.Status.fromCode(status, ""));
        Optional<PartnerId> partner = partner(fields, "party", party);
        Optional<PartnerId> responsibleParty = partner(fields, "responsible", responsible);
        Optional<PartnerId> recipientParty = partner(fields, "recipient", recipient);
        fields.throwIfInvalid();
        FindDeadlinesQuery.Criteria criteria = fields.value("", () -> new FindDeadlinesQuery.Criteria(from, before,
                Optional.ofNullable(wanted), partner, responsibleParty, recipientParty));
        fields.throwIfInvalid();
        return find.deadlines(network, criteria, now).stream().map(ObligationResponse.DeadlineBody::from).toList();
    }

    private static Optional<PartnerId> partner(Fields fields, String parameter, String value) {
        return value == null ? Optional.empty()
                : Optional.ofNullable(fields.value(parameter, () -> PartnerId.parse(value, "")));
    }

    private static ObligationId obligationId(String value) {
        try {
            return ObligationId.parse(value, "obligationId");
        } catch (InvalidValueException e) {
            throw new NotFoundException("Pflicht", value);
        }
    }

    private static URI location(Obligation obligation) {
        return URI.create("/api/v1/networks/" + obligation.getNetworkId() + "/obligations/" + obligation.getId());
    }
}
