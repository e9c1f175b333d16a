package de.koop.adapter.web;

import de.koop.application.port.in.SignInUseCase;
import de.koop.domain.shared.UserId;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Who is signed in, from the web session. The rights are read again from the account once they are as old
 * as an access token may be, so that a role taken away ends in the web interface as soon as in the API.
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
        var userId = sessions.userId(request);
        if (userId.isEmpty()) {
            return Publishers.empty();
        }
        if (!sessions.rightsOutdated(request)) {
            return Mono.justOrEmpty(sessions.authentication(request));
        }
        // the account is read from the store, which may block: not on the event loop
        return Mono.fromCallable(() -> accounts.current(new UserId(UUID.fromString(userId.get()))))
                .subscribeOn(Schedulers.fromExecutorService(blocking))
                .flatMap(user -> {
                    if (user.isEmpty()) {
                        sessions.forget(request);
                        return Mono.empty();
                    }
                    sessions.refreshRights(request, user.get());
                    return Mono.justOrEmpty(sessions.authentication(request));
                });
    }
}
