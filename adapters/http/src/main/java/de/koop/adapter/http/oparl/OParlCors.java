package de.koop.adapter.http.oparl;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * OParl clients run in browsers on other sites, and OParl asks that every answer, errors included, may be
 * read by any origin: {@code Access-Control-Allow-Origin: *}. Micronaut's CORS support (the
 * {@code @CrossOrigin} of {@link OParlController}) answers the preflights and marks answers to browsers,
 * but only of requests that found a route and sent an {@code Origin}; this filter marks all others too.
 * Ordered first, it sees each answer last, after Micronaut's CORS filter has named the request's origin,
 * and replaces that with the one value {@code *}: two values would make browsers refuse the answer.
 */
@ServerFilter({OParlController.BASE, OParlController.BASE + "/**"})
public class OParlCors implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    public void allowAnyOrigin(MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    }
}
