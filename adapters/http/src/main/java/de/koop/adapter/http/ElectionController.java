package de.koop.adapter.http;

import de.koop.adapter.http.security.Drives;
import de.koop.application.port.in.GovernanceUseCase;
import de.koop.domain.governance.Candidate;
import de.koop.domain.governance.Seat;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.PersonId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Elections of a body's seats by its electorate (rule 7). */
@Controller("/api/v1/networks/{networkId}/elections")
@Tag(name = "elections")
public class ElectionController {

    /** The seats an election created. */
    @Serdeable
    public record ElectionResponse(String bodyId, String electedOn, List<BodyResponse.SeatBody> seats) {
    }

    private final GovernanceUseCase governance;

    public ElectionController(GovernanceUseCase governance) {
        this.governance = governance;
    }

    @Drives(port = GovernanceUseCase.class, operation = "elect")
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "recordElection", summary = "Eine Wahl erfassen: Wählende, Kandidierende und Stimmen; die Gewählten erhalten Sitze für die Amtszeit")
    public HttpResponse<ElectionResponse> elect(@PathVariable String networkId, @Body JsonNode body) {
        NetworkId network = PathIds.network(networkId);
        Fields fields = new Fields();
        JsonBody json = JsonBody.of(body, fields);
        String bodyValue = json.string("bodyId");
        BodyId bodyId = fields.value("bodyId", () -> BodyId.parse(bodyValue, ""));
        String electorateValue = json.string("electorateBodyId");
        BodyId electorate = electorateValue == null ? null
                : fields.value("electorateBodyId", () -> BodyId.parse(electorateValue, ""));
        LocalDate electedOn = fields.requiredDate("electedOn", json.string("electedOn"));
        Long seatsToFill = json.integer("seatsToFill");
        fields.required("seatsToFill", seatsToFill);
        List<String> voters = json.strings("voters");
        List<Candidate> candidates = new ArrayList<>();
        for (JsonBody candidate : json.objects("candidates")) {
            String name = candidate.string("name");
            String person = candidate.string("personId");
            String partner = candidate.string("partnerId");
            Long votes = candidate.integer("votes");
            fields.required(candidate.path() + ".votes", votes);
            PersonId personId = person == null ? null
                    : fields.value(candidate.path() + ".personId", () -> PersonId.parse(person, ""));
            PartnerId partnerId = partner == null ? null
                    : fields.value(candidate.path() + ".partnerId", () -> PartnerId.parse(partner, ""));
            Candidate parsed = votes == null ? null : fields.value(candidate.path(), () -> new Candidate(name,
                    Optional.ofNullable(personId), Optional.ofNullable(partnerId), votes.intValue()));
            if (parsed != null) {
                candidates.add(parsed);
            }
        }
        fields.throwIfInvalid();
        List<Seat> seats = governance.elect(new GovernanceUseCase.Elect(network, bodyId, Optional.ofNullable(electorate),
                electedOn,
                seatsToFill.intValue(), voters, candidates));
        return HttpResponse.created(new ElectionResponse(bodyId.toString(), electedOn.toString(),
                seats.stream().map(BodyResponse.SeatBody::from).toList()), BodyController.location(network, bodyId));
    }
}
