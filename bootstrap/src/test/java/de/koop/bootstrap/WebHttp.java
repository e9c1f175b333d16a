package de.koop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The web interface over plain HTTP, following no redirect, with the session cookie in the tests' hands. */
final class WebHttp {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("KOOP_SESSION=([^;]*)");

    private final WebFixture web;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    WebHttp(WebFixture web) {
        this.web = web;
    }

    /** Signs the coordinator in; the session id. */
    String signIn() throws Exception {
        return signIn(WebFixture.COORDINATOR, WebFixture.COORDINATOR_PASSWORD);
    }

    /** Signs in with this account; the session id. */
    String signIn(String username, String password) throws Exception {
        HttpResponse<String> form = get("/anmelden", null);
        HttpResponse<String> signedIn = post("/anmelden", session(form).orElseThrow(), token(form.body()),
                "username", username, "password", password);
        return session(signedIn).orElseThrow();
    }

    HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        return get(path, session, false);
    }

    /** A GET as htmx sends it for a part of a page ({@code HX-Request}), when {@code partial}. */
    HttpResponse<String> get(String path, String session, boolean partial) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web.url(path))).header("Accept", "text/html").GET();
        if (partial) {
            request.header("HX-Request", "true");
        }
        if (session != null) {
            request.header("Cookie", "KOOP_SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String session, String token, String... fields)
            throws IOException, InterruptedException {
        return http.send(form(path, session, token, fields).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A form sent as a browser sends it from a page: saying where from ({@code Sec-Fetch-Site}: same-origin
     * from koop's own pages, cross-site from another site's) and naming the page it was on ({@code Referer}).
     */
    HttpResponse<String> postFrom(String site, String page, String path, String session, String token,
                                  String... fields) throws IOException, InterruptedException {
        HttpRequest.Builder request = form(path, session, token, fields).header("Sec-Fetch-Site", site)
                .header("Referer", web.url(page));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder form(String path, String session, String token, String... fields) {
        StringBuilder body = new StringBuilder(token == null ? "" : "csrfToken=" + enc(token));
        for (int i = 0; i < fields.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        return HttpRequest.newBuilder(URI.create(web.url(path)))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "KOOP_SESSION=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    static Optional<String> session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).filter(value -> !value.isEmpty()).findFirst();
    }

    static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("a form token in the page").isTrue();
        return m.group(1);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
