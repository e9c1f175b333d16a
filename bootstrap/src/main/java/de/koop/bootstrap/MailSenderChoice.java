package de.koop.bootstrap;

import de.koop.application.port.out.MailSender;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the start when {@code koop.mail.sender} names a sender that koop does not have, as {@link SettingsCheck}
 * does for every other wrong value: otherwise koop would run without sending, and say nothing.
 */
@Context
final class MailSenderChoice {

    private static final Logger LOG = LoggerFactory.getLogger(MailSenderChoice.class);

    MailSenderChoice(@Value("${koop.mail.sender:none}") String sender, BeanContext beans) {
        if (!sender.strip().equals("none") && !beans.containsBean(MailSender.class)) {
            String message = ("Invalid setting koop.mail.sender=%s (KOOP_MAIL_SENDER): allowed is none, smtp, files "
                    + "or the name of an added sender").formatted(sender);
            LOG.error(message);
            throw new SettingsCheck.InvalidSettingException(message);
        }
    }
}
