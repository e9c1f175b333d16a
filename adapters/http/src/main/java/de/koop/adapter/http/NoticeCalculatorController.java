package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.port.in.NoticeCalculatorQuery;
import de.koop.domain.declaration.NoticeOutcome;
import de.koop.domain.shared.PartnerId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;

/**
 * The notice calculator of an agreement: when a party is free if its notice arrives on a day, and by
 * which day its notice must arrive to leave on a day. Read-only; any day, past or future.
 */
@Controller("/api/v1/networks/{networkId}/agreements/{agreementId}")
@Tag(name = "agreements")
public class NoticeCalculatorController {

    private final NoticeCalculatorQuery calculator;

    public NoticeCalculatorController(NoticeCalculatorQuery calculator) {
        this.calculator = calculator;
    }

    /** What a notice received on a day brings about: the last day the party is bound and why. */
    @Serdeable
    public record NoticeResponse(String partnerId, String receivedOn, String lastBoundDay, String freeFrom,
                                 String rule, @Nullable String successorDueBy) {

        static NoticeResponse from(NoticeOutcome outcome) {
            return new NoticeResponse(outcome.partnerId().toString(), outcome.receivedOn().toString(),
                    outcome.lastBoundDay().toString(), outcome.freeFrom().toString(), outcome.ruleApplied(),
                    outcome.successorDueBy().map(LocalDate::toString).orElse(null));
        }
    }

    @Drives(port = NoticeCalculatorQuery.class, operation = "ifReceivedOn")
    @Get("/notice")
    // a day no notice can end on breaks the agreement's rule, though nothing is recorded
    @ApiResponse(responseCode = "422", ref = "#/components/responses/UnprocessableEntity")
    @Operation(operationId = "noticeIfReceivedOn", summary = "Kündigungsrechner: bis wann ist die Partei gebunden, wenn ihre Kündigung am Tag receivedOn zugeht?")
    public NoticeResponse ifReceivedOn(@PathVariable String networkId, @PathVariable String agreementId,
                                       @Nullable @QueryValue String partnerId, @Nullable @QueryValue String receivedOn) {
        Fields fields = new Fields();
        PartnerId partner = partner(fields, partnerId);
        LocalDate received = fields.requiredDate("receivedOn", receivedOn);
        fields.throwIfInvalid();
        return NoticeResponse.from(calculator.ifReceivedOn(PathIds.network(networkId), PathIds.agreement(agreementId),
                partner, received));
    }

    @Drives(port = NoticeCalculatorQuery.class, operation = "latestReceiptFor")
    @Get("/notice-deadline")
    // a day no notice can end on breaks the agreement's rule, though nothing is recorded
    @ApiResponse(responseCode = "422", ref = "#/components/responses/UnprocessableEntity")
    @Operation(operationId = "latestNoticeReceipt", summary = "Kündigungsrechner: bis zu welchem Tag muss die Kündigung zugehen, um mit Ablauf des Jahres "
            + "year (31.12.) oder des Tages lastBoundDay auszuscheiden?")
    public NoticeResponse latestReceiptFor(@PathVariable String networkId, @PathVariable String agreementId,
                                           @Nullable @QueryValue String partnerId, @Nullable @QueryValue String year,
                                           @Nullable @QueryValue String lastBoundDay) {
        Fields fields = new Fields();
        PartnerId partner = partner(fields, partnerId);
        LocalDate day = fields.date("lastBoundDay", lastBoundDay);
        if (year != null && lastBoundDay != null) {
            fields.refuse("year", "entweder year oder lastBoundDay angeben, nicht beides");
        } else if (year != null) {
            day = endOfYear(fields, year);
        } else if (lastBoundDay == null || lastBoundDay.isBlank()) {
            fields.refuse("lastBoundDay", "year oder lastBoundDay angeben");
        }
        fields.throwIfInvalid();
        return NoticeResponse.from(calculator.latestReceiptFor(PathIds.network(networkId),
                PathIds.agreement(agreementId), partner, day));
    }

    private static PartnerId partner(Fields fields, String partnerId) {
        fields.required("partnerId", partnerId);
        return partnerId == null ? null : fields.value("partnerId", () -> PartnerId.parse(partnerId, ""));
    }

    /** "Leave at the end of 2029": the last bound day is 31 December of that year. */
    private static LocalDate endOfYear(Fields fields, String year) {
        try {
            int value = Integer.parseInt(year.strip());
            if (value >= 1900 && value <= 2199) {
                return LocalDate.of(value, 12, 31);
            }
        } catch (NumberFormatException e) {
            // refused below like an out-of-range year
        }
        fields.refuse("year", "muss ein Jahr zwischen 1900 und 2199 sein");
        return null;
    }
}
