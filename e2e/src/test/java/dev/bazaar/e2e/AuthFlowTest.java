package dev.bazaar.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;

import static dev.bazaar.e2e.BffCalls.assertProblem;
import static dev.bazaar.e2e.BffCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new user's first session, as a browser lives it against the whole shop (the services as
 * processes): sign up, log in, read their account, refresh, have a replayed refresh token end the
 * session, log in again and log out. The BFF checks the access tokens itself against auth's JWKS:
 * a forged one never reaches a backend.
 */
class AuthFlowTest {

    private static final String PASSWORD = "correct horse battery";
    private static Shop shop;
    private static BffCalls bff;

    @BeforeAll
    static void startShop() throws Exception {
        shop = Shop.shared();
        bff = new BffCalls(shop.bff().baseUri());
    }


    @Test
    void signUpLogInReadMyAccountRefreshReplayAndLogOut() throws Exception {
        String email = "Ada." + UUID.randomUUID() + "@Example.org";

        HttpResponse<String> signup = bff.post("/api/v1/auth/signup", """
                {"email": "%s", "password": "%s", "displayName": "Ada", "role": "customer"}""".formatted(email, PASSWORD), null);
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
        assertThat(signup.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/me"));
        JsonObject account = json(signup);
        assertThat(account.getString("email")).isEqualTo(email.toLowerCase());
        assertThat(account.getString("displayName")).isEqualTo("Ada");
        assertThat(account.getJsonArray("roles").getString(0)).isEqualTo("customer");

        JsonObject session = json(bff.post("/api/v1/auth/login", credentials(email), null));
        assertThat(session.getString("tokenType")).isEqualTo("Bearer");
        assertThat(session.getJsonNumber("expiresIn").longValue()).isEqualTo(900);
        String access = session.getString("accessToken");
        String firstRefresh = session.getString("refreshToken");

        HttpResponse<String> me = bff.get("/api/v1/me", access);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(json(me).getString("id")).isEqualTo(account.getString("id"));

        HttpResponse<String> refreshed = bff.post("/api/v1/auth/refresh", refreshBody(firstRefresh), null);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        String secondRefresh = json(refreshed).getString("refreshToken");
        assertThat(bff.get("/api/v1/me", json(refreshed).getString("accessToken")).statusCode()).isEqualTo(200);

        HttpResponse<String> replayed = bff.post("/api/v1/auth/refresh", refreshBody(firstRefresh), null);
        assertProblem(replayed, 401, "refresh-token-reused");
        assertProblem(bff.post("/api/v1/auth/refresh", refreshBody(secondRefresh), null), 401, "token-invalid");

        JsonObject again = json(bff.post("/api/v1/auth/login", credentials(email), null));
        HttpResponse<String> logout = bff.post("/api/v1/auth/logout", refreshBody(again.getString("refreshToken")),
                again.getString("accessToken"));
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(204);
        assertProblem(bff.post("/api/v1/auth/refresh", refreshBody(again.getString("refreshToken")), null), 401, "token-invalid");
    }

    @Test
    void clientMistakesGetProblemsNamingWhatIsWrong() throws Exception {
        HttpResponse<String> invalid = bff.post("/api/v1/auth/signup", """
                {"email": "not-an-email", "password": "short", "displayName": "", "role": "admin"}""", null);
        assertProblem(invalid, 400, "validation-failed");
        assertThat(invalid.body()).contains("\"field\":\"email\"", "\"field\":\"password\"", "\"field\":\"displayName\"",
                "\"field\":\"role\"");

        assertProblem(bff.post("/api/v1/auth/signup", "", null), 400, "validation-failed");
        assertProblem(bff.post("/api/v1/auth/login", credentials("nobody." + UUID.randomUUID() + "@example.org"), null),
                401, "invalid-credentials");
        assertProblem(bff.get("/api/v1/me", null), 401, "token-invalid");
    }

    @Test
    void theBffChecksTokensAgainstAuthsJwksItselfAndRefusesForgedOnes() throws Exception {
        String email = "grace." + UUID.randomUUID() + "@example.org";
        bff.post("/api/v1/auth/signup", """
                {"email": "%s", "password": "%s", "displayName": "Grace", "role": "seller"}""".formatted(email, PASSWORD), null);
        String access = json(bff.post("/api/v1/auth/login", credentials(email), null)).getString("accessToken");
        String[] parts = access.split("\\.");
        String adminClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"seller\"", "\"admin\"").getBytes());
        String unsignedHeader = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());

        assertThat(bff.get("/api/v1/me", access).statusCode()).isEqualTo(200);
        assertProblem(bff.get("/api/v1/me", parts[0] + "." + adminClaims + "." + parts[2]), 401, "token-invalid");
        assertProblem(bff.get("/api/v1/me", unsignedHeader + "." + adminClaims + "."), 401, "token-invalid");
        HttpResponse<String> jwks = new BffCalls(shop.service("auth").baseUri()).get("/.well-known/jwks.json", null);
        String kid = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[0]))))
                .readObject().getString("kid");
        assertThat(jwks.body()).as("the key that signed it is published").contains("\"kid\":\"" + kid + "\"");
    }

    private static String credentials(String email) {
        return """
                {"email": "%s", "password": "%s"}""".formatted(email, PASSWORD);
    }

    private static String refreshBody(String refreshToken) {
        return """
                {"refreshToken": "%s"}""".formatted(refreshToken);
    }
}
