package de.koop.bootstrap.tools;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Hidden;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The HTTP benchmark's yardstick: one partner by primary key with a single SELECT over plain
 * JDBC, without koop's layers, in the same application and behind the same security. Only with
 * {@code koop.bench.bare-endpoint=true}; administrators only, as every route the access rule does not name.
 */
@Controller("/bench/bare")
@Hidden
@Requires(property = "koop.bench.bare-endpoint", value = "true")
class BareEndpoint {

    private final DataSource dataSource;

    BareEndpoint(DataSource dataSource, DataSourceResolver resolver) {
        // the pool itself: Micronaut's contextual data source wants a surrounding transaction
        this.dataSource = resolver.resolve(dataSource);
    }

    @Get("/partners/{id}")
    HttpResponse<Map<String, Object>> partner(@PathVariable String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT * FROM partner WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return HttpResponse.notFound();
                }
                ResultSetMetaData columns = row.getMetaData();
                Map<String, Object> partner = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    partner.put(columns.getColumnLabel(i), String.valueOf(row.getObject(i)));
                }
                return HttpResponse.ok(partner);
            }
        }
    }
}
