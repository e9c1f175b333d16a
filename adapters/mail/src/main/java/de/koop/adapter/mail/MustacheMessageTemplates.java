package de.koop.adapter.mail;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import de.koop.application.port.out.MessageTemplates;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.RenderedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The German templates under {@code mail/}: for each kind a subject, a plain-text and an HTML template
 * ({@code accession-confirmation.subject.mustache}, {@code .txt.mustache}, {@code .html.mustache}).
 * HTML escapes every value; plain text and subject take them as they are.
 * <p>
 * German words agree with a count, which Mustache cannot express; every template may therefore use
 * {@code {{#plural}}count|singular|plural{{/plural}}}, e.g.
 * {@code {{#plural}}{{seatsToFill}}|war {{seatsToFill}} Sitz|waren {{seatsToFill}} Sitze{{/plural}}}: the
 * singular for exactly 1, the plural otherwise (also for 0). Inside it only counts may be rendered, no
 * names, since a name may hold a bar.
 */
public final class MustacheMessageTemplates implements MessageTemplates {

    private static final Mustache.Lambda PLURAL = (fragment, out) -> {
        String[] parts = fragment.execute().split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalStateException("plural takes count|singular|plural, found " + parts.length + " parts");
        }
        out.write(parts[0].strip().equals("1") ? parts[1] : parts[2]);
    };

    private record Templates(Template subject, Template text, Template html) {
    }

    private final Map<MessageKind, Templates> byKind = new EnumMap<>(MessageKind.class);

    public MustacheMessageTemplates() {
        Mustache.Compiler plain = Mustache.compiler().escapeHTML(false).defaultValue("");
        Mustache.Compiler html = Mustache.compiler().escapeHTML(true).defaultValue("");
        for (MessageKind kind : MessageKind.values()) {
            String base = "mail/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
            byKind.put(kind, new Templates(plain.compile(read(base + ".subject.mustache").strip()),
                    plain.compile(read(base + ".txt.mustache")), html.compile(read(base + ".html.mustache"))));
        }
    }

    @Override
    public RenderedMessage render(MessageKind kind, Map<String, Object> values) {
        Templates templates = byKind.get(kind);
        Map<String, Object> context = new HashMap<>(values);
        context.put("plural", PLURAL);
        return new RenderedMessage(templates.subject().execute(context).strip(), templates.text().execute(context),
                templates.html().execute(context));
    }

    private static String read(String resource) {
        try (InputStream in = MustacheMessageTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
