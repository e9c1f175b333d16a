package de.koop.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** A route that fails as a bug would, with internals and personal data in its message; tests only. */
@Controller("/api/v1/test-failure")
@Requires(property = "koop.test.failing-route", value = "true")
class FailingRoute {

    @Get
    String fail() {
        throw new IllegalStateException("SELECT * FROM partner_contact WHERE email = 'kanarie-5xx@canary.example'");
    }

    /** The same bug under the OParl API, which answers with OParl's error object. */
    @Controller("/oparl/v1.1/test-failure")
    @Requires(property = "koop.test.failing-route", value = "true")
    static class UnderOParl {

        @Get
        String fail() {
            throw new IllegalStateException("SELECT * FROM partner_contact WHERE email = 'kanarie-5xx@canary.example'");
        }
    }
}
