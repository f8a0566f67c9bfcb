package dev.bazaar.auth;

import dev.bazaar.api.auth.v1.RegisterUserRequest;
import dev.bazaar.api.auth.v1.Role;
import dev.bazaar.api.auth.v1.User;
import dev.bazaar.api.auth.v1.UserServiceGrpc;
import dev.bazaar.platform.error.mapping.GrpcErrors;
import dev.bazaar.platform.grpc.GrpcServer;
import dev.bazaar.platform.testing.EventSchemas;
import dev.bazaar.platform.testing.RunningServiceContract;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * auth-service started for real against MariaDB: the service contract, and registration over
 * gRPC from the request to the database and the outbox.
 */
class AuthServiceRunsTest extends RunningServiceContract {

    private static ManagedChannel channel;
    private static UserServiceGrpc.UserServiceBlockingStub users;

    @Override
    protected List<String> expectedGrpcServices() {
        return List.of("bazaar.auth.v1.UserService", "bazaar.auth.v1.TokenService");
    }

    @BeforeAll
    static void connect() {
        channel = NettyChannelBuilder.forAddress("127.0.0.1", bean(GrpcServer.class).port()).usePlaintext().build();
        users = UserServiceGrpc.newBlockingStub(channel);
    }

    @AfterAll
    static void disconnect() {
        channel.shutdownNow();
    }

    @Test
    void aNewUserIsStoredWithAnArgon2idHashAndAnnouncedThroughTheOutbox() throws Exception {
        String email = "Ada." + UUID.randomUUID() + "@Example.org";
        User user = register(email, "correct horse battery", "Ada", Role.ROLE_CUSTOMER);

        assertThat(user.getEmail()).isEqualTo(email.toLowerCase());
        assertThat(user.getRolesList()).containsExactly(Role.ROLE_CUSTOMER);
        assertThat(user.getActive()).isTrue();
        assertThat(query("SELECT password_hash FROM users WHERE id = ?", user.getId()))
                .singleElement().asString().startsWith("$argon2id$").doesNotContain("correct horse");

        List<String> events = query("SELECT CONCAT(aggregatetype, ' ', type, ' ', payload) FROM outbox WHERE aggregateid = ?",
                user.getId());
        assertThat(events).singleElement().asString().startsWith("user UserRegistered ");
        String payload = events.getFirst().substring("user UserRegistered ".length());
        assertThat(EventSchemas.violations("UserRegistered", payload)).isEmpty();
        assertThat(payload).contains("\"userId\":\"" + user.getId() + "\"", "\"roles\":[\"customer\"]");
    }

    @Test
    void anEmailIsTakenWhateverItsCaseAndTheSecondAttemptChangesNothing() throws Exception {
        String email = "grace." + UUID.randomUUID() + "@example.org";
        register(email, "correct horse battery", "Grace", Role.ROLE_SELLER);

        assertThatThrownBy(() -> register(email.toUpperCase(), "another good password", "Grace 2", Role.ROLE_CUSTOMER))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
                    assertThat(GrpcErrors.fromStatusException(e).orElseThrow().code()).isEqualTo("duplicate");
                });
        assertThat(query("SELECT COUNT(*) FROM users WHERE email = ?", email)).containsExactly("1");
        assertThat(query("SELECT COUNT(*) FROM outbox o JOIN users u ON o.aggregateid = u.id WHERE u.email = ?", email))
                .containsExactly("1");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceAndNothingIsStored() throws Exception {
        assertThatThrownBy(() -> register("not-an-email", "short", "", Role.ROLE_ADMIN))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(GrpcErrors.fromStatusException(e).orElseThrow().violations())
                            .extracting(v -> v.field())
                            .containsExactlyInAnyOrder("email", "display_name", "password", "role");
                });
        assertThat(query("SELECT COUNT(*) FROM users WHERE email = ?", "not-an-email")).containsExactly("0");
    }

    private static User register(String email, String password, String displayName, Role role) {
        return users.withDeadlineAfter(10, TimeUnit.SECONDS).registerUser(RegisterUserRequest.newBuilder()
                .setEmail(email).setPassword(password).setDisplayName(displayName).setRole(role).build());
    }

}
