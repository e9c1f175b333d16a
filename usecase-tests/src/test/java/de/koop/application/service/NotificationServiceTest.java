package de.koop.application.service;

import static de.koop.application.service.UseCaseFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.koop.application.page.PageRequest;
import de.koop.application.port.in.NotFoundException;
import de.koop.domain.agreement.Agreement;
import de.koop.domain.agreement.TerminationRule;
import de.koop.domain.network.Network;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.notification.RenderedMessage;
import de.koop.domain.partner.Partner;
import de.koop.domain.shared.NotificationId;
import de.koop.domain.shared.RuleCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The outbox as coordinators and administrators read it, retries, and the templates' previews. */
class NotificationServiceTest {

    private final UseCaseFixture koop = new UseCaseFixture();
    private final NotificationService notifications = koop.notificationService;

    @Test
    void everyKindOfMessageCanBePreviewedInGermanWithEveryValueFilledIn() {
        for (MessageKind kind : MessageKind.values()) {
            RenderedMessage preview = notifications.preview(kind);

            assertThat(preview.text()).as(kind.name()).contains("Guten Tag").doesNotContain("{{", "  ,", " „“");
            assertThat(preview.subject()).as(kind.name()).isNotBlank().doesNotContain("„“", "()");
            assertThat(preview.html()).as(kind.name()).contains("<html lang=\"de\">");
        }
    }

    @Test
    void theOutboxListsMessagesByStatusAndOnlyAFailedOneCanBeRetried() {
        Network network = koop.network("Leipziger Kooperation Pflege");
        Agreement agreement = koop.agreement(network, new TerminationRule.AnyTime(), "2021-01-15",
                koop.partner(network, "Stadt Leipzig, Sozialamt"));
        Partner refusing = koop.partner(network, "Pflegedienst Mond", "Lena Mond", "lena@mond.example");
        Partner accepting = koop.partner(network, "Pflegedienst Sonne", "Jana Vogel", "jana@sonne.example");
        koop.accede(network, agreement, refusing, "2021-04-12");
        koop.accede(network, agreement, accepting, "2021-04-12");
        sendUntilParked(refusing);

        Notification failed = notifications.list(Optional.of(Notification.Status.FAILED), PageRequest.first()).items()
                .getFirst();
        Notification sent = notifications.list(Optional.of(Notification.Status.SENT), PageRequest.first()).items()
                .getFirst();

        assertThat(failed.recipient().value()).isEqualTo("lena@mond.example");
        assertThat(sent.recipient().value()).isEqualTo("jana@sonne.example");
        assertThat(notifications.list(Optional.empty(), PageRequest.first()).totalItems()).isEqualTo(2);
        assertRefused(RuleCode.NOTIFICATION_NOT_FAILED, () -> notifications.retry(sent.id()));
        Notification retried = notifications.retry(failed.id());
        assertThat(retried.status()).isEqualTo(Notification.Status.PENDING);
        assertThat(notifications.find(failed.id())).isEqualTo(retried);
        assertThatThrownBy(() -> notifications.find(NotificationId.newId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNetworkListsItsOwnMessagesAndRetriesOnlyItsOwnFailedOnes() {
        Network leipzig = koop.network("Leipziger Kooperation Pflege");
        Network steinfurt = koop.network("Kooperation Eingliederungshilfe Steinfurt");
        Agreement framework = koop.agreement(leipzig, new TerminationRule.AnyTime(), "2021-01-15",
                koop.partner(leipzig, "Stadt Leipzig, Sozialamt"));
        Agreement cooperation = koop.agreement(steinfurt, new TerminationRule.AnyTime(), "2021-01-15",
                koop.partner(steinfurt, "Kreis Steinfurt"));
        Partner unreachable = koop.partner(leipzig, "Pflegedienst Mond", "Lena Mond", "lena@mond.example");
        Partner elsewhere = koop.partner(steinfurt, "Wohnverbund Emsdetten", "Tom Richter", "tom@emsdetten.example");
        koop.accede(leipzig, framework, unreachable, "2021-04-12");
        koop.accede(steinfurt, cooperation, elsewhere, "2021-04-12");
        sendUntilParked(unreachable, elsewhere);

        var failedInLeipzig = notifications.ofNetwork(leipzig.getId(), Optional.of(Notification.Status.FAILED),
                PageRequest.first());
        Notification other = notifications.ofNetwork(steinfurt.getId(), Optional.empty(), PageRequest.first()).items()
                .getFirst();

        assertThat(failedInLeipzig.items()).singleElement()
                .satisfies(n -> assertThat(n.recipient().value()).isEqualTo("lena@mond.example"));
        Notification failed = failedInLeipzig.items().getFirst();
        assertThat(notifications.findInNetwork(leipzig.getId(), failed.id())).isEqualTo(failed);
        // another network's message is not found under this one, neither to read nor to retry
        assertThatThrownBy(() -> notifications.findInNetwork(leipzig.getId(), other.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notifications.retryInNetwork(leipzig.getId(), other.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(notifications.find(other.id()).status()).isEqualTo(Notification.Status.FAILED);
        assertThatThrownBy(() -> notifications.ofNetwork(de.koop.domain.shared.NetworkId.newId(), Optional.empty(),
                PageRequest.first())).isInstanceOf(NotFoundException.class);

        Notification retried = notifications.retryInNetwork(leipzig.getId(), failed.id());

        assertThat(retried.status()).isEqualTo(Notification.Status.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(notifications.ofNetwork(leipzig.getId(), Optional.of(Notification.Status.FAILED),
                PageRequest.first()).items()).isEmpty();
        assertRefused(RuleCode.NOTIFICATION_NOT_FAILED, () -> notifications.retryInNetwork(leipzig.getId(), failed.id()));
    }

    /** Sends the outbox until every attempt is spent: the partners' mail servers refuse every message. */
    private void sendUntilParked(Partner... unreachable) {
        for (Partner partner : unreachable) {
            koop.mailServer.refused.add(partner.getContacts().getFirst().email().orElseThrow());
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            koop.outboxDispatcher.dispatchDue(() -> true);
            koop.clock.advance(java.time.Duration.ofMinutes(5));
        }
    }
}
