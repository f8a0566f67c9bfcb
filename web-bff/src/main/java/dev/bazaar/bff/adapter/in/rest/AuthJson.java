package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.application.Account;
import dev.bazaar.bff.application.Session;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The JSON bodies of the sign-up, login and account endpoints (JSON-B records, camelCase). */
final class AuthJson {

    private AuthJson() {
    }

    @Schema(name = "SignupRequest", description = "A new account")
    public record SignupRequest(
            @Schema(required = true, description = "Login email; compared case-insensitively", example = "ada@example.org")
            String email,
            @Schema(required = true, description = "12 to 128 characters, not the email", example = "correct horse battery")
            String password,
            @Schema(required = true, description = "Name shown to others, 1 to 100 characters", example = "Ada")
            String displayName,
            @Schema(required = true, enumeration = {"customer", "seller"}, description = "What the account is for")
            String role) {

        static final SignupRequest EMPTY = new SignupRequest(null, null, null, null);
    }

    @Schema(name = "LoginRequest", description = "Credentials")
    public record LoginRequest(
            @Schema(required = true, example = "ada@example.org") String email,
            @Schema(required = true, example = "correct horse battery") String password) {

        static final LoginRequest EMPTY = new LoginRequest(null, null);
    }

    @Schema(name = "RefreshTokenRequest", description = "A refresh token from the last login or refresh")
    public record RefreshTokenRequest(@Schema(required = true) String refreshToken) {

        static final RefreshTokenRequest EMPTY = new RefreshTokenRequest(null);
    }

    @Schema(name = "User", description = "A user account")
    public record UserJson(
            @Schema(format = "uuid") String id,
            String email,
            String displayName,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, enumeration = {"customer", "seller", "admin"})
            List<String> roles) {

        static UserJson of(Account account) {
            return new UserJson(account.id(), account.email(), account.displayName(), account.roles());
        }
    }

    @Schema(name = "Tokens", description = "A session's tokens. Send the access token as 'Authorization: Bearer <accessToken>'.")
    public record TokensJson(
            @Schema(description = "RS256 JWT, short-lived") String accessToken,
            @Schema(description = "Opaque, single use: trade it for new tokens at /api/v1/auth/refresh") String refreshToken,
            @Schema(description = "Seconds until the access token expires", example = "900") long expiresIn,
            @Schema(enumeration = "Bearer") String tokenType) {

        static TokensJson of(Session session) {
            return new TokensJson(session.accessToken(), session.refreshToken(), session.expiresInSeconds(), "Bearer");
        }

        @Override
        public String toString() {
            return "TokensJson[hidden]";
        }
    }
}
