package dev.bazaar.auth.adapter.in.grpc;

import com.google.protobuf.Timestamp;
import dev.bazaar.api.auth.v1.DeactivateUserRequest;
import dev.bazaar.api.auth.v1.GetUserByEmailRequest;
import dev.bazaar.api.auth.v1.GetUserRequest;
import dev.bazaar.api.auth.v1.ListUsersRequest;
import dev.bazaar.api.auth.v1.ListUsersResponse;
import dev.bazaar.api.auth.v1.RegisterUserRequest;
import dev.bazaar.api.auth.v1.User;
import dev.bazaar.api.auth.v1.UserServiceGrpc;
import dev.bazaar.auth.application.DeactivateUser;
import dev.bazaar.auth.application.FindUserByEmail;
import dev.bazaar.auth.application.GetUser;
import dev.bazaar.auth.application.ListUsers;
import dev.bazaar.auth.application.RegisterUser;
import dev.bazaar.auth.domain.user.Role;
import dev.bazaar.platform.security.token.CallerContext;
import io.grpc.stub.StreamObserver;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * {@code bazaar.auth.v1.UserService} over gRPC. Registration is open to anyone; the look-ups and
 * deactivation take the caller that the platform's interceptor verified (the access token in the
 * {@code authorization} metadata), and the use cases decide what it may do.
 */
@Dependent
public class UserGrpcService extends UserServiceGrpc.UserServiceImplBase {

    private final RegisterUser registerUser;
    private final GetUser getUser;
    private final FindUserByEmail findUserByEmail;
    private final ListUsers listUsers;
    private final DeactivateUser deactivateUser;

    @Inject
    public UserGrpcService(RegisterUser registerUser, GetUser getUser, FindUserByEmail findUserByEmail,
                           ListUsers listUsers, DeactivateUser deactivateUser) {
        this.registerUser = registerUser;
        this.getUser = getUser;
        this.findUserByEmail = findUserByEmail;
        this.listUsers = listUsers;
        this.deactivateUser = deactivateUser;
    }

    @Override
    public void registerUser(RegisterUserRequest request, StreamObserver<User> response) {
        var user = registerUser.register(new RegisterUser.Command(request.getEmail(), request.getPassword(),
                request.getDisplayName(), role(request.getRole())));
        response.onNext(toProto(user));
        response.onCompleted();
    }

    @Override
    public void getUser(GetUserRequest request, StreamObserver<User> response) {
        response.onNext(toProto(getUser.get(CallerContext.caller(), request.getId())));
        response.onCompleted();
    }

    @Override
    public void getUserByEmail(GetUserByEmailRequest request, StreamObserver<User> response) {
        response.onNext(toProto(findUserByEmail.find(CallerContext.caller(), request.getEmail())));
        response.onCompleted();
    }

    @Override
    public void listUsers(ListUsersRequest request, StreamObserver<ListUsersResponse> response) {
        ListUsers.Page page = listUsers.list(CallerContext.caller(), new ListUsers.Query(
                request.getPage().getLimit(), request.getPage().getCursor(), role(request.getRole())));
        var reply = ListUsersResponse.newBuilder();
        page.items().forEach(user -> reply.addItems(toProto(user)));
        if (page.nextCursor() != null) {
            reply.setNextCursor(page.nextCursor());
        }
        response.onNext(reply.build());
        response.onCompleted();
    }

    @Override
    public void deactivateUser(DeactivateUserRequest request, StreamObserver<User> response) {
        response.onNext(toProto(deactivateUser.deactivate(CallerContext.caller(), request.getId(), request.getReason())));
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

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
