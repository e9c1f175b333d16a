package de.koop.adapter.http;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What the generated OpenAPI document says of the API as a whole: title, servers, the bearer token every
 * operation asks for unless the build step that completes the document marks it public ({@code security: []},
 * from {@link de.koop.adapter.http.security.PublicRoutes}), and the tags: ASCII names, which client
 * generators turn into class names, with their German names for people ({@code x-displayName}).
 */
@OpenAPIDefinition(
        info = @Info(title = "koop", version = "1.0",
                description = KoopApi.DESCRIPTION,
                contact = @Contact(name = "koop")),
        servers = @Server(url = "/", description = "Der koop-Server, der dieses Dokument ausliefert"),
        security = @SecurityRequirement(name = KoopApi.BEARER),
        tags = {
            @Tag(name = "auth", description = "Anmeldung – Anmelden, Token erneuern, abmelden, das eigene Konto.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName", value = "Anmeldung"))),
            @Tag(name = "networks", description = "Netzwerke – Kooperationsnetzwerke anlegen, umbenennen, für neue Partner öffnen "
                    + "und schließen, die Koordination übertragen.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName", value = "Netzwerke"))),
            @Tag(name = "dashboard", description = "Übersicht – was im Netzwerk ansteht: überfällige Gremien, fehlende Protokolle, "
                    + "endende Amtszeiten, Lücken der Zusammensetzung.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName", value = "Übersicht"))),
            @Tag(name = "partners", description = "Partner – die Partner eines Netzwerks mit Ansprechpersonen und ihren "
                    + "Einwilligungen zur Veröffentlichung.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName", value = "Partner"))),
            @Tag(name = "data-protection", description = "Datenschutz – Auskunft über und Löschung der Daten einer Ansprechperson "
                    + "(Art. 15, 17, 20 DSGVO).",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName", value = "Datenschutz"))),
            @Tag(name = "agreements", description = "Vereinbarungen – ihre Regeln als Daten, Fassungen, Zustimmungen "
                    + "und Überprüfungen; wer an einem Tag gebunden ist.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName", value = "Vereinbarungen"))),
            @Tag(name = "declarations", description = "Erklärungen – Beitritts-, Bereitschafts- und Kündigungserklärungen in der "
                    + "Reihenfolge ihres Eingangs.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName", value = "Erklärungen"))),
            @Tag(name = "bodies", description = "Gremien – mit Sitzen, Zusammensetzung, Turnus und Einberufung.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName", value = "Gremien"))),
            @Tag(name = "elections", description = "Wahlen – in Gremien: Wählende, Kandidierende, Stimmen, Amtszeiten.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName", value = "Wahlen"))),
            @Tag(name = "meetings", description = "Sitzungen – Planung, Tagesordnung, Einladung, Anwesenheit, "
                    + "Beschlüsse, Protokoll.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName", value = "Sitzungen"))),
            @Tag(name = "obligations", description = "Pflichten und Termine – Pflichten aus Vereinbarungen und ihre Termine.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName",
                            value = "Pflichten und Termine"))),
            @Tag(name = "audit", description = "Änderungsprotokoll – wer wann was geändert hat.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName",
                            value = "Änderungsprotokoll"))),
            @Tag(name = "notifications", description = "Benachrichtigungen – die Nachrichten, die koop versendet, ihre Vorlagen und die "
                    + "Erinnerungen.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName",
                            value = "Benachrichtigungen"))),
            @Tag(name = "users", description = "Benutzerkonten – Konten und ihre Rollen in Netzwerken (Administration).",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName",
                            value = "Benutzerkonten"))),
            @Tag(name = "public", description = "Öffentliches Verzeichnis – die Partner eines Netzwerks, die der Veröffentlichung "
                    + "zugestimmt haben, ohne Anmeldung.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName",
                            value = "Öffentliches Verzeichnis"))),
            @Tag(name = "oparl", description = "OParl – die öffentlichen Daten im Standard OParl 1.1, ohne Anmeldung, nur lesend.",
                    extensions = @Extension(properties = @ExtensionProperty(name = "displayName", value = "OParl")))
        })
@SecurityScheme(name = KoopApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Das Zugangstoken aus `POST /api/v1/auth/login`, 15 Minuten gültig: "
                + "`Authorization: Bearer <accessToken>`.")
final class KoopApi {

    /** The name of the security scheme every operation refers to. */
    static final String BEARER = "bearer";

    static final String DESCRIPTION = """
            Kooperationsnetzwerke von Kommunen, Kostenträgern und Leistungserbringern: Netzwerke, Partner, \
            Vereinbarungen, Erklärungen, Gremien, Sitzungen, Pflichten und das öffentliche Verzeichnis.

            **Anmeldung.** `POST /api/v1/auth/login` gibt ein Zugangstoken (JWT, 15 Minuten) und ein \
            Erneuerungstoken. Jede Operation außer den öffentlichen (ohne Schloss) verlangt \
            `Authorization: Bearer <accessToken>`; ohne gültiges Token antwortet sie `401`. Wer in einem \
            Netzwerk keine Rolle hat, erhält für dessen Adressen `404`, als gäbe es das Netzwerk nicht; \
            andere fehlende Rechte `403`.

            **Fehler** kommen als `application/problem+json` (RFC 9457): `type`, deutscher `title` und \
            `detail`, bei ungültiger Eingabe `errors` mit jedem Feld (als JSON-Pfad) und seinem Grund, bei \
            einer verletzten Regel des Netzwerks (`422`) deren `code`. Unbekannte Felder werden abgelehnt. \
            Änderungen an Netzwerken und Partnern senden die zuletzt gelesene `version` mit; war jemand \
            anderes schneller, antwortet koop `409`.

            **Zwischenspeicher.** Übersicht, Partner und öffentliches Verzeichnis tragen ein `ETag`; wer es \
            in `If-None-Match` zurückschickt, erhält `304`, solange sich im Netzwerk nichts geändert hat.
            """;

    private KoopApi() {
    }
}
