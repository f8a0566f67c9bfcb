package dev.bazaar.auth;

import dev.bazaar.auth.application.port.out.LoginFailures;
import dev.bazaar.auth.application.LoginThrottle;
import dev.bazaar.auth.application.ForgetEndedSessions;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.bazaar.api.auth.v1.DeactivateUserRequest;
import dev.bazaar.api.auth.v1.GetUserByEmailRequest;
import dev.bazaar.api.auth.v1.GetUserRequest;
import dev.bazaar.api.auth.v1.IntrospectRequest;
import dev.bazaar.api.auth.v1.ServiceToken;
import dev.bazaar.api.auth.v1.IssueServiceTokenRequest;
import dev.bazaar.api.auth.v1.ListUsersRequest;
import dev.bazaar.api.auth.v1.ListUsersResponse;
import dev.bazaar.api.auth.v1.LoginRequest;
import dev.bazaar.api.auth.v1.LogoutRequest;
import dev.bazaar.api.auth.v1.RefreshRequest;
import dev.bazaar.api.auth.v1.RegisterUserRequest;
import dev.bazaar.api.auth.v1.Role;
import dev.bazaar.api.auth.v1.TokenPair;
import dev.bazaar.api.auth.v1.TokenServiceGrpc;
import dev.bazaar.api.auth.v1.User;
import dev.bazaar.api.auth.v1.UserServiceGrpc;
import dev.bazaar.api.common.v1.PageRequest;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.grpc.GrpcServer;
import dev.bazaar.platform.testing.EventSchemas;
import dev.bazaar.platform.testing.RunningServiceContract;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions and accounts over gRPC, against auth-service running on MariaDB: login with RS256
 * tokens verifiable by the JWKS, refresh-token rotation and reuse detection, logout, login rate
 * limits, deactivation, the first admin from configuration, and who may read which user.
 */
class SignInTest extends RunningServiceContract {

    private static final String PASSWORD = "correct horse battery";
    private static ManagedChannel channel;

    @Override
    protected List<String> expectedGrpcServices() {
        return List.of("bazaar.auth.v1.UserService", "bazaar.auth.v1.TokenService");
    }

    @BeforeAll
    static void connect() {
        channel = NettyChannelBuilder.forAddress("127.0.0.1", bean(GrpcServer.class).port()).usePlaintext().build();
    }

    @AfterAll
    static void disconnect() {
        channel.shutdownNow();
    }

    @Test
    void aLoginGivesAnRs256AccessTokenWithMicroProfileClaimsVerifiableByTheJwks() throws Exception {
        User ada = register(Role.ROLE_CUSTOMER);

        TokenPair tokens = login(ada.getEmail(), PASSWORD, "192.0.2.1");

        assertThat(tokens.getTokenType()).isEqualTo("Bearer");
        assertThat(tokens.getExpiresInSeconds()).isEqualTo(900);
        assertThat(tokens.getRefreshExpiresInSeconds()).isEqualTo(Duration.ofDays(14).toSeconds());
        assertThat(tokens.getRefreshToken()).hasSize(43); // 256 bits, base64url
        SignedJWT jwt = SignedJWT.parse(tokens.getAccessToken());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        HttpResponse<String> jwks = get("/.well-known/jwks.json", "application/json");
        assertThat(jwks.statusCode()).isEqualTo(200);
        RSAKey key = (RSAKey) JWKSet.parse(jwks.body()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("the token's kid is published").isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(ada.getId());
        assertThat(claims.getStringClaim("upn")).isEqualTo(ada.getEmail());
        assertThat(claims.getStringListClaim("groups")).containsExactly("customer");
        assertThat(claims.getIssuer()).isEqualTo("https://bazaar.dev/auth");
        assertThat(claims.getAudience()).containsExactly("bazaar");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(900_000);
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(query("SELECT COUNT(*) FROM refresh_tokens WHERE user_id = ?", ada.getId())).containsExactly("1");
        assertThat(query("SELECT token_hash FROM refresh_tokens WHERE user_id = ?", ada.getId()))
                .singleElement().asString().hasSize(64).isNotEqualTo(tokens.getRefreshToken());
    }

    @Test
    void signingKeysAreStoredWithTheirPrivateHalfEncrypted() throws Exception {
        assertThat(query("SELECT DISTINCT private_key_encryption FROM signing_keys")).containsExactly("A256GCM");
    }

    @Test
    void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
        User grace = register(Role.ROLE_SELLER);

        ApplicationException wrongPassword = grpcFailure(() -> login(grace.getEmail(), "not the password", "192.0.2.2"));
        ApplicationException unknownEmail = grpcFailure(() -> login("nobody." + UUID.randomUUID() + "@example.org", PASSWORD,
                "192.0.2.2"));

        assertThat(wrongPassword.code()).isEqualTo("invalid-credentials");
        assertThat(unknownEmail.code()).isEqualTo("invalid-credentials");
        assertThat(unknownEmail.getMessage()).isEqualTo(wrongPassword.getMessage());
    }

