package de.koop.adapter.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a user typed into a form that arrived after the session had ended: kept until the user has signed in
 * again, then put back into the same form on the page it was sent from, which the user checks and sends again.
 * Nothing is sent on the user's behalf. Never kept: the form token, and passwords.
 * <p>
 * The page is rendered as always, and the kept values are filled into its HTML afterwards, so that every form
 * of the web interface gets them back without code of its own.
 */
final class FormRestoration {

    /**
     * A form as it was sent.
     *
     * @param page   the page it was sent from (path and query), where it is put back
     * @param action the path it was sent to, which names the form on that page
     * @param fields the values by field name, in the order sent
     */
    record KeptForm(String page, String action, Map<String, List<String>> fields) implements Serializable {

        KeptForm {
            fields = Map.copyOf(fields);
        }
    }

    /** Kept at most: enough for every form of koop, not a store for anything larger. */
    static final int MAX_FIELDS = 100;
    static final int MAX_CHARACTERS = 100_000;

    private static final String NOTICE_ID = "eingaben-wiederhergestellt";
    private static final Set<String> TEXT_INPUTS = Set.of("", "text", "search", "email", "tel", "url", "number",
            "date", "datetime-local", "month", "week", "time");

    private FormRestoration() {
    }

    /**
     * The fields worth keeping of a form sent: not the form token, nor any password; empty when nothing is
     * left, or more than a form of koop sends.
     */
    static Optional<Map<String, List<String>>> keepable(Map<String, List<String>> sent) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        int characters = 0;
        for (Map.Entry<String, List<String>> field : sent.entrySet()) {
            if (secret(field.getKey())) {
                continue;
            }
            kept.put(field.getKey(), List.copyOf(field.getValue()));
            characters += field.getKey().length() + field.getValue().stream().mapToInt(String::length).sum();
        }
        if (kept.isEmpty() || kept.size() > MAX_FIELDS || characters > MAX_CHARACTERS) {
            return Optional.empty();
        }
        return Optional.of(kept);
    }

    /**
     * The page with the kept values in the form that was sent, and a note above it saying so; empty when the
     * page has no such form (any more).
     */
    static Optional<String> restored(String html, KeptForm kept) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        Optional<Element> form = page.select("form[action]").stream()
                .filter(f -> f.attr("action").equals(kept.action()) && hiddenFieldsMatch(f, kept))
                .findFirst();
        if (form.isEmpty()) {
            return Optional.empty();
        }
        form.get().select("input[name], textarea[name], select[name]").forEach(field -> fill(field, kept.fields()));
        form.get().before("""
                <div class="kern-alert kern-alert--info" role="status" id="%s">
                    <div class="kern-alert__header">
                        <span class="kern-icon kern-icon--info" aria-hidden="true"></span>
                        <span class="kern-title">Ihre Eingaben sind wieder eingesetzt. Bitte prüfen Sie sie und senden \
                Sie das Formular erneut ab.</span>
                    </div>
                </div>""".formatted(NOTICE_ID));
        return Optional.of(page.outerHtml());
    }

    /** Of several forms sent to one address (one per consent, say), the one whose hidden fields were sent. */
    private static boolean hiddenFieldsMatch(Element form, KeptForm kept) {
        return form.select("input[type=hidden][name]").stream()
                .filter(hidden -> !secret(hidden.attr("name")))
                .allMatch(hidden -> kept.fields().getOrDefault(hidden.attr("name"), List.of()).contains(hidden.val()));
    }

    private static void fill(Element field, Map<String, List<String>> values) {
        String name = field.attr("name");
        String type = field.attr("type").toLowerCase(Locale.ROOT);
        if (secret(name) || type.equals("hidden") || type.equals("password") || type.equals("file")) {
            return;
        }
        List<String> sent = values.getOrDefault(name, List.of());
        switch (field.tagName()) {
            case "textarea" -> {
                if (!sent.isEmpty()) {
                    field.text(sent.getFirst());
                }
            }
            case "select" -> {
                if (!sent.isEmpty()) {
                    field.select("option").forEach(option -> {
                        String value = option.hasAttr("value") ? option.attr("value") : option.text();
                        if (sent.contains(value)) {
                            option.attr("selected", true);
                        } else {
                            option.removeAttr("selected");
                        }
                    });
                }
            }
            default -> {
                if (type.equals("checkbox") || type.equals("radio")) {
                    // an unchecked box is not sent at all
                    String value = field.hasAttr("value") ? field.attr("value") : "on";
                    field.attr("checked", sent.contains(value));
                } else if (TEXT_INPUTS.contains(type) && !sent.isEmpty()) {
                    field.val(sent.getFirst());
                }
            }
        }
    }

    /** The form token, and whatever names a password. */
    private static boolean secret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals(WebSessions.FORM_TOKEN_FIELD.toLowerCase(Locale.ROOT)) || lower.contains("password")
                || lower.contains("passwort") || lower.contains("kennwort");
    }
}
