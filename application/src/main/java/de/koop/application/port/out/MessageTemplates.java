package de.koop.application.port.out;

import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.RenderedMessage;
import java.util.Map;

/**
 * Renders the German template of a kind of message with the values of one occasion. Implementations must pass
 * {@code MessageTemplatesContract} from the application test-jar.
 */
public interface MessageTemplates {

    /**
     * @param values the template's values by name; what each kind expects is documented with its
     *               template
     */
    RenderedMessage render(MessageKind kind, Map<String, Object> values);
}
