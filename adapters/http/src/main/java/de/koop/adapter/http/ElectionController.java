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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
    public HttpResponse<ElectionResponse> elect(@PathVariable String networkId,
                                                @Body GovernanceRequests.Elect request) {
        NetworkId network = PathIds.network(networkId);
        BodyId bodyId = new BodyId(request.bodyId());
        Fields fields = new Fields();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < request.candidates().size(); i++) {
            GovernanceRequests.Candidate candidate = request.candidates().get(i);
            candidates.add(fields.value("candidates[" + i + "]", () -> new Candidate(candidate.name(),
                    Optional.ofNullable(candidate.personId()).map(PersonId::new),
                    Optional.ofNullable(candidate.partnerId()).map(PartnerId::new), candidate.votes())));
        }
        fields.throwIfInvalid();
        List<Seat> seats = governance.elect(new GovernanceUseCase.Elect(network, bodyId,
                Optional.ofNullable(request.electorateBodyId()).map(BodyId::new), request.electedOn(),
                request.seatsToFill(), request.voters(), candidates));
        return HttpResponse.created(new ElectionResponse(bodyId.toString(), request.electedOn().toString(),
                seats.stream().map(BodyResponse.SeatBody::from).toList()), BodyController.location(network, bodyId));
    }
}
