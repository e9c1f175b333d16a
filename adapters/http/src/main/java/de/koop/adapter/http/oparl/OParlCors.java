package de.koop.adapter.http.oparl;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** OParl clients run in browsers on other sites: every OParl answer, errors included, may be read by any origin. */
@ServerFilter({OParlController.BASE, OParlController.BASE + "/**"})
public class OParlCors {

    @ResponseFilter
    public void allowAnyOrigin(MutableHttpResponse<?> response) {
        response.getHeaders().set("Access-Control-Allow-Origin", "*");
    }
}
