package de.koop.adapter.web;

import de.koop.application.port.in.SignInUseCase;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Who is signed in, from the web session. Once the rights in it are as old as an access token may be, the
 * session's refresh token renews them as the API's clients do: a role taken away ends in the web interface
 * as soon as in the API, and a revoked refresh token (signed out, sessions ended, account deleted) ends the
 * session.
 */
@Singleton
public class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final WebSessions sessions;
    private final SignInUseCase accounts;
    private final ExecutorService blocking;

    public SessionAuthenticationFetcher(WebSessions sessions, SignInUseCase accounts,
                                        @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (!WebPaths.isPage(request.getPath())) {
            return Publishers.empty();
        }
        var refreshToken = sessions.refreshToken(request);
        if (refreshToken.isEmpty()) {
            return Publishers.empty();
        }
        if (!sessions.rightsOutdated(request)) {
            return Mono.justOrEmpty(sessions.authentication(request));
        }
        // the store may block: not on the event loop
        return Mono.fromCallable(() -> sessions.renew(request, accounts::refresh))
                .subscribeOn(Schedulers.fromExecutorService(blocking))
                .flatMap(Mono::justOrEmpty);
    }
}
