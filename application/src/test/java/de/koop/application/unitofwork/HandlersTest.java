package de.koop.application.unitofwork;

import static org.assertj.core.api.Assertions.assertThat;

import de.koop.application.change.Change;
import de.koop.application.change.Change.Kind;
import de.koop.domain.shared.NetworkId;
import de.koop.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each handler on its own: which changes it acts on, and what it writes. */
class HandlersTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final NetworkId NETWORK = new NetworkId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));

    private final RecordingEffects effects = new RecordingEffects();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Work work(Change... changes) {
        return new Work("GovernanceUseCase.establish", Optional.of("user-1"), List.of(changes));
    }

    private static Change of(Kind kind) {
        return UnitOfWorkTest.change(kind, NETWORK);
    }

    @Test
    void theRecordsOfThePublicReadApiAreDatedAndNoOthers() {
        Change network = of(Kind.NETWORK);
        Change partner = of(Kind.PARTNER);
        Change body = of(Kind.BODY);
        Change meeting = of(Kind.MEETING);

        new RecordDateHandler(effects, clock).completed(work(network, of(Kind.AGREEMENT), partner, of(Kind.DECLARATION),
                body, meeting, of(Kind.OBLIGATION), of(Kind.NOTIFICATION)));

        assertThat(effects.log).containsExactly("dated " + network.id() + " " + NOW, "dated " + partner.id() + " " + NOW,
                "dated " + body.id() + " " + NOW, "dated " + meeting.id() + " " + NOW);
    }

    @Test
    void theSweepLooksAtWhatAChangeMayHaveGivenANewReminder() {
        Change agreement = of(Kind.AGREEMENT);
        Change obligation = of(Kind.OBLIGATION);
        Change body = of(Kind.BODY);
        UUID bodyOfMeeting = UUID.randomUUID();
        Change meeting = new Change(Kind.MEETING, UUID.randomUUID(), Optional.of(NETWORK), Optional.of(bodyOfMeeting));

        new ReminderWakeupHandler(effects).completed(work(of(Kind.NETWORK), of(Kind.PARTNER), agreement, obligation,
                body, meeting, of(Kind.DECLARATION), of(Kind.NOTIFICATION), Change.sessionsOf(new UserId(UUID.randomUUID()))));

        assertThat(effects.log).containsExactly("wake network " + NETWORK.value(), "wake network " + NETWORK.value(),
                "wake AGREEMENT " + agreement.id(), "wake OBLIGATION " + obligation.id(), "wake BODY " + body.id(),
                "wake BODY " + bodyOfMeeting);
    }

    @Test
    void theAuditEntryNamesWhoWhenTheOperationAndItsFirstChangeByKindAndIdOnly() {
        Change body = of(Kind.BODY);

        new AuditHandler(effects, clock).completed(work(body, of(Kind.PARTNER)));

        assertThat(effects.entries).singleElement().satisfies(entry -> {
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(entry.actor()).contains("user-1");
            assertThat(entry.useCase()).isEqualTo("GovernanceUseCase.establish");
            assertThat(entry.aggregate()).isEqualTo("Body");
            assertThat(entry.aggregateId()).contains(body.id().toString());
            assertThat(entry.networkId()).contains(NETWORK);
        });
    }

    @Test
    void anEntryWhoseFirstChangeHasNoNetworkTakesTheNetworkOfTheNext() {
        UserId user = new UserId(UUID.randomUUID());

        new AuditHandler(effects, clock).completed(work(Change.sessionsOf(user), of(Kind.PARTNER)));

        assertThat(effects.entries).singleElement().satisfies(entry -> {
            assertThat(entry.aggregate()).isEqualTo("Sitzung");
            assertThat(entry.aggregateId()).contains(user.value().toString());
            assertThat(entry.networkId()).contains(NETWORK);
        });
    }

    @Test
    void aRunAcrossNetworksBelongsToNoneOfThem() {
        Change elsewhere = UnitOfWorkTest.change(Kind.NOTIFICATION, new NetworkId(UUID.randomUUID()));

        new AuditHandler(effects, clock).completed(work(of(Kind.NOTIFICATION), elsewhere));

        assertThat(effects.entries).singleElement().satisfies(entry -> {
            assertThat(entry.aggregate()).isEqualTo("Notification");
            assertThat(entry.networkId()).isEmpty();
        });
    }

    @Test
    void noChangeNoEntry() {
        new AuditHandler(effects, clock).completed(work());

        assertThat(effects.entries).isEmpty();
    }
}
