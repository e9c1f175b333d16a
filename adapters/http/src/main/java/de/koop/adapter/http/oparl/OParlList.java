package de.koop.adapter.http.oparl;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An OParl list: a page of {@code data}, its {@code pagination} and {@code links} ({@code next} on every
 * page but the last), filtered by {@code created_since}, {@code created_until}, {@code modified_since},
 * {@code modified_until}; {@code limit} is a hint of at most 100. Deleted objects appear only with
 * {@code modified_since}, so that a client keeping a copy learns what to remove.
 */
final class OParlList {

    static final int MAX_LIMIT = 100;
    private static final List<String> FILTERS = List.of("created_since", "created_until", "modified_since",
            "modified_until");

    private OParlList() {
    }

    static Map<String, Object> page(List<OParlObjects.Entry> entries, HttpRequest<?> request, String url,
                                    int defaultLimit) {
        Optional<Instant> createdSince = instant(request, "created_since");
        Optional<Instant> createdUntil = instant(request, "created_until");
        Optional<Instant> modifiedSince = instant(request, "modified_since");
        Optional<Instant> modifiedUntil = instant(request, "modified_until");
        int limit = Math.min(MAX_LIMIT, Math.max(1, number(request, "limit", defaultLimit)));
        int page = Math.max(1, number(request, "page", 1));
        Predicate<OParlObjects.Entry> wanted = e -> (!e.deleted() || modifiedSince.isPresent())
                && createdSince.map(at -> !e.created().isBefore(at)).orElse(true)
                && createdUntil.map(at -> !e.created().isAfter(at)).orElse(true)
                && modifiedSince.map(at -> !e.modified().isBefore(at)).orElse(true)
                && modifiedUntil.map(at -> !e.modified().isAfter(at)).orElse(true);
        List<OParlObjects.Entry> matching = entries.stream().filter(wanted).toList();
        int total = matching.size();
        int pages = Math.max(1, (total + limit - 1) / limit);
        List<Map<String, Object>> data = matching.stream().skip((long) (page - 1) * limit).limit(limit)
                .map(OParlObjects.Entry::object).toList();

        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("totalElements", total);
        pagination.put("elementsPerPage", limit);
        pagination.put("currentPage", page);
        pagination.put("totalPages", pages);
        String query = query(request, limit, defaultLimit);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("first", url + query + "page=1");
        if (page > 1) {
            links.put("prev", url + query + "page=" + Math.min(page - 1, pages));
        }
        links.put("self", url + query + "page=" + page);
        if (page < pages) {
            links.put("next", url + query + "page=" + (page + 1));
        }
        links.put("last", url + query + "page=" + pages);
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("data", data);
        list.put("pagination", pagination);
        list.put("links", links);
        return list;
    }

    /** The filters of the request and the limit, so that every link keeps them; ends ready for the page. */
    private static String query(HttpRequest<?> request, int limit, int defaultLimit) {
        StringBuilder query = new StringBuilder("?");
        for (String filter : FILTERS) {
            request.getParameters().getFirst(filter).ifPresent(value -> query.append(filter).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        }
        request.getParameters().getFirst("organization").ifPresent(value -> query.append("organization=")
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        if (limit != defaultLimit) {
            query.append("limit=").append(limit).append('&');
        }
        return query.toString();
    }

    private static Optional<Instant> instant(HttpRequest<?> request, String name) {
        return request.getParameters().getFirst(name).map(value -> {
            try {
                return OffsetDateTime.parse(value.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw new OParlException(HttpStatus.BAD_REQUEST, name + ": „" + value
                        + "“ ist kein Zeitpunkt nach ISO 8601 mit Zeitzone, etwa 2026-01-31T00:00:00+01:00");
            }
        });
    }

    private static int number(HttpRequest<?> request, String name, int otherwise) {
        return request.getParameters().getFirst(name).map(value -> {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new OParlException(HttpStatus.BAD_REQUEST, name + ": „" + value + "“ ist keine ganze Zahl");
            }
        }).orElse(otherwise);
    }
}
