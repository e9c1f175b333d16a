package de.koop.adapter.http.oparl;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import de.koop.application.port.in.NotFoundException;
import de.koop.application.port.in.PublicRecords;
import de.koop.application.port.in.PublicRecordsQuery;
import de.koop.domain.shared.NetworkId;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.cors.CrossOrigin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The public read API in OParl 1.1 (the German standard for council information systems): anonymous,
 * read-only, only what {@link PublicRecordsQuery} makes public. Entry point {@code /oparl/v1.1/system}.
 * Any other method than GET and HEAD is answered 405 by the router; a bug by {@code UnexpectedErrorHandler},
 * which logs it. Browsers on any site may read it: Micronaut answers their preflights (with
 * {@code If-None-Match}, which OParl clients send), and {@link OParlCors} adds what OParl asks of every answer.
 */
@Controller(OParlController.BASE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "oparl")
@CrossOrigin(allowedMethods = {HttpMethod.GET, HttpMethod.HEAD}, allowedHeaders = HttpHeaders.IF_NONE_MATCH,
        allowCredentials = false)
public class OParlController {

    static final String BASE = "/oparl/v1.1";

    private final PublicRecordsQuery records;
    private final Clock clock;
    private final String publicUrl;
    private final int pageSize;

    public OParlController(PublicRecordsQuery records, Clock clock, @Value("${koop.public-url:}") String publicUrl,
                           @Value("${koop.oparl.page-size:20}") int pageSize) {
        this.records = records;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.pageSize = pageSize;
    }

    @Get
    @ApiResponse(responseCode = "200", description = "Das System",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/OParlSystem")))
    @Operation(operationId = "getOParlEntry", summary = "OParl: der Einstieg (System)")
    public Map<String, Object> entry(HttpRequest<?> request) {
        return system(request);
    }

    @Get("/system")
    @ApiResponse(responseCode = "200", description = "Das System",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/OParlSystem")))
    @Operation(operationId = "getOParlSystem", summary = "OParl: System mit der Liste der Netzwerke (Body)")
    public Map<String, Object> system(HttpRequest<?> request) {
        OParlUrls urls = urls(request);
        List<OParlObjects.Entry> bodies = bodies(urls);
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("id", urls.system());
        system.put("type", OParlObjects.SCHEMA + "System");
        system.put("oparlVersion", OParlObjects.SCHEMA);
        system.put("name", "koop – Kooperationsnetzwerke");
        system.put("body", urls.bodies());
        system.put("created", OParlObjects.dateTime(bodies.stream().map(OParlObjects.Entry::created)
                .min(Instant::compareTo).orElse(Instant.EPOCH)));
        system.put("modified", OParlObjects.dateTime(bodies.stream().map(OParlObjects.Entry::modified)
                .max(Instant::compareTo).orElse(Instant.EPOCH)));
        return system;
    }

    @Get("/bodies")
    @ApiResponse(responseCode = "200", description = "Eine Seite der Netzwerke",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/OParlBodyList")))
    @Parameter(name = "created_since", in = ParameterIn.QUERY, ref = "#/components/parameters/OParlCreatedSince")
    @Parameter(name = "created_until", in = ParameterIn.QUERY, ref = "#/components/parameters/OParlCreatedUntil")
    @Parameter(name = "modified_since", in = ParameterIn.QUERY, ref = "#/components/parameters/OParlModifiedSince")
    @Parameter(name = "modified_until", in = ParameterIn.QUERY, ref = "#/components/parameters/OParlModifiedUntil")
    @Parameter(name = "limit", in = ParameterIn.QUERY, ref = "#/components/parameters/OParlLimit")
    @Parameter(name = "page", in = ParameterIn.QUERY, ref = "#/components/parameters/OParlPage")
    @Operation(operationId = "listOParlBodies", summary = "OParl: die Netzwerke als Body, seitenweise")
    public Map<String, Object> bodies(HttpRequest<?> request) {
        OParlUrls urls = urls(request);
        return OParlList.page(bodies(urls), request, urls.bodies(), pageSize);
    }

    private List<OParlObjects.Entry> bodies(OParlUrls urls) {
        LocalDate today = LocalDate.now(clock);
        List<OParlObjects.Entry> all = new ArrayList<>();
        for (NetworkId network : records.networks()) {
            PublicRecords of = records.of(network, today);
            all.add(new OParlObjects.Entry(new OParlObjects(urls, of).body(), of.dates().created(),
                    of.dates().modified(), false));
        }
        return all;
    }

    @Get("/bodies/{networkId}")
    @ApiResponse(responseCode = "200", description = "Das Netzwerk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/OParlBody")))
    @Operation(operationId = "getOParlBody", summary = "OParl: ein Netzwerk (Body)")
    public Map<String, Object> body(HttpRequest<?> request, @PathVariable String networkId) {
        return objects(request, networkId).body();
    }

    @Get("/bodies/{networkId}/{kind}")
    @ApiResponse(responseCode = "200", description = "Eine Seite der Liste",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/OParlObjectList")))
    @Parameter(name = "created_since", in = ParameterIn.QUERY, ref = "#/components/parameters/OParlCreatedSince")
    @Parameter(name = "created_until", in = ParameterIn.QUERY, ref = "#/components/parameters/OParlCreatedUntil")
    @Parameter(name = "modified_since", in = ParameterIn.QUERY, ref = "#/components/parameters/OParlModifiedSince")
    @Parameter(name = "modified_until", in = ParameterIn.QUERY, ref = "#/components/parameters/OParlModifiedUntil")
    @Parameter(name = "limit", in = ParameterIn.QUERY, ref = "#/components/parameters/OParlLimit")
    @Parameter(name = "page", in = ParameterIn.QUERY, ref = "#/components/parameters/OParlPage")
    @Operation(operationId = "listOParlObjects", summary = "OParl: eine Liste eines Netzwerks (organizations, persons, memberships, meetings, "
            + "agenda-items, files, locations, legislative-terms, papers)")
    public Map<String, Object> list(HttpRequest<?> request, @PathVariable String networkId, @PathVariable String kind,
                                    @Nullable String organization) {
        OParlObjects objects = objects(request, networkId);
        List<OParlObjects.Entry> entries = entries(objects, kind, request.getPath());
        if (kind.equals("meetings") && organization != null) {
            String wanted = urls(request).of(networkId, "organizations", organization);
            entries = entries.stream().filter(e -> e.object().get("organization") instanceof List<?> orgs
                    && orgs.contains(wanted)).toList();
        }
        return OParlList.page(entries, request, urls(request).list(networkId, kind), pageSize);
    }

    @Get("/bodies/{networkId}/{kind}/{id}")
    @ApiResponse(responseCode = "200", description = "Das Objekt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/OParlObject")))
    @Operation(operationId = "getOParlObject", summary = "OParl: ein Objekt eines Netzwerks")
    public Map<String, Object> object(HttpRequest<?> request, @PathVariable String networkId,
                                      @PathVariable String kind, @PathVariable String id) {
        OParlObjects objects = objects(request, networkId);
        String url = urls(request).of(networkId, kind, id);
        return entries(objects, kind, request.getPath()).stream().map(OParlObjects.Entry::object)
                .filter(o -> url.equals(o.get("id"))).findFirst()
                .orElseThrow(() -> OParlException.notFound(request.getPath()));
    }

