package de.koop.adapter.web;

import gg.jte.models.runtime.JteModel;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.net.URI;

/** Answers of the web interface: rendered pages and redirects after a form (post, redirect, get). */
final class Html {

    static final MediaType TYPE = MediaType.of("text/html;charset=utf-8");

    private Html() {
    }

    static MutableHttpResponse<String> page(JteModel page) {
        return page(HttpStatus.OK, page);
    }

    static MutableHttpResponse<String> page(HttpStatus status, JteModel page) {
        return HttpResponse.<String>status(status).body(page.render()).contentType(TYPE);
    }

    /** See other: the browser follows with a GET, so that reloading does not send the form again. */
    static MutableHttpResponse<String> redirect(String path) {
        return HttpResponse.<String>seeOther(URI.create(path));
    }
}