    @Test
    void aRefreshRotatesTheTokenAndReusingARotatedTokenEndsTheWholeSession() throws Exception {
        User user = register(Role.ROLE_CUSTOMER);
        TokenPair first = login(user.getEmail(), PASSWORD, "192.0.2.3");

        TokenPair second = refresh(first.getRefreshToken());
        assertThat(second.getRefreshToken()).isNotEqualTo(first.getRefreshToken());
        assertThat(getUser(second.getAccessToken(), user.getId()).getId()).isEqualTo(user.getId());

        ApplicationException reused = grpcFailure(() -> refresh(first.getRefreshToken()));
        assertThat(reused.code()).isEqualTo("refresh-token-reused");
        assertThat(grpcStatus(() -> refresh(first.getRefreshToken()))).isEqualTo(Status.Code.UNAUTHENTICATED);
        ApplicationException familyRevoked = grpcFailure(() -> refresh(second.getRefreshToken()));
        assertThat(familyRevoked.code()).as("the newest token of the family is revoked too").isEqualTo("token-invalid");
        assertThat(query("SELECT COUNT(*) FROM sessions WHERE user_id = ? AND revoked_at IS NOT NULL", user.getId()))
                .containsExactly("1");
    }

    @Test
    void anUnknownOrEmptyRefreshTokenIsRefused() {
        assertThat(grpcFailure(() -> refresh("made-up-token")).code()).isEqualTo("token-invalid");
        ApplicationException empty = grpcFailure(() -> refresh(""));
        assertThat(empty.violations()).extracting(v -> v.field()).containsExactly("refresh_token");
    }

    @Test
    void logoutEndsTheSessionOfItsOwnerOnlyAndMayBeRepeated() {
        User user = register(Role.ROLE_CUSTOMER);
        User other = register(Role.ROLE_CUSTOMER);
        TokenPair session = login(user.getEmail(), PASSWORD, "192.0.2.4");
        TokenPair rotated = refresh(session.getRefreshToken());
        TokenPair othersSession = login(other.getEmail(), PASSWORD, "192.0.2.4");

        assertThat(grpcFailure(() -> logout(othersSession.getAccessToken(), rotated.getRefreshToken())).code())
                .isEqualTo("not-owner");
        assertThat(grpcStatus(() -> logout(null, rotated.getRefreshToken()))).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(grpcStatus(() -> logout(session.getAccessToken(), "no-such-token"))).isEqualTo(Status.Code.NOT_FOUND);

        logout(session.getAccessToken(), rotated.getRefreshToken());
        logout(session.getAccessToken(), session.getRefreshToken()); // the same session, ended already: fine

        assertThat(grpcFailure(() -> refresh(rotated.getRefreshToken())).code()).isEqualTo("token-invalid");
        assertThat(refresh(othersSession.getRefreshToken()).getAccessToken()).as("other sessions go on").isNotBlank();
    }

