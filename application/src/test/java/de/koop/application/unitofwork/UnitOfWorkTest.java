package de.koop.application.unitofwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.change.Change;
import de.koop.application.change.Change.Kind;
import de.koop.domain.shared.NetworkId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The unit of work hands each change to its handlers: the stamp before the first write, the rest at the end. */
class UnitOfWorkTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final NetworkId LEIPZIG = new NetworkId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private static final NetworkId DRESDEN = new NetworkId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));

    private final RecordingEffects effects = new RecordingEffects();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final UnitOfWork work = new UnitOfWork(List.of(new NetworkStampHandler(effects),
            new RecordDateHandler(effects, clock), new ReminderWakeupHandler(effects), new AuditHandler(effects, clock)));

    static Change change(Kind kind, NetworkId network) {
        return new Change(kind, UUID.randomUUID(), Optional.of(network), Optional.empty());
    }

    /** What a use case does: record, then write (here: a line in the log). */
    private void write(Change change) {
        work.record(change);
        effects.log.add("write " + change.id());
    }

    @Test
    void eachNetworksStampIsRaisedOnceBeforeItsFirstWriteAndTheOtherEffectsFollowAtTheEnd() {
        Change partner = change(Kind.PARTNER, LEIPZIG);
        Change agreement = change(Kind.AGREEMENT, LEIPZIG);
        Change body = change(Kind.BODY, DRESDEN);

        work.run("RegisterPartnerUseCase.register", Optional.of("user-1"), () -> {
            write(partner);
            write(agreement);
            write(body);
            return null;
        });

        assertThat(effects.log).containsExactly(
                "stamp " + LEIPZIG.value(), "write " + partner.id(), "write " + agreement.id(),
                "stamp " + DRESDEN.value(), "write " + body.id(),
                "dated " + partner.id() + " " + NOW, "dated " + body.id() + " " + NOW,
                "wake network " + LEIPZIG.value(), "wake AGREEMENT " + agreement.id(), "wake BODY " + body.id(),
                "audit RegisterPartnerUseCase.register");
    }

    @Test
    void theSameChangeRecordedTwiceCountsOnce() {
        Change partner = change(Kind.PARTNER, LEIPZIG);

        work.run("UpdatePartnerUseCase.update", Optional.empty(), () -> {
            write(partner);
            write(partner);
            return null;
        });

        assertThat(effects.log).filteredOn(line -> line.startsWith("dated") || line.startsWith("stamp")).hasSize(2);
    }

    @Test
    void aChangeOfDataOutsideTheNetworksDoesNotRaiseAStampButIsAudited() {
        Change grant = new Change(Kind.USER, UUID.randomUUID(), Optional.of(LEIPZIG), Optional.empty());

        work.run("UserAdministrationUseCase.grant", Optional.of("admin"), () -> {
            write(grant);
            write(change(Kind.PARTNER, LEIPZIG));
            return null;
        });

        assertThat(effects.log).filteredOn(line -> line.startsWith("stamp")).containsExactly("stamp " + LEIPZIG.value());
        assertThat(effects.entries).singleElement().satisfies(entry -> {
            assertThat(entry.aggregate()).isEqualTo("User");
            assertThat(entry.aggregateId()).contains(grant.id().toString());
            assertThat(entry.networkId()).contains(LEIPZIG);
        });
    }

    @Test
    void aChangeOutsideAUnitOfWorkIsRefused() {
        assertThatThrownBy(() -> work.record(change(Kind.PARTNER, LEIPZIG))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside a unit of work");
        assertThat(work.recorded(Kind.PARTNER)).isFalse();
    }

    @Test
    void aRunWithinARunJoinsIt() {
        work.run("MeetingUseCase.schedule", Optional.of("user-1"), () -> work.run("Inner.call", Optional.empty(), () -> {
            write(change(Kind.OBLIGATION, LEIPZIG));
            return null;
        }));

        assertThat(effects.entries).extracting(e -> e.useCase()).containsExactly("MeetingUseCase.schedule");
    }

    @Test
    void aFailingUseCaseHandsNothingOnAndLeavesNoRunBehind() {
        assertThatThrownBy(() -> work.run("RegisterPartnerUseCase.register", Optional.empty(), () -> {
            write(change(Kind.PARTNER, LEIPZIG));
            throw new IllegalStateException("Regel verletzt");
        })).hasMessage("Regel verletzt");

        // the stamp was raised before the write; the transaction the run is part of undoes both
        assertThat(effects.log).hasSize(2).allMatch(line -> line.startsWith("stamp") || line.startsWith("write"));
        assertThat(work.recorded(Kind.PARTNER)).isFalse();
        assertThatThrownBy(() -> work.record(change(Kind.PARTNER, LEIPZIG))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRunThatChangedNothingLeavesNoTrace() {
        String answer = work.run("FindNetworksQuery.find", Optional.of("user-1"), () -> "gelesen");

        assertThat(answer).isEqualTo("gelesen");
        assertThat(effects.log).isEmpty();
    }

    @Test
    void whatWasRecordedIsKnownDuringTheRunOnly() {
        work.run("RegisterPartnerUseCase.register", Optional.empty(), () -> {
            assertThat(work.recorded(Kind.PARTNER)).isFalse();
            work.record(change(Kind.PARTNER, LEIPZIG));
            assertThat(work.recorded(Kind.PARTNER)).isTrue();
            assertThat(work.recorded(Kind.BODY)).isFalse();
            return null;
        });

        assertThat(work.recorded(Kind.PARTNER)).isFalse();
    }
}
