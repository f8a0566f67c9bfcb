package dev.bazaar.auth.domain.user;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a person becomes a user: what the account accepts, and what it announces. */
class RegistrationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final PasswordHash HASH = new PasswordHash("$argon2id$...");

    @Test
    void anEmailIsKeptTrimmedAndLowerCasedSoThatItIsUniqueWhateverTheCase() {
        assertThat(EmailAddress.of("  Ada.Lovelace@Example.ORG ").value()).isEqualTo("ada.lovelace@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ada", "ada@", "@example.org", "ada@example", "a da@example.org", "ada@@example.org"})
    void somethingThatIsNotAnEmailAddressIsRefusedNamingTheField(String raw) {
        assertInvalid(() -> EmailAddress.of(raw), "email");
    }

    @Test
    void anEmailLongerThan254CharactersIsRefused() {
        assertInvalid(() -> EmailAddress.of("a".repeat(250) + "@x.io"), "email");
    }

    @Test
    void aDisplayNameIsTrimmedAndHoldsOneToAHundredCharacters() {
        assertThat(DisplayName.of("  Ada L. ").value()).isEqualTo("Ada L.");
        assertThat(DisplayName.of("é".repeat(100)).value()).hasSize(100);
        assertInvalid(() -> DisplayName.of(" "), "display_name");
        assertInvalid(() -> DisplayName.of("x".repeat(101)), "display_name");
        assertInvalid(() -> DisplayName.of("Ada\u0000"), "display_name");
    }

    @Test
    void aPasswordNeedsTwelveToHundredTwentyEightCharactersAndNothingElse() {
        EmailAddress email = EmailAddress.of("ada@example.org");
        assertThat(Password.of("correct horse", email).reveal()).isEqualTo("correct horse");
        assertThat(Password.of("aaaaaaaaaaaa", email)).isNotNull();
        assertInvalid(() -> Password.of("eleven char", email), "password");
        assertInvalid(() -> Password.of("x".repeat(129), email), "password");
        assertInvalid(() -> Password.of(" ".repeat(12), email), "password");
    }

    @Test
    void aPasswordMayNotBeTheEmailAddress() {
        assertInvalid(() -> Password.of("Ada@Example.org", EmailAddress.of("ada@example.org")), "password");
    }

    @Test
    void aPasswordNeverShowsItselfInLogs() {
        assertThat(Password.of("correct horse battery", null).toString()).doesNotContain("horse");
        assertThat(HASH.toString()).doesNotContain("argon2");
    }

    @Test
    void aCustomerOrSellerRegistersWithExactlyThatRoleAndItIsAnnounced() {
        var registration = User.register(EmailAddress.of("ada@example.org"), DisplayName.of("Ada"), Role.SELLER, HASH, NOW);

        assertThat(registration.user().roles()).containsExactly(Role.SELLER);
        assertThat(registration.user().isActive()).isTrue();
        assertThat(registration.event()).isEqualTo(new UserRegistered(registration.user().id().toString(),
                "ada@example.org", "Ada", List.of("seller"), NOW));
    }

    @Test
    void nobodyRegistersAsAdmin() {
        assertInvalid(() -> User.register(EmailAddress.of("eve@example.org"), DisplayName.of("Eve"), Role.ADMIN, HASH, NOW),
                "role");
    }

    @Test
    void aUserHasAtLeastOneRole() {
        assertThatThrownBy(() -> new User(UserId.random(), EmailAddress.of("a@b.io"), DisplayName.of("A"), Set.of(), HASH,
                NOW, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertInvalid(Runnable action, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(ApplicationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT);
                    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo(field));
                });
    }
}
