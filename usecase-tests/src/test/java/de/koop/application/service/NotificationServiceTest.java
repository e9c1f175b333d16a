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
        koop.mailServer.refused.add(refusing.getContacts().getFirst().email().orElseThrow());
        for (int attempt = 0; attempt < 3; attempt++) {
            koop.outboxDispatcher.dispatchDue(() -> true);
            koop.clock.advance(java.time.Duration.ofMinutes(5));
        }

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
}
