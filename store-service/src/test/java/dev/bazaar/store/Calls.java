package dev.bazaar.store;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.mapping.GrpcErrors;
import dev.bazaar.platform.health.ReadinessChecks;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.function.Executable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** What store-service's integration tests share: calls as a given user, their failures, and SQL on the service's schema. */
final class Calls {

    private Calls() {
    }

    /** The stub with a deadline, calling with this access token (none when null). */
    static <S extends AbstractStub<S>> S as(S stub, String accessToken) {
        S withDeadline = stub.withDeadlineAfter(10, TimeUnit.SECONDS);
        if (accessToken == null) {
            return withDeadline;
        }
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + accessToken);
        return withDeadline.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    /** The application error a call failed with. */
    static ApplicationException failure(Executable call) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call);
        return GrpcErrors.fromStatusException(e).orElseThrow(() -> new AssertionError("no application error in " + e));
    }

    static Status.Code statusOf(Executable call) {
        return assertThrows(StatusRuntimeException.class, call).getStatus().getCode();
    }

    /** The first column of every row. */
    static List<String> query(String sql, String... parameters) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    static void update(String sql, String... parameters) throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    static DataSource dataSource() {
        return CDI.current().select(DataSource.class, NamedLiteral.of(ReadinessChecks.DATA_SOURCE)).get();
    }
}