    @Test
    void endedSessionsAreForgottenADayAfterTheyEndedLiveOnesStay() throws Exception {
        User user = register(Role.ROLE_CUSTOMER);
        TokenPair loggedOut = login(user.getEmail(), PASSWORD, "192.0.2.5");
        TokenPair idle = login(user.getEmail(), PASSWORD, "192.0.2.5");
        TokenPair live = login(user.getEmail(), PASSWORD, "192.0.2.5");
        logout(loggedOut.getAccessToken(), loggedOut.getRefreshToken());
        String loggedOutSession = sessionOf(loggedOut);
        String idleSession = sessionOf(idle);
        // As if two days had passed: the logout, and the idle session's last token expiring.
        update("UPDATE sessions SET revoked_at = NOW(6) - INTERVAL 2 DAY WHERE id = ?", loggedOutSession);
        update("UPDATE refresh_tokens SET expires_at = NOW(6) - INTERVAL 2 DAY WHERE session_id = ?", idleSession);

        int forgotten = 0;
        int deleted;
        do {
            deleted = bean(ForgetEndedSessions.class).forgetBatch();
            forgotten += deleted;
        } while (deleted > 0);

        assertThat(forgotten).isGreaterThanOrEqualTo(2);
        assertThat(query("SELECT id FROM sessions WHERE id IN (?, ?)", loggedOutSession, idleSession)).isEmpty();
        assertThat(query("SELECT COUNT(*) FROM refresh_tokens WHERE session_id IN (?, ?)", loggedOutSession, idleSession))
                .containsExactly("0");
        assertThat(refresh(live.getRefreshToken()).getAccessToken()).as("a live session stays").isNotBlank();
        assertThat(grpcFailure(() -> refresh(idle.getRefreshToken())).code()).isEqualTo("token-invalid");
    }

    private static String sessionOf(TokenPair tokens) throws Exception {
        return query("SELECT session_id FROM refresh_tokens WHERE token_hash = SHA2(?, 256)", tokens.getRefreshToken())
                .getFirst();
    }