    @Get("/bodies/{networkId}/files/{meetingId}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    @Operation(operationId = "getOParlProtocolText", summary = "OParl: der Text eines veröffentlichten Protokolls")
    public HttpResponse<String> protocolText(HttpRequest<?> request, @PathVariable String networkId,
                                             @PathVariable String meetingId) {
        String text = objects(request, networkId).protocolText(meetingId)
                .orElseThrow(() -> OParlException.notFound(request.getPath()));
        return HttpResponse.ok(text).contentType(MediaType.TEXT_PLAIN + ";charset=utf-8");
    }

    private static List<OParlObjects.Entry> entries(OParlObjects objects, String kind, String path) {
        return switch (kind) {
            case "organizations" -> objects.organizations();
            case "persons" -> objects.persons();
            case "memberships" -> objects.memberships();
            case "meetings" -> objects.meetings();
            case "agenda-items" -> objects.agendaItems();
            case "files" -> objects.files();
            case "locations" -> objects.locations();
            case "legislative-terms" -> objects.legislativeTerms();
            case "papers" -> List.of(); // koop keeps no council papers (Drucksachen)
            default -> throw OParlException.notFound(path);
        };
    }

    private OParlObjects objects(HttpRequest<?> request, String networkId) {
        NetworkId id;
        try {
            id = new NetworkId(UUID.fromString(networkId));
        } catch (IllegalArgumentException e) {
            throw OParlException.notFound(request.getPath());
        }
        try {
            return new OParlObjects(urls(request), records.of(id, LocalDate.now(clock)));
        } catch (NotFoundException e) {
            throw OParlException.notFound(request.getPath());
        }
    }

    private OParlUrls urls(HttpRequest<?> request) {
        if (!publicUrl.isBlank()) {
            return new OParlUrls(publicUrl.replaceAll("/+$", "") + BASE);
        }
        String host = Optional.ofNullable(request.getHeaders().get("Host"))
                .orElseGet(() -> request.getServerAddress().getHostString() + ":" + request.getServerAddress().getPort());
        return new OParlUrls("http://" + host + BASE);
    }

    @Error(exception = OParlException.class)
    public MutableHttpResponse<Map<String, Object>> failed(OParlException e) {
        return OParlErrors.response(e.status(), e.getMessage());
    }
}
