package dev.bazaar.auth.adapter.in.grpc;

import com.google.protobuf.Timestamp;
import dev.bazaar.api.auth.v1.RegisterUserRequest;
import dev.bazaar.api.auth.v1.User;
import dev.bazaar.api.auth.v1.UserServiceGrpc;
import dev.bazaar.auth.application.RegisterUser;
import dev.bazaar.auth.domain.user.Role;
import io.grpc.stub.StreamObserver;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * {@code bazaar.auth.v1.UserService} over gRPC. Registration is open to anyone; the look-ups and
 * deactivation need the caller's identity (access tokens) and answer UNIMPLEMENTED until token
 * verification lands with the rest of auth (issue 5).
 */
@Dependent
public class UserGrpcService extends UserServiceGrpc.UserServiceImplBase {

    private final RegisterUser registerUser;

    @Inject
    public UserGrpcService(RegisterUser registerUser) {
        this.registerUser = registerUser;
    }

    @Override
    public void registerUser(RegisterUserRequest request, StreamObserver<User> response) {
        var user = registerUser.register(new RegisterUser.Command(request.getEmail(), request.getPassword(),
                request.getDisplayName(), role(request.getRole())));
        response.onNext(toProto(user));
        response.onCompleted();
    }

    static Role role(dev.bazaar.api.auth.v1.Role role) {
        return switch (role) {
            case ROLE_CUSTOMER -> Role.CUSTOMER;
            case ROLE_SELLER -> Role.SELLER;
            case ROLE_ADMIN -> Role.ADMIN;
            case ROLE_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    static dev.bazaar.api.auth.v1.Role toProto(Role role) {
        return switch (role) {
            case CUSTOMER -> dev.bazaar.api.auth.v1.Role.ROLE_CUSTOMER;
            case SELLER -> dev.bazaar.api.auth.v1.Role.ROLE_SELLER;
            case ADMIN -> dev.bazaar.api.auth.v1.Role.ROLE_ADMIN;
        };
    }

    static User toProto(dev.bazaar.auth.domain.user.User user) {
        var builder = User.newBuilder()
                .setId(user.id().toString())
                .setEmail(user.email().value())
                .setDisplayName(user.displayName().value())
                .setActive(user.isActive())
                .setCreatedAt(timestamp(user.createdAt()));
        user.roles().stream().sorted().map(UserGrpcService::toProto).forEach(builder::addRoles);
        if (user.deactivatedAt() != null) {
            builder.setDeactivatedAt(timestamp(user.deactivatedAt()));
        }
        return builder.build();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
