package de.koop.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.listener.SingleQueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/** Counts the SQL statements koop sends, across all threads; tests only, with {@code koop.test.count-statements}. */
@Singleton
@Requires(property = "koop.test.count-statements", value = "true")
class StatementCounter implements BeanCreatedEventListener<DataSource>, Ordered {

    /** Before Micronaut Data wraps the pool in its contextual proxy, which must stay outermost. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private final SingleQueryCountHolder counts = new SingleQueryCountHolder();

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        // only the pool itself: Micronaut's contextual wrappers around it must stay as they are
        if (!(event.getBean() instanceof com.zaxxer.hikari.HikariDataSource)) {
            return event.getBean();
        }
        return ProxyDataSourceBuilder.create(event.getBean()).name("koop").countQuery(counts).build();
    }

    void reset() {
        counts.clear();
    }

    /** Statements since the last reset. */
    long statements() {
        return counts.getQueryCountMap().values().stream().mapToLong(QueryCount::getTotal).sum();
    }
}
