package de.koop.adapter.http;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.core.reflect.ClassUtils;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Refuses a query parameter that the route does not declare, as an unknown body field is refused: a
 * misspelt filter ({@code ?categroy=HOSPITAL}) would otherwise be dropped without a word and the answer
 * would look filtered. A route declares its parameters as {@code @QueryValue} arguments. Only for the JSON
 * API: the OParl API reads its list parameters itself, and OParl clients written for many servers may send
 * parameters koop does not know. After the sign-in and the permission, so that a refused caller learns
 * nothing about the route.
 */
@ServerFilter("/api/**")
public class UnknownQueryParameters implements Ordered {

    private final Map<RouteInfo<?>, Set<String>> declared = new ConcurrentHashMap<>();

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    public void refuseUnknown(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.OPTIONS
                || !(RouteAttributes.getRouteMatch(request).orElse(null) instanceof MethodBasedRouteMatch<?, ?> route)) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(route.getRouteInfo(), info -> parameters(route.getArguments()));
        List<Problem.FieldError> unknown = request.getParameters().names().stream().filter(name -> !known.contains(name))
                .map(name -> new Problem.FieldError(name, RequestReader.NOT_EXPECTED)).toList();
        if (!unknown.isEmpty()) {
            throw new RequestValidationException(unknown);
        }
    }

    /** The query parameters a route's method takes: its {@code @QueryValue} arguments, or plain ones Micronaut binds from the query. */
    private static Set<String> parameters(Argument<?>[] arguments) {
        return Arrays.stream(arguments).filter(UnknownQueryParameters::fromQuery)
                .map(a -> a.getAnnotationMetadata().stringValue(QueryValue.class).filter(s -> !s.isEmpty()).orElse(a.getName()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean fromQuery(Argument<?> argument) {
        AnnotationMetadata annotations = argument.getAnnotationMetadata();
        if (annotations.hasAnnotation(QueryValue.class)) {
            return true;
        }
        return !annotations.hasStereotype(Bindable.class) && (ClassUtils.isJavaLangType(argument.getType())
                || argument.getType().isPrimitive() || argument.getType().isEnum());
    }
}
