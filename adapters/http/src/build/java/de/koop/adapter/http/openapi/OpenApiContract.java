package de.koop.adapter.http.openapi;

import de.koop.adapter.http.Problem;
import de.koop.adapter.http.ProblemType;
import de.koop.adapter.http.Stamped;
import de.koop.adapter.http.security.Drives;
import de.koop.adapter.http.security.PublicRoutes;
import de.koop.application.access.Permission;
import de.koop.application.page.PageRequest;
import de.koop.domain.notification.MessageKind;
import de.koop.domain.notification.Notification;
import de.koop.domain.obligation.Deadline;
import de.koop.domain.partner.ConsentScope;
import de.koop.domain.partner.PartnerCategory;
import de.koop.domain.shared.RuleCode;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Completes the OpenAPI document micronaut-openapi generates from the controllers, at build time (Maven's
 * {@code process-classes}, run from source by the JDK), with what follows from the code rather than from
 * annotations on each of the API's operations, so that a route added later is documented like the others
 * without anyone remembering to:
 *
 * <ul>
 *   <li>its security: {@code security: []} where {@link PublicRoutes} lets a request through unsigned, and
 *       in its description who may call it (the permission of the operation it {@link Drives});</li>
 *   <li>its errors: which of the shared problem+json answers an operation can give follows from whether it is
 *       public, the permission of the operation it {@link Drives} (a command may break a rule or meet a newer
 *       version, some permissions are refused with 403), its path parameters and its body;</li>
 *   <li>the {@code Location} header of every {@code 201}, the {@code ETag} and {@code 304} of every route
 *       marked {@link Stamped}, the closed sets of the problem's {@code type} and
 *       {@code code} (from {@link ProblemType} and {@link RuleCode}), parameters' descriptions, formats,
 *       enums and limits where the signature leaves them a plain string or number (the page size from
 *       {@link PageRequest#MAX_SIZE});</li>
 *   <li>nullable references in a form OpenAPI 3.0 reads as "this or null" (see {@link #nullableReferences}).</li>
 * </ul>
 *
 * It fails the build for a duplicate or numbered ({@code list_1}) operationId, an undeclared tag, and an
 * operation without a route or a route without a documented operation. Running it again changes nothing.
 *
 * <p>Arguments: the generated document (rewritten in place) and the directory of the compiled classes.
 */
public final class OpenApiContract {

    private static final String PROBLEM = "application/problem+json";
    private static final Pattern NUMBERED = Pattern.compile(".*_\\d+$");
    /** Permissions a caller can hold the network's role for and still lack: refused with 403. */
    private static final Set<Permission> REFUSABLE = Set.of(Permission.ADMINISTER, Permission.COORDINATE,
            Permission.READ_CONFIDENTIAL, Permission.DECLARE_OWN_READINESS);

    /** Who holds each permission, as the application's access policy decides, for the operations' descriptions. */
    private static final Map<Permission, String> WHO = Map.of(
            Permission.ANYONE, "jeder, ohne Anmeldung.",
            Permission.SIGNED_IN, "jede angemeldete Person.",
            Permission.READ_NETWORK, "die Koordination und die Mitglieder des Netzwerks, die Administration.",
            Permission.READ_CONFIDENTIAL, "die Koordination des Netzwerks, die Administration.",
            Permission.COORDINATE, "die Koordination des Netzwerks, die Administration.",
            Permission.PROPOSE_AGENDA_ITEM, "die Koordination und die Mitglieder des Netzwerks, die Administration.",
            Permission.DECLARE_OWN_READINESS, "die Koordination des Netzwerks, seine Mitglieder für den eigenen "
                    + "Partner, die Administration.",
            Permission.ADMINISTER, "nur die Administration.");

    private final OpenAPI api;
    private final List<String> problems = new ArrayList<>();

    private OpenApiContract(OpenAPI api) {
        this.api = api;
    }

    public static void main(String[] args) throws IOException {
        Path document = Path.of(args[0]);
        Map<String, Method> routes = Routes.of(Path.of(args[1]));
        OpenAPI api = Yaml.mapper().readValue(Files.readString(document), OpenAPI.class);
        OpenApiContract contract = new OpenApiContract(api);
        contract.complete(routes);
        if (!contract.problems.isEmpty()) {
            throw new IllegalStateException("The OpenAPI document is not complete:\n  "
                    + String.join("\n  ", contract.problems));
        }
        Files.writeString(document, Yaml.pretty(api));
    }

    private void complete(Map<String, Method> routes) {
        closedSets();
        nullableReferences();
        Set<String> documented = new java.util.HashSet<>();
        Set<String> operationIds = new java.util.HashSet<>();
        Set<String> tags = new java.util.HashSet<>();
        api.getTags().forEach(tag -> tags.add(tag.getName()));
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String key = method.name() + " " + path;
            documented.add(key);
            Method route = routes.get(key);
            if (route == null) {
                problems.add(key + " is documented, but no controller method answers it");
                return;
            }
            String id = operation.getOperationId();
            if (id == null || NUMBERED.matcher(id).matches() || !operationIds.add(id)) {
                problems.add(key + " needs an operationId of its own (@Operation(operationId = …)), has " + id);
            }
            if (operation.getTags() == null || operation.getTags().isEmpty()
                    || !tags.containsAll(operation.getTags())) {
                problems.add(key + " has a tag not declared in KoopApi: " + operation.getTags());
            }
            complete(method, path, operation, route);
        }));
        routes.keySet().stream().filter(route -> !documented.contains(route))
                .forEach(route -> problems.add(route + " is a route the document does not name"));
    }

    /** One operation: who may call it, what it answers on errors, its headers and parameters. */
    private void complete(PathItem.HttpMethod method, String path, Operation operation, Method route) {
        boolean isPublic = PublicRoutes.isPublic(method.name(), path);
        if (isPublic) {
            operation.setSecurity(new ArrayList<>());
        }
        boolean oparl = path.startsWith("/oparl");
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasPathParameters = path.contains("{");
        List<Parameter> parameters = operation.getParameters() == null ? List.of()
                : operation.getParameters().stream().filter(p -> p.get$ref() == null).toList();
        Drives drives = route.getAnnotation(Drives.class);
        de.koop.application.usecase.Operation declared = drives == null ? null
                : de.koop.application.usecase.Operation.named(drives.port(), drives.operation());
        boolean command = declared != null && !declared.query();
        Permission permission = declared == null ? Permission.ADMINISTER : declared.permission();

        ApiResponses responses = operation.getResponses();
        responses.forEach((status, response) -> {
            if (status.equals("201") && response.get$ref() == null) {
                header(response, "Location");
            }
            if (response.get$ref() != null) {
                // a reference stands alone: the shared answer says it all
                response.setDescription(null);
            }
        });
        if (oparl) {
            if (operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> p.get$ref() != null || "query".equals(p.getIn()))) {
                answer(responses, "400", "OParlBadRequest");
            }
            if (hasPathParameters) {
                answer(responses, "404", "OParlNotFound");
            }
        } else {
            if (hasBody || !parameters.isEmpty()) {
                answer(responses, "400", "BadRequest");
            }
            if (!isPublic) {
                answer(responses, "401", "Unauthorized");
                if (REFUSABLE.contains(permission)) {
                    answer(responses, "403", "Forbidden");
                }
            }
            if (hasPathParameters) {
                answer(responses, "404", "NotFound");
            }
            if (command && !isPublic) {
                answer(responses, "409", "Conflict");
                answer(responses, "422", "UnprocessableEntity");
            }
            // the address's length and the headers' size are checked before any route: every operation can meet them
            answer(responses, "414", "UriTooLong");
            answer(responses, "431", "HeadersTooLarge");
            if (hasBody) {
                answer(responses, "413", "PayloadTooLarge");
                answer(responses, "415", "UnsupportedMediaType");
            }
        }
        if (route.isAnnotationPresent(Stamped.class)) {
            header(responses.get("200"), "ETag");
            answer(responses, "304", "NotModified");
            String ifNoneMatch = "#/components/parameters/If-None-Match";
            if (operation.getParameters() == null
                    || operation.getParameters().stream().noneMatch(p -> ifNoneMatch.equals(p.get$ref()))) {
                operation.addParametersItem(new Parameter().$ref(ifNoneMatch));
            }
        }
        parameters.forEach(parameter -> Parameters.describe(operation.getOperationId(), path, parameter));
        if (operation.getDescription() == null) {
            operation.setDescription(isPublic ? "**Wer:** jeder, ohne Anmeldung." : "**Wer:** " + WHO.get(permission)
                    + (command ? " Die Änderung steht im Änderungsprotokoll." : ""));
        }
    }

    private static void answer(ApiResponses responses, String status, String shared) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + shared));
        }
        sortByStatus(responses);
    }

    private static void sortByStatus(ApiResponses responses) {
        Map<String, ApiResponse> sorted = new TreeMap<>(responses);
        responses.clear();
        responses.putAll(sorted);
    }

    private static void header(ApiResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeaderObject(name, new Header().$ref("#/components/headers/" + name));
        }
    }

    /** The problem's {@code type} and {@code code} are closed sets the code defines; what it lacks it leaves out. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void closedSets() {
        Schema problem = api.getComponents().getSchemas().get(Problem.class.getSimpleName());
        if (problem == null) {
            problems.add("no Problem schema: is Problem still an @OpenAPIExtraSchema?");
            return;
        }
        Map<String, Schema> properties = problem.getProperties();
        properties.get("type").setEnum(Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList());
        properties.get("code").setEnum(Arrays.stream(RuleCode.values()).map(RuleCode::code).toList());
        // Problem is written without its empty members (@JsonInclude(NON_NULL)): absent, never null
        properties.values().forEach(p -> p.setNullable(null));
        Schema errors = properties.get("errors");
        if (errors.getMinItems() == null) {
            errors.setMinItems(1);
        }
    }

    /**
     * micronaut-openapi writes a nullable reference as {@code nullable} beside {@code allOf: [$ref]}, which
     * OpenAPI 3.0 does not read as "this or null" (the referenced schema still refuses null, and validators
     * say so). The reference becomes plain and the referenced schema nullable where it is only ever used so;
     * where it is also used as a value that is never null, the nullable places refer to a nullable copy.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void nullableReferences() {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        List<Schema> nullablePlaces = new ArrayList<>();
        Set<String> usedNullable = new java.util.TreeSet<>();
        Set<String> usedOtherwise = new java.util.HashSet<>();
        new SchemaWalk((schema, inNullableReference) -> {
            if (Boolean.TRUE.equals(schema.getNullable()) && schema.getAllOf() != null
                    && schema.getAllOf().size() == 1 && ((Schema) schema.getAllOf().getFirst()).get$ref() != null) {
                nullablePlaces.add(schema);
                usedNullable.add(name(((Schema) schema.getAllOf().getFirst()).get$ref()));
            } else if (schema.get$ref() != null && !inNullableReference) {
                usedOtherwise.add(name(schema.get$ref()));
            }
        }).walk(api);
        for (String name : usedNullable) {
            if (isChoice(schemas.get(name))) {
                // null beside oneOf is no alternative validators accept: such a value is left out instead
                continue;
            }
            if (usedOtherwise.contains(name)) {
                Schema copy = Yaml.mapper().convertValue(schemas.get(name), Schema.class);
                copy.setNullable(true);
                schemas.put(name + "OrNull", copy);
            } else {
                schemas.get(name).setNullable(true);
            }
        }
        for (Schema place : nullablePlaces) {
            String name = name(((Schema) place.getAllOf().getFirst()).get$ref());
            place.setAllOf(null);
            place.setNullable(null);
            place.setDescription(null);
            place.set$ref("#/components/schemas/" + name
                    + (usedOtherwise.contains(name) && !isChoice(schemas.get(name)) ? "OrNull" : ""));
        }
    }

    @SuppressWarnings("rawtypes")
    private static boolean isChoice(Schema schema) {
        return schema != null && (schema.getOneOf() != null || schema.getAnyOf() != null);
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Visits every schema of the document, and says whether it is the target of a nullable reference. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private record SchemaWalk(java.util.function.BiConsumer<Schema, Boolean> visitor) {

        void walk(OpenAPI api) {
            api.getComponents().getSchemas().values().forEach(s -> walk(s, false));
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> walk(p.getSchema(), false));
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values().forEach(m -> walk(m.getSchema(), false));
                }
                operation.getResponses().values().forEach(r -> {
                    if (r.getContent() != null) {
                        r.getContent().values().forEach(m -> walk(m.getSchema(), false));
                    }
                });
            }));
        }

        private void walk(Schema schema, boolean inNullableReference) {
            if (schema == null) {
                return;
            }
            visitor.accept(schema, inNullableReference);
            boolean nullableReference = Boolean.TRUE.equals(schema.getNullable()) && schema.getAllOf() != null;
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> walk((Schema) p, false));
            }
            walk(schema.getItems(), false);
            if (schema.getAdditionalProperties() instanceof Schema additional) {
                walk(additional, false);
            }
            for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    parts.forEach(p -> walk(p, nullableReference));
                }
            }
        }
    }

    /** The controllers' routes by method and path, as micronaut-openapi writes them ({@code GET /api/v1/…}). */
    static final class Routes {

        private static final List<Class<? extends Annotation>> MAPPINGS = List.of(Get.class, Post.class, Put.class,
                Delete.class, Patch.class);

        static Map<String, Method> of(Path classes) throws IOException {
            Map<String, Method> routes = new TreeMap<>();
            try (Stream<Path> files = Files.walk(classes.resolve("de/koop/adapter/http"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> type;
                    try {
                        type = Class.forName(name, false, OpenApiContract.class.getClassLoader());
                    } catch (ClassNotFoundException | LinkageError e) {
                        continue;
                    }
                    Controller controller = type.getAnnotation(Controller.class);
                    if (controller == null || type.isAnnotationPresent(io.swagger.v3.oas.annotations.Hidden.class)) {
                        continue;
                    }
                    for (Method method : type.getDeclaredMethods()) {
                        for (Class<? extends Annotation> mapping : MAPPINGS) {
                            Annotation annotation = method.getAnnotation(mapping);
                            if (annotation != null) {
                                routes.put(mapping.getSimpleName().toUpperCase(Locale.ROOT) + " "
                                        + join(controller.value(), uri(annotation)), method);
                            }
                        }
                    }
                }
            }
            return routes;
        }

        private static String uri(Annotation mapping) {
            try {
                return (String) mapping.annotationType().getMethod("value").invoke(mapping);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String join(String base, String uri) {
            String path = (base + (uri.equals("/") ? "" : uri)).replaceAll("/{2,}", "/");
            return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        }
    }

    /** What each parameter is, by its name (and, where one name means different things, by operation). */
    static final class Parameters {

        private static final Map<String, String> IDS = new LinkedHashMap<>();

        static {
            IDS.put("networkId", "Die Id des Netzwerks.");
            IDS.put("partnerId", "Die Id des Partners.");
            IDS.put("personId", "Die Id der Ansprechperson.");
            IDS.put("agreementId", "Die Id der Vereinbarung.");
            IDS.put("declarationId", "Die Id der Erklärung.");
            IDS.put("bodyId", "Die Id des Gremiums.");
            IDS.put("seatId", "Die Id des Sitzes.");
            IDS.put("meetingId", "Die Id der Sitzung.");
            IDS.put("obligationId", "Die Id der Pflicht.");
            IDS.put("userId", "Die Id des Benutzerkontos.");
            IDS.put("notificationId", "Die Id der Nachricht.");
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        static void describe(String operationId, String path, Parameter parameter) {
            String name = parameter.getName();
            Schema schema = parameter.getSchema();
            boolean oparl = path.startsWith("/oparl");
            if (IDS.containsKey(name)) {
                describe(parameter, IDS.get(name));
                if (!oparl && schema.getFormat() == null) {
                    schema.setFormat("uuid");
                }
                return;
            }
            switch (name) {
                case "page" -> {
                    describe(parameter, "Die Seite, ab 0.");
                    minimum(schema, 0);
                }
                case "size" -> {
                    describe(parameter, "Einträge je Seite, 1 bis " + PageRequest.MAX_SIZE + ".");
                    minimum(schema, 1);
                    if (schema.getMaximum() == null) {
                        schema.setMaximum(java.math.BigDecimal.valueOf(PageRequest.MAX_SIZE));
                    }
                }
                case "on" -> {
                    describe(parameter, operationId.equals("withdrawPublicationConsent")
                            ? "Der Tag des Widerrufs (heute, wenn leer)." : "Der Stichtag (heute, wenn leer).");
                    format(schema, "date");
                }
                case "dueFrom" -> {
                    describe(parameter, "Nur Termine ab diesem Tag (vor einem Jahr, wenn leer).");
                    format(schema, "date");
                }
                case "dueBefore" -> {
                    describe(parameter, "Nur Termine vor diesem Tag.");
                    format(schema, "date");
                }
                case "party" -> {
                    describe(parameter, "Nur Termine, bei denen dieser Partner verantwortlich oder Empfänger ist (seine Id).");
                    format(schema, "uuid");
                }
                case "responsible" -> {
                    describe(parameter, "Nur Termine, für die dieser Partner verantwortlich ist (seine Id).");
                    format(schema, "uuid");
                }
                case "recipient" -> {
                    describe(parameter, "Nur Termine, deren Empfänger dieser Partner ist (seine Id).");
                    format(schema, "uuid");
                }
                case "partnerId" -> {
                    describe(parameter, "Die Partei, die kündigen würde (ihre Id).");
                    format(schema, "uuid");
                }
                case "receivedOn" -> {
                    describe(parameter, "Der Tag, an dem die Kündigung zuginge.");
                    format(schema, "date");
                }
                case "lastBoundDay" -> {
                    describe(parameter, "Der letzte Tag, an dem die Partei noch gebunden sein soll (statt year).");
                    format(schema, "date");
                }
                case "year" -> describe(parameter, "Das Jahr, mit dessen Ablauf (31.12.) die Partei ausscheiden will (statt lastBoundDay).");
                case "name" -> describe(parameter, "Nur Partner, deren Name diesen Text enthält (Groß- und Kleinschreibung, "
                        + "Akzente und Satzzeichen zählen nicht).");
                case "termsEndingWithinDays" -> {
                    describe(parameter, "Amtszeiten, die in so vielen Tagen enden, gelten als bald endend.");
                    minimum(schema, 0);
                }
                case "category" -> {
                    describe(parameter, "Nur Partner dieses Bereichs.");
                    codes(schema, PartnerCategory.values());
                }
                case "status" -> {
                    if (operationId.equals("listNotifications")) {
                        describe(parameter, "Nur Nachrichten in diesem Zustand.");
                        codes(schema, Notification.Status.values());
                    } else {
                        describe(parameter, "Nur Termine in diesem Zustand.");
                        codes(schema, Deadline.Status.values());
                    }
                }
                case "scope" -> {
                    describe(parameter, "Wofür: das Logo oder die Ansprechpersonen.");
                    codes(schema, ConsentScope.values());
                }
                case "number" -> {
                    describe(parameter, path.contains("/agenda/") ? "Die Nummer des Tagesordnungspunkts."
                            : "Die Nummer der Fassung.");
                    minimum(schema, 1);
                }
                case "kind" -> {
                    if (oparl) {
                        describe(parameter, "Welche Liste.");
                        schema.setEnum(new ArrayList<>(List.of("organizations", "persons", "memberships", "meetings",
                                "agenda-items", "files", "locations", "legislative-terms", "papers")));
                    } else {
                        // the path takes the code also as its URL-friendly spelling: accession-confirmation
                        describe(parameter, "Die Art der Nachricht, als Code (ACCESSION_CONFIRMATION) oder "
                                + "in Kleinbuchstaben mit Bindestrichen (accession-confirmation).");
                        codes(schema, MessageKind.values());
                        Arrays.stream(MessageKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                                .filter(k -> !schema.getEnum().contains(k)).forEach(schema.getEnum()::add);
                    }
                }
                case "id" -> describe(parameter, "Die Id des Objekts in seiner Liste.");
                case "organization" -> describe(parameter,
                        "Nur Sitzungen dieser Organisation (ihre Id in der Liste organizations).");
                default -> {
                    if (parameter.getDescription() == null) {
                        throw new IllegalStateException("no description for the parameter " + name + " of "
                                + operationId + ": add it to OpenApiContract.Parameters");
                    }
                }
            }
        }

        private static void describe(Parameter parameter, String description) {
            if (parameter.getDescription() == null) {
                parameter.setDescription(description);
            }
        }

        @SuppressWarnings("rawtypes")
        private static void minimum(Schema schema, int minimum) {
            if (schema.getMinimum() == null) {
                schema.setMinimum(java.math.BigDecimal.valueOf(minimum));
            }
        }

        @SuppressWarnings("rawtypes")
        private static void format(Schema schema, String format) {
            if (schema.getFormat() == null) {
                schema.setFormat(format);
            }
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        private static void codes(Schema schema, Enum<?>[] values) {
            if (schema.getEnum() == null || schema.getEnum().isEmpty()) {
                schema.setEnum(new ArrayList<>(Arrays.stream(values).map(Enum::name).toList()));
            }
        }
    }
}
