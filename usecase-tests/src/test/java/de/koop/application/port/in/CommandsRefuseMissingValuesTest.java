package de.koop.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.domain.partner.ConsentScope;
import de.koop.domain.shared.AgreementId;
import de.koop.domain.shared.BodyId;
import de.koop.domain.shared.InvalidValueException;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.PartnerId;
import de.koop.domain.shared.SeatId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A command missing a value is bad input: it refuses in German, naming the field (a 400 over HTTP),
 * never with a NullPointerException (a 500); an absent optional value is simply absent.
 */
class CommandsRefuseMissingValuesTest {

    private static final NetworkId NETWORK = NetworkId.newId();

    static Stream<Arguments> missing() {
        return Stream.of(
                Arguments.of("networkId", (Supplier<?>) () -> new ReviewAgreementUseCase.Command(null,
                        AgreementId.newId(), null)),
                Arguments.of("review", (Supplier<?>) () -> new ReviewAgreementUseCase.Command(NETWORK,
                        AgreementId.newId(), null)),
                Arguments.of("obligationId", (Supplier<?>) () -> new ObligationUseCase.Fulfil(NETWORK, null,
                        LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 30), null)),
                Arguments.of("meetingId", (Supplier<?>) () -> new MeetingUseCase.Ref(NETWORK, null)),
                Arguments.of("lastDay", (Supplier<?>) () -> new GovernanceUseCase.EndSeat(NETWORK, BodyId.newId(),
                        SeatId.newId(), null)),
                Arguments.of("partnerId", (Supplier<?>) () -> new PublicationConsentCommand(NETWORK, null,
                        ConsentScope.LOGO, Optional.empty())),
                Arguments.of("networkId", (Supplier<?>) () -> new RenameNetworkCommand(null, 0, "Netzwerk", null)),
                Arguments.of("data", (Supplier<?>) () -> new RegisterPartnerCommand(NETWORK, null, null)),
                Arguments.of("charter", (Supplier<?>) () -> new GovernanceUseCase.EstablishBody(NETWORK, null,
                        "Lenkung", Optional.empty(), LocalDate.of(2026, 1, 1), Optional.empty(), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missing")
    void aMissingValueIsRefusedInGermanNamingTheField(String field, Supplier<?> command) {
        assertThatThrownBy(command::get).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).isEqualTo("darf nicht leer sein");
        });
    }

    @Test
    void anAbsentOptionalValueIsEmpty() {
        assertThat(new PublicationConsentCommand(NETWORK, PartnerId.newId(), ConsentScope.LOGO, null).on()).isEmpty();
        assertThat(new GovernanceUseCase.Elect(NETWORK, BodyId.newId(), null, LocalDate.of(2026, 3, 1), 1,
                List.of(), List.of()).electorateBodyId()).isEmpty();
    }
}
