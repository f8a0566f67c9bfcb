package dev.bazaar.auth.adapter.in.grpc;

import dev.bazaar.api.auth.v1.IntrospectRequest;
import dev.bazaar.api.auth.v1.IntrospectResponse;
import dev.bazaar.api.auth.v1.IssueServiceTokenRequest;
import dev.bazaar.api.auth.v1.LoginRequest;
import dev.bazaar.api.auth.v1.LogoutRequest;
import dev.bazaar.api.auth.v1.LogoutResponse;
import dev.bazaar.api.auth.v1.RefreshRequest;
import dev.bazaar.api.auth.v1.ServiceToken;
import dev.bazaar.api.auth.v1.TokenPair;
import dev.bazaar.api.auth.v1.TokenServiceGrpc;
import dev.bazaar.auth.application.IntrospectAccessToken;
import dev.bazaar.auth.application.IssueServiceToken;
import dev.bazaar.auth.application.LogIn;
import dev.bazaar.auth.application.LogOut;
import dev.bazaar.auth.application.RefreshSession;
import dev.bazaar.auth.domain.user.Role;
import dev.bazaar.platform.security.token.CallerContext;
import io.grpc.stub.StreamObserver;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * {@code bazaar.auth.v1.TokenService} over gRPC: login, refresh-token rotation, logout, introspection,
 * and service tokens for internal callers.
 */
@Dependent
public class TokenGrpcService extends TokenServiceGrpc.TokenServiceImplBase {

    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final IntrospectAccessToken introspect;
    private final IssueServiceToken issueServiceToken;

    @Inject
    public TokenGrpcService(LogIn logIn, RefreshSession refreshSession, LogOut logOut, IntrospectAccessToken introspect,
                            IssueServiceToken issueServiceToken) {
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.introspect = introspect;
        this.issueServiceToken = issueServiceToken;
    }

    @Override
    public void login(LoginRequest request, StreamObserver<TokenPair> response) {
        response.onNext(toProto(logIn.logIn(new LogIn.Command(request.getEmail(), request.getPassword(),
                request.getClientAddress()))));
        response.onCompleted();
    }

    @Override
    public void refresh(RefreshRequest request, StreamObserver<TokenPair> response) {
        response.onNext(toProto(refreshSession.refresh(request.getRefreshToken())));
        response.onCompleted();
    }

    @Override
    public void logout(LogoutRequest request, StreamObserver<LogoutResponse> response) {
        logOut.logOut(CallerContext.caller(), request.getRefreshToken());
        response.onNext(LogoutResponse.getDefaultInstance());
        response.onCompleted();
    }

    @Override
    public void issueServiceToken(IssueServiceTokenRequest request, StreamObserver<ServiceToken> response) {
        IssueServiceToken.ServiceToken token = issueServiceToken.issue(request.getClientId(), request.getClientSecret());
        response.onNext(ServiceToken.newBuilder()
                .setAccessToken(token.accessToken())
                .setExpiresInSeconds(token.lifetime().toSeconds())
                .setTokenType("Bearer")
                .build());
        response.onCompleted();
    }

    @Override
    public void introspect(IntrospectRequest request, StreamObserver<IntrospectResponse> response) {
        var answer = introspect.introspect(CallerContext.caller(), request.getAccessToken());
        var reply = IntrospectResponse.newBuilder().setActive(answer.activeToken().isPresent());
        answer.activeToken().ifPresent(token -> {
            reply.setSubject(token.caller().userId())
                    .setEmail(token.caller().email())
                    .setIssuer(token.issuer())
                    .setTokenId(token.tokenId())
                    .setIssuedAt(UserGrpcService.timestamp(token.issuedAt()))
                    .setExpiresAt(UserGrpcService.timestamp(token.expiresAt()));
            java.util.Arrays.stream(Role.values()).filter(role -> token.caller().hasRole(role.claim()))
                    .map(UserGrpcService::toProto)
                    .forEach(reply::addRoles);
        });
        response.onNext(reply.build());
        response.onCompleted();
    }

    private static TokenPair toProto(dev.bazaar.auth.application.TokenPair tokens) {
        return TokenPair.newBuilder()
                .setAccessToken(tokens.accessToken())
                .setRefreshToken(tokens.refreshToken())
                .setExpiresInSeconds(tokens.accessTokenLifetime().toSeconds())
                .setRefreshExpiresInSeconds(tokens.refreshTokenLifetime().toSeconds())
                .setTokenType("Bearer")
                .build();
    }
}
