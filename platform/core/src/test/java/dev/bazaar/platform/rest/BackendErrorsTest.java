package dev.bazaar.platform.rest;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.FieldViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A backend's error as the BFF's REST client reads it: in the client's JSON names and headers. */
class BackendErrorsTest {

    @Test
    void protoFieldPathsBecomeTheJsonNamesTheClientSent() {
        assertThat(ProblemMappers.jsonFieldName("display_name")).isEqualTo("displayName");
        assertThat(ProblemMappers.jsonFieldName("lines[2].unit_price")).isEqualTo("lines[2].unitPrice");
        assertThat(ProblemMappers.jsonFieldName("page.cursor")).isEqualTo("page.cursor");
        assertThat(ProblemMappers.jsonFieldName("email")).isEqualTo("email");

        var backend = ApplicationException.invalid(List.of(new FieldViolation("display_name", "must not be empty")));
        assertThat(ProblemMappers.withJsonFieldNames(backend).violations())
                .containsExactly(new FieldViolation("displayName", "must not be empty"));
    }

    @Test
    void aRateLimitIsA429WithRetryAfterInWholeSecondsRoundedUp() {
        var response = Problems.of(ApplicationException.rateLimited("rate-limited", "Too many attempts.",
                Duration.ofMillis(12_300)), "/api/v1/auth/login");

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("13");
    }

    @Test
    void anUnauthenticatedProblemNamesTheBearerScheme() {
        var response = Problems.of(ApplicationException.unauthenticated("token-invalid", "Sign in."), "/api/v1/me");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
    }
}
