package dev.bazaar.platform.data;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;
import jakarta.enterprise.inject.spi.CDI;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * MariaDB's DataSource with a client span for every statement and every commit or rollback
 * (OpenTelemetry's JDBC library instrumentation, docs/decisions/0017), as a class Hikari can
 * instantiate by name and configure with {@code dataSource.url}, {@code .user}, {@code .password}:
 *
 * <pre>
 * javax.sql.DataSource.bazaar.dataSourceClassName=dev.bazaar.platform.data.TracedMariaDbDataSource
 * </pre>
 *
 * Hikari pools the traced connections, so pooling itself costs no span. Statements take the span
 * of the request or message being handled as their parent; one with no parent (a timer, a health
 * check) is dropped by the platform's sampler, so there are no traces of a single statement.
 * Statement text is sanitized (literals become {@code ?}).
 */
public class TracedMariaDbDataSource implements DataSource {

    private final MariaDbDataSource mariadb = new MariaDbDataSource();
    private volatile DataSource traced;

    public void setUrl(String url) throws SQLException {
        mariadb.setUrl(url);
    }

    public String getUrl() {
        return mariadb.getUrl();
    }

    public void setUser(String user) throws SQLException {
        mariadb.setUser(user);
    }

    public String getUser() {
        return mariadb.getUser();
    }

    public void setPassword(String password) throws SQLException {
        mariadb.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return traced().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return traced().getConnection(username, password);
    }

    /** Built at the first connection, when the service's OpenTelemetry (platform Tracing) exists. */
    private DataSource traced() {
        DataSource result = traced;
        if (result == null) {
            synchronized (this) {
                if (traced == null) {
                    traced = JdbcTelemetry.builder(openTelemetry())
                            .setTransactionInstrumenterEnabled(true)
                            .build()
                            .wrap(mariadb);
                }
                result = traced;
            }
        }
        return result;
    }

    private static OpenTelemetry openTelemetry() {
        try {
            return CDI.current().select(OpenTelemetry.class).get();
        } catch (RuntimeException noContainer) {
            return OpenTelemetry.noop(); // used outside a service (a tool, a test): plain JDBC
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return mariadb.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        mariadb.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        mariadb.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return mariadb.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return mariadb.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return mariadb.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this) || mariadb.isWrapperFor(type);
    }
}
