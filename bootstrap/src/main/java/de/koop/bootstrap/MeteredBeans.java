package de.koop.bootstrap;

import de.koop.application.port.in.SendRemindersUseCase;
import de.koop.application.port.out.MailSender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Counts what the outbox and the reminder sweep do by wrapping the beans they work through, so that the
 * application's services stay free of any metrics library.
 */
final class MeteredBeans {

    private MeteredBeans() {
    }

    private static Counter sent(MeterRegistry registry) {
        return Counter.builder("koop.outbox.sent").description("Messages the mail server took").register(registry);
    }

    private static Counter sendFailures(MeterRegistry registry) {
        return Counter.builder("koop.outbox.send.failures")
                .description("Attempts to send a message that failed (it is retried or parked as FAILED)")
                .register(registry);
    }

    private static Timer sweepDuration(MeterRegistry registry) {
        return Timer.builder("koop.reminders.sweep").description("Duration of reminder sweeps on this instance")
                .register(registry);
    }

    private static Counter written(MeterRegistry registry) {
        return Counter.builder("koop.reminders.written").description("Reminders the sweeps wrote into the outbox")
                .register(registry);
    }

    private static Counter sweepFailures(MeterRegistry registry) {
        return Counter.builder("koop.reminders.sweep.failures")
                .description("Sweeps that failed (the next one goes on from the last committed round)")
                .register(registry);
    }

    /** The meters from the start, at zero, also where nothing sends or sweeps yet: an alert needs a series. */
    @Singleton
    static final class Registration implements MeterBinder {

        @Override
        public void bindTo(MeterRegistry registry) {
            sent(registry);
            sendFailures(registry);
            sweepDuration(registry);
            written(registry);
            sweepFailures(registry);
        }
    }

    /** Messages handed to the mail server ({@code koop_outbox_sent_total}) and attempts that failed. */
    @Singleton
    static final class MeteredMailSender implements BeanCreatedEventListener<MailSender> {

        private final BeanProvider<MeterRegistry> registry;

        MeteredMailSender(BeanProvider<MeterRegistry> registry) {
            this.registry = registry;
        }

        @Override
        public MailSender onCreated(BeanCreatedEvent<MailSender> event) {
            MailSender sender = event.getBean();
            if (event.getBeanDefinition().getBeanType() != MailSender.class) {
                return sender;
            }
            Counter sent = sent(registry.get());
            Counter failed = sendFailures(registry.get());
            return (batch, proceed, outcomes) -> sender.send(batch, proceed, delivery -> {
                (delivery.failure().isPresent() ? failed : sent).increment();
                outcomes.accept(delivery);
            });
        }
    }

    /** How long each reminder sweep took ({@code koop_reminders_sweep_seconds}), what it wrote, how many failed. */
    @Singleton
    static final class MeteredReminderSweep implements BeanCreatedEventListener<SendRemindersUseCase> {

        private final BeanProvider<MeterRegistry> registry;

        MeteredReminderSweep(BeanProvider<MeterRegistry> registry) {
            this.registry = registry;
        }

        @Override
        public SendRemindersUseCase onCreated(BeanCreatedEvent<SendRemindersUseCase> event) {
            SendRemindersUseCase sweep = event.getBean();
            if (event.getBeanDefinition().getBeanType() != SendRemindersUseCase.class) {
                // the service behind the use case, exposed under its own type, stays as it is
                return sweep;
            }
            Timer duration = sweepDuration(registry.get());
            Counter written = written(registry.get());
            Counter failures = sweepFailures(registry.get());
            return today -> {
                Timer.Sample sample = Timer.start(registry.get());
                try {
                    int count = sweep.sweep(today);
                    written.increment(count);
                    return count;
                } catch (RuntimeException e) {
                    failures.increment();
                    throw e;
                } finally {
                    sample.stop(duration);
                }
            };
        }
    }
}