    @Test
    void failedLoginsForOneAccountAreRateLimitedWithARetryDelayEvenWithTheRightPassword() {
        User user = register(Role.ROLE_CUSTOMER);
        for (int attempt = 0; attempt < AuthTestSettings.FAILURES_PER_ACCOUNT; attempt++) {
            String address = "198.51.100." + attempt; // a different address each time: the account limit counts
            assertThat(grpcFailure(() -> login(user.getEmail(), "wrong password!", address)).code())
                    .isEqualTo("invalid-credentials");
        }

        ApplicationException limited = grpcFailure(() -> login(user.getEmail(), PASSWORD, "198.51.100.99"));

        assertThat(limited.code()).isEqualTo("rate-limited");
        assertThat(limited.retryAfter()).hasValueSatisfying(delay ->
                assertThat(delay).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
        assertThat(grpcStatus(() -> login(user.getEmail(), PASSWORD, "198.51.100.99"))).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    }

    @Test
    void everyReplicaCountsTheSameFailuresAndNoAddressOrEmailIsStored() throws Exception {
        User user = register(Role.ROLE_CUSTOMER);
        for (int attempt = 0; attempt < AuthTestSettings.FAILURES_PER_ACCOUNT; attempt++) {
            grpcFailure(() -> login(user.getEmail(), "wrong password!", "198.51.100.200"));
        }
        // Another replica: its own throttle, the same database.
        var otherReplica = new LoginThrottle(bean(LoginFailures.class), AuthTestSettings.FAILURES_PER_ACCOUNT,
                AuthTestSettings.FAILURES_PER_ADDRESS, Duration.ofMinutes(15), java.time.Clock.systemUTC());

        ApplicationException limited = org.junit.jupiter.api.Assertions.assertThrows(ApplicationException.class,
                () -> otherReplica.checkAllowed(user.getEmail().toUpperCase(), "192.0.2.77"));

        assertThat(limited.code()).isEqualTo("rate-limited");
        assertThat(query("SELECT COUNT(*) FROM login_failures WHERE key_hash = SHA2(?, 256)",
                "account:" + user.getEmail().toLowerCase())).containsExactly(String.valueOf(AuthTestSettings.FAILURES_PER_ACCOUNT));
        assertThat(query("SELECT COUNT(*) FROM login_failures WHERE key_hash LIKE '%@%' OR key_hash LIKE '198.%'"))
                .containsExactly("0");
    }

    @Test
    void failedLoginsFromOneAddressAreRateLimitedWhateverTheAccount() {
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        for (int attempt = 0; attempt < AuthTestSettings.FAILURES_PER_ADDRESS; attempt++) {
            grpcFailure(() -> login("guess." + UUID.randomUUID() + "@example.org", PASSWORD, address));
        }
        User user = register(Role.ROLE_CUSTOMER);

        assertThat(grpcFailure(() -> login(user.getEmail(), PASSWORD, address)).code()).isEqualTo("rate-limited");
        assertThat(login(user.getEmail(), PASSWORD, "203.0.113.254").getAccessToken())
                .as("from another address").isNotBlank();
    }

    @Test
    void aDeactivatedUserCanNoLongerLogInOrRefreshAndTheDeactivationIsAnnounced() throws Exception {
        User user = register(Role.ROLE_SELLER);
        TokenPair session = login(user.getEmail(), PASSWORD, "192.0.2.5");
        TokenPair admin = login(AuthTestSettings.ADMIN_EMAIL, AuthTestSettings.ADMIN_PASSWORD, "192.0.2.5");

        User deactivated = deactivate(admin.getAccessToken(), user.getId(), "Fraudulent listings");

        assertThat(deactivated.getActive()).isFalse();
        assertThat(deactivated.hasDeactivatedAt()).isTrue();
        assertThat(grpcFailure(() -> login(user.getEmail(), PASSWORD, "192.0.2.5")).code()).isEqualTo("account-deactivated");
        assertThat(grpcStatus(() -> login(user.getEmail(), PASSWORD, "192.0.2.5"))).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(grpcFailure(() -> refresh(session.getRefreshToken())).code()).isEqualTo("token-invalid");
        ApplicationException again = grpcFailure(() -> deactivate(admin.getAccessToken(), user.getId(), "again"));
        assertThat(again.code()).isEqualTo("illegal-transition");

        List<String> payloads = query("SELECT payload FROM outbox WHERE aggregateid = ? AND type = 'UserDeactivated'", user.getId());
        assertThat(payloads).hasSize(1);
        assertThat(EventSchemas.violations("UserDeactivated", payloads.getFirst())).isEmpty();
        assertThat(payloads.getFirst()).contains("\"reason\":\"Fraudulent listings\"",
                "\"deactivatedBy\":\"" + userIdOf(admin) + "\"");
    }

    @Test
    void aUserMayDeactivateThemselfButNobodyElse() {
        User user = register(Role.ROLE_CUSTOMER);
        User other = register(Role.ROLE_CUSTOMER);
        TokenPair session = login(user.getEmail(), PASSWORD, "192.0.2.6");

        assertThat(grpcFailure(() -> deactivate(session.getAccessToken(), other.getId(), "spite")).code()).isEqualTo("not-owner");
        assertThat(grpcFailure(() -> deactivate(session.getAccessToken(), user.getId(), "")).violations())
                .extracting(v -> v.field()).containsExactly("reason");
        assertThat(deactivate(session.getAccessToken(), user.getId(), "Closing my account").getActive()).isFalse();
    }

    @Test
    void theFirstAdminComesFromConfigurationAndSeesEveryUserPageByPage() throws Exception {
        for (int i = 0; i < 3; i++) {
            register(Role.ROLE_SELLER);
        }
        TokenPair admin = login(AuthTestSettings.ADMIN_EMAIL, AuthTestSettings.ADMIN_PASSWORD, "192.0.2.7");
        assertThat(SignedJWT.parse(admin.getAccessToken()).getJWTClaimsSet().getStringListClaim("groups"))
                .containsExactly("admin");

        List<String> seen = new ArrayList<>();
        String cursor = "";
        String firstCursor = null;
        do {
            ListUsersResponse page = users(admin.getAccessToken()).listUsers(ListUsersRequest.newBuilder()
                    .setPage(PageRequest.newBuilder().setLimit(2).setCursor(cursor)).setRole(Role.ROLE_SELLER).build());
            assertThat(page.getItemsCount()).isLessThanOrEqualTo(2);
            page.getItemsList().forEach(user -> {
                assertThat(user.getRolesList()).contains(Role.ROLE_SELLER);
                seen.add(user.getCreatedAt().getSeconds() + "/" + user.getCreatedAt().getNanos() + "/" + user.getId());
            });
            cursor = page.getNextCursor();
            firstCursor = firstCursor == null ? cursor : firstCursor;
        } while (!cursor.isEmpty());

        assertThat(seen).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        assertThat(seen).isSortedAccordingTo(java.util.Comparator.comparing((String s) -> Long.parseLong(s.split("/")[0]))
                .thenComparing(s -> Integer.parseInt(s.split("/")[1])).thenComparing(s -> s.split("/")[2]));
        String reusedCursor = firstCursor;
        assertThat(grpcFailure(() -> users(admin.getAccessToken()).listUsers(ListUsersRequest.newBuilder()
                .setPage(PageRequest.newBuilder().setCursor(reusedCursor)).setRole(Role.ROLE_CUSTOMER).build()))
                .violations()).extracting(v -> v.field()).containsExactly("page.cursor");
        assertThat(grpcFailure(() -> users(admin.getAccessToken()).listUsers(ListUsersRequest.newBuilder()
                .setPage(PageRequest.newBuilder().setLimit(101)).build())).violations())
                .extracting(v -> v.field()).containsExactly("page.limit");
    }

    @Test
    void aUserReadsThemselfAnAdminReadsAnyoneAndOthersAreTurnedAway() {
        User user = register(Role.ROLE_CUSTOMER);
        User other = register(Role.ROLE_CUSTOMER);
        String token = login(user.getEmail(), PASSWORD, "192.0.2.8").getAccessToken();
        String admin = login(AuthTestSettings.ADMIN_EMAIL, AuthTestSettings.ADMIN_PASSWORD, "192.0.2.8").getAccessToken();

        assertThat(getUser(token, user.getId()).getEmail()).isEqualTo(user.getEmail());
        assertThat(grpcFailure(() -> getUser(token, other.getId())).code()).isEqualTo("not-owner");
        assertThat(grpcStatus(() -> getUser(null, user.getId()))).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(grpcFailure(() -> getUser(token, "not-a-uuid")).violations()).extracting(v -> v.field()).containsExactly("id");
        assertThat(getUser(admin, other.getId()).getId()).isEqualTo(other.getId());
        assertThat(grpcStatus(() -> getUser(admin, UUID.randomUUID().toString()))).isEqualTo(Status.Code.NOT_FOUND);

        var byEmail = GetUserByEmailRequest.newBuilder().setEmail(other.getEmail().toUpperCase()).build();
        assertThat(users(admin).getUserByEmail(byEmail).getId()).isEqualTo(other.getId());
        assertThat(grpcFailure(() -> users(token).getUserByEmail(byEmail)).code()).isEqualTo("role-required");
        assertThat(grpcFailure(() -> users(token).listUsers(ListUsersRequest.getDefaultInstance())).code()).isEqualTo("role-required");
    }

    @Test
    void introspectionIsForInternalCallersOnly() {
        User user = register(Role.ROLE_CUSTOMER);
        String token = login(user.getEmail(), PASSWORD, "192.0.2.9").getAccessToken();
        var request = IntrospectRequest.newBuilder().setAccessToken(token).build();

        assertThat(grpcFailure(() -> tokens(token).introspect(request)).code()).isEqualTo("role-required");
        assertThat(grpcStatus(() -> tokens(null).introspect(request))).isEqualTo(Status.Code.UNAUTHENTICATED);

        String service = serviceToken(AuthTestSettings.SERVICE_CLIENT, AuthTestSettings.SERVICE_SECRET).getAccessToken();
        var answer = tokens(service).introspect(request);
        assertThat(answer.getActive()).isTrue();
        assertThat(answer.getSubject()).isEqualTo(user.getId());
        logout(token, login(user.getEmail(), PASSWORD, "192.0.2.9").getRefreshToken());
        assertThat(tokens(service).introspect(request).getActive()).as("another session ended, this one goes on").isTrue();
    }

    @Test
    void aServiceWithItsCredentialsGetsAnInternalCallersToken() throws Exception {
        ServiceToken issued = serviceToken(AuthTestSettings.SERVICE_CLIENT, AuthTestSettings.SERVICE_SECRET);

        var claims = SignedJWT.parse(issued.getAccessToken()).getJWTClaimsSet();
        assertThat(claims.getStringListClaim("groups")).containsExactly("internal");
        assertThat(claims.getStringClaim("upn")).isEqualTo(AuthTestSettings.SERVICE_CLIENT);
        String again = serviceToken(AuthTestSettings.SERVICE_CLIENT, AuthTestSettings.SERVICE_SECRET).getAccessToken();
        assertThat(UUID.fromString(claims.getSubject())).as("a UUID, the same for every token of the client")
                .isEqualTo(UUID.fromString(SignedJWT.parse(again).getJWTClaimsSet().getSubject()));
        assertThat(issued.getTokenType()).isEqualTo("Bearer");
        assertThat(issued.getExpiresInSeconds()).isEqualTo(900);
        // An internal caller may read any user, as UserService documents.
        User user = register(Role.ROLE_CUSTOMER);
        assertThat(users(issued.getAccessToken()).getUserByEmail(GetUserByEmailRequest.newBuilder()
                .setEmail(user.getEmail()).build()).getId()).isEqualTo(user.getId());
    }

    @Test
    void wrongOrMissingServiceCredentialsGetNoToken() {
        ApplicationException wrong = grpcFailure(() -> serviceToken(AuthTestSettings.SERVICE_CLIENT, "not the secret"));
        ApplicationException unknown = grpcFailure(() -> serviceToken("no-such-service", AuthTestSettings.SERVICE_SECRET));
        ApplicationException tooShort = grpcFailure(() -> serviceToken("store-service", "short"));

        assertThat(wrong.code()).isEqualTo(unknown.code()).isEqualTo(tooShort.code()).isEqualTo("invalid-credentials");
        assertThat(wrong.getMessage()).isEqualTo(unknown.getMessage());
        assertThat(grpcFailure(() -> serviceToken("", "")).violations()).extracting(v -> v.field())
                .containsExactly("client_id", "client_secret");
    }

    private static ServiceToken serviceToken(String clientId, String secret) {
        return tokens(null).issueServiceToken(IssueServiceTokenRequest.newBuilder()
                .setClientId(clientId).setClientSecret(secret).build());
    }

    @Test
    void aTamperedTokenIsRefusedBeforeAnyRpcRuns() throws Exception {
        User user = register(Role.ROLE_CUSTOMER);
        String token = login(user.getEmail(), PASSWORD, "192.0.2.10").getAccessToken();
        var claims = SignedJWT.parse(token).getJWTClaimsSet();
        String unsigned = new PlainJWT(new com.nimbusds.jwt.JWTClaimsSet.Builder(claims)
                .claim("groups", List.of("admin")).build()).serialize();

        assertThat(grpcFailure(() -> getUser(unsigned, user.getId())).code()).isEqualTo("token-invalid");
    }

    // --- helpers -------------------------------------------------------------------------------

    private static User register(Role role) {
        return users(null).registerUser(RegisterUserRequest.newBuilder()
                .setEmail("user." + UUID.randomUUID() + "@example.org").setPassword(PASSWORD)
                .setDisplayName("Test User").setRole(role).build());
    }

    private static TokenPair login(String email, String password, String address) {
        return tokens(null).login(LoginRequest.newBuilder().setEmail(email).setPassword(password)
                .setClientAddress(address).build());
    }

    private static TokenPair refresh(String refreshToken) {
        return tokens(null).refresh(RefreshRequest.newBuilder().setRefreshToken(refreshToken).build());
    }

    private static void logout(String accessToken, String refreshToken) {
        tokens(accessToken).logout(LogoutRequest.newBuilder().setRefreshToken(refreshToken).build());
    }

    private static User getUser(String accessToken, String id) {
        return users(accessToken).getUser(GetUserRequest.newBuilder().setId(id).build());
    }

    private static User deactivate(String accessToken, String id, String reason) {
        return users(accessToken).deactivateUser(DeactivateUserRequest.newBuilder().setId(id).setReason(reason).build());
    }

    private static String userIdOf(TokenPair tokens) throws Exception {
        return SignedJWT.parse(tokens.getAccessToken()).getJWTClaimsSet().getSubject();
    }

    private static UserServiceGrpc.UserServiceBlockingStub users(String accessToken) {
        return as(accessToken, UserServiceGrpc.newBlockingStub(channel));
    }

    private static TokenServiceGrpc.TokenServiceBlockingStub tokens(String accessToken) {
        return as(accessToken, TokenServiceGrpc.newBlockingStub(channel));
    }


}
