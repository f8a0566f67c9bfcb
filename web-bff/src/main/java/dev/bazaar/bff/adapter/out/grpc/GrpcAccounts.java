package dev.bazaar.bff.adapter.out.grpc;

import dev.bazaar.api.auth.v1.GetUserRequest;
import dev.bazaar.api.auth.v1.LoginRequest;
import dev.bazaar.api.auth.v1.LogoutRequest;
import dev.bazaar.api.auth.v1.RefreshRequest;
import dev.bazaar.api.auth.v1.RegisterUserRequest;
import dev.bazaar.api.auth.v1.Role;
import dev.bazaar.api.auth.v1.TokenPair;
import dev.bazaar.api.auth.v1.TokenServiceGrpc;
import dev.bazaar.api.auth.v1.User;
import dev.bazaar.api.auth.v1.UserServiceGrpc;
import dev.bazaar.bff.application.Account;
import dev.bazaar.bff.application.Session;
import dev.bazaar.bff.application.port.out.Accounts;
import dev.bazaar.platform.grpc.GrpcChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * auth-service's UserService and TokenService over gRPC, each call with the backend's deadline.
 * The caller's access token travels in the metadata (GrpcChannels forwards it); a backend error
 * propagates as it is and becomes problem+json at the REST edge.
 */
@ApplicationScoped
public class GrpcAccounts implements Accounts {

    private static final String BACKEND = "auth";

    private final GrpcChannels channels;

    @Inject
    public GrpcAccounts(GrpcChannels channels) {
        this.channels = channels;
    }

    @Override
    public Account register(String email, String password, String displayName, String role) {
        return toAccount(users().registerUser(RegisterUserRequest.newBuilder()
                .setEmail(nonNull(email))
                .setPassword(nonNull(password))
                .setDisplayName(nonNull(displayName))
                .setRole(role(role))
                .build()));
    }

    @Override
    public Session logIn(String email, String password, String clientAddress) {
        return toSession(tokens().login(LoginRequest.newBuilder()
                .setEmail(nonNull(email))
                .setPassword(nonNull(password))
                .setClientAddress(nonNull(clientAddress))
                .build()));
    }

    @Override
    public Session refresh(String refreshToken) {
        return toSession(tokens().refresh(RefreshRequest.newBuilder().setRefreshToken(nonNull(refreshToken)).build()));
    }

    @Override
    public void logOut(String refreshToken) {
        tokens().logout(LogoutRequest.newBuilder().setRefreshToken(nonNull(refreshToken)).build());
    }

    @Override
    public Account account(String userId) {
        return toAccount(users().getUser(GetUserRequest.newBuilder().setId(userId).build()));
    }

    private UserServiceGrpc.UserServiceBlockingStub users() {
        return UserServiceGrpc.newBlockingStub(channels.channel(BACKEND))
                .withDeadlineAfter(channels.deadline(BACKEND).toMillis(), TimeUnit.MILLISECONDS);
    }

    private TokenServiceGrpc.TokenServiceBlockingStub tokens() {
        return TokenServiceGrpc.newBlockingStub(channels.channel(BACKEND))
                .withDeadlineAfter(channels.deadline(BACKEND).toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The REST names of roles to the API's, spelled exactly (no case folding, no trimming: the
     * OpenAPI document lists the names); another name is unspecified, which auth-service refuses.
     */
    static Role role(String name) {
        if (name == null) {
            return Role.ROLE_UNSPECIFIED;
        }
        return switch (name) {
            case "customer" -> Role.ROLE_CUSTOMER;
            case "seller" -> Role.ROLE_SELLER;
            case "admin" -> Role.ROLE_ADMIN;
            default -> Role.ROLE_UNSPECIFIED;
        };
    }

    private static Account toAccount(User user) {
        return new Account(user.getId(), user.getEmail(), user.getDisplayName(), user.getRolesList().stream()
                .filter(role -> role != Role.ROLE_UNSPECIFIED && role != Role.UNRECOGNIZED)
                .map(role -> role.name().substring("ROLE_".length()).toLowerCase(Locale.ROOT))
                .toList());
    }

    private static Session toSession(TokenPair tokens) {
        return new Session(tokens.getAccessToken(), tokens.getRefreshToken(), tokens.getExpiresInSeconds());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
