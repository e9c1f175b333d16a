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
import io.micronaut.json.tree.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The recurring duties an agreement creates (rule 13) and their deadlines. A rule is data:
 * <pre>
 * {"type": "FOR_REFERENCE_DATE", "referenceDay": "12-31", "dueDay": "04-30", "yearsAfter": 1}
 * {"type": "MONTHLY", "dayOfMonth": 15} | {"type": "YEARLY", "dueDay": "03-31"} | {"type": "ONCE_A_YEAR"}
 * {"type": "ONCE", "dueOn": "2026-12-31"}
 * </pre>
 */
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
    public HttpResponse<ObligationResponse> create(@PathVariable String networkId, @Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        String agreementValue = json.string("agreementId");
        AgreementId agreement = fields.value("agreementId", () -> AgreementId.parse(agreementValue, ""));
        String title = json.string("title");
        String responsibleValue = json.string("responsiblePartnerId");
        PartnerId responsible = fields.value("responsiblePartnerId", () -> PartnerId.parse(responsibleValue, ""));
        String recipientValue = json.string("recipientPartnerId");
        PartnerId recipient = recipientValue == null ? null
                : fields.value("recipientPartnerId", () -> PartnerId.parse(recipientValue, ""));
        DeadlineRule rule = rule(json, fields);
        LocalDate startsOn = fields.requiredDate("startsOn", json.string("startsOn"));
        LocalDate endsOn = fields.date("endsOn", json.string("endsOn"));
        Long reminder = json.integer("reminderDaysBefore");
        fields.throwIfInvalid();
        Obligation created = obligations.create(new ObligationUseCase.Create(network, agreement, title, responsible,
                Optional.ofNullable(recipient), rule, startsOn, Optional.ofNullable(endsOn),
                reminder == null ? 14 : reminder.intValue()));
        return HttpResponse.created(ObligationResponse.from(created), location(created));
    }

    @Drives(port = ObligationUseCase.class, operation = "fulfil")
    @Post("/obligations/{obligationId}/fulfilments")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordFulfilment", summary = "Erfassen, dass ein Termin erfüllt wurde")
    public HttpResponse<ObligationResponse> fulfil(@PathVariable String networkId, @PathVariable String obligationId,
                                                   @Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        LocalDate dueOn = fields.requiredDate("dueOn", json.string("dueOn"));
        LocalDate fulfilledOn = fields.requiredDate("fulfilledOn", json.string("fulfilledOn"));
        String note = json.string("note");
        fields.throwIfInvalid();
        Obligation fulfilled = obligations.fulfil(new ObligationUseCase.Fulfil(network, obligationId(obligationId),
                dueOn, fulfilledOn, note));
        return HttpResponse.created(ObligationResponse.from(fulfilled), location(fulfilled));
    }

    @Drives(port = FindDeadlinesQuery.class, operation = "deadlines")
    @Get("/deadlines")
    @Operation(operationId = "listDeadlines", summary = "Die Termine aller Pflichten, nach Fälligkeit; Filter: dueFrom, dueBefore, status (OPEN, OVERDUE, FULFILLED), party")
    public List<ObligationResponse.DeadlineBody> deadlines(@PathVariable String networkId,
                                                            @Nullable @QueryValue String dueFrom,
                                                            @Nullable @QueryValue String dueBefore,
                                                            @Nullable @QueryValue String status,
                                                            @Nullable @QueryValue String party) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        LocalDate now = today.today();
        LocalDate from = Optional.ofNullable(fields.date("dueFrom", dueFrom)).orElse(now.minusYears(1));
        LocalDate before = Optional.ofNullable(fields.date("dueBefore", dueBefore)).orElse(now.plusYears(1));
        Deadline.Status wanted = status == null ? null : fields.value("status", () -> Deadline.Status.fromCode(status, ""));
        PartnerId partner = party == null ? null : fields.value("party", () -> PartnerId.parse(party, ""));
        fields.throwIfInvalid();
        FindDeadlinesQuery.Criteria criteria = fields.value("", () -> new FindDeadlinesQuery.Criteria(from, before,
                Optional.ofNullable(wanted), Optional.ofNullable(partner)));
        fields.throwIfInvalid();
        return find.deadlines(network, criteria, now).stream().map(ObligationResponse.DeadlineBody::from).toList();
    }

    private static DeadlineRule rule(JsonBody json, Fields fields) {
        JsonBody rule = json.object("rule");
        if (rule == null) {
            return fields.required("rule", null);
        }
        String type = rule.string("type");
        String referenceDay = rule.string("referenceDay");
        String dueDay = rule.string("dueDay");
        Long yearsAfter = rule.integer("yearsAfter");
        Long dayOfMonth = rule.integer("dayOfMonth");
        LocalDate dueOn = fields.date("rule.dueOn", rule.string("dueOn"));
        return switch (type == null ? "" : type.strip().toUpperCase(Locale.ROOT)) {
            case "FOR_REFERENCE_DATE" -> {
                MonthDay reference = monthDay(fields, "rule.referenceDay", referenceDay);
                MonthDay due = monthDay(fields, "rule.dueDay", dueDay);
                yield reference == null || due == null ? null : fields.value("", () -> new DeadlineRule.ForReferenceDate(
                        reference, due, yearsAfter == null ? 1 : yearsAfter.intValue()));
            }
            case "MONTHLY" -> {
                fields.required("rule.dayOfMonth", dayOfMonth);
                yield dayOfMonth == null ? null : fields.value("", () -> new DeadlineRule.Monthly(dayOfMonth.intValue()));
            }
            case "YEARLY" -> {
                MonthDay due = monthDay(fields, "rule.dueDay", dueDay);
                yield due == null ? null : new DeadlineRule.Yearly(due);
            }
            case "ONCE_A_YEAR" -> new DeadlineRule.OnceAYear();
            case "ONCE" -> fields.value("", () -> new DeadlineRule.Once(dueOn));
            default -> {
                fields.refuse("rule.type", "muss FOR_REFERENCE_DATE, MONTHLY, YEARLY, ONCE_A_YEAR oder ONCE sein");
                yield null;
            }
        };
    }

    private static MonthDay monthDay(Fields fields, String path, String value) {
        if (value == null || value.isBlank()) {
            fields.refuse(path, "darf nicht leer sein");
            return null;
        }
        try {
            return MonthDay.parse("--" + value.strip());
        } catch (DateTimeParseException e) {
            fields.refuse(path, "ist kein gültiger Tag im Jahr (MM-TT, z. B. 04-30)");
            return null;
        }
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
