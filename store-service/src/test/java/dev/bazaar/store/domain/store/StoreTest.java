package dev.bazaar.store.domain.store;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final String OWNER = "6f1c1a53-2b7e-4a55-9c1d-1f0e5b2a7c11";

    @Test
    void aNameIsTrimmedAndOneToOneHundredCharacters() {
        assertThat(StoreName.of("  Sam's Shop ").value()).isEqualTo("Sam's Shop");
        assertThat(StoreName.of("x".repeat(100)).value()).hasSize(100);
        assertInvalid(() -> StoreName.of(""), "name");
        assertInvalid(() -> StoreName.of("   "), "name");
        assertInvalid(() -> StoreName.of(null), "name");
        assertInvalid(() -> StoreName.of("x".repeat(101)), "name");
        assertThat(StoreName.of("\tSam's\n").value()).isEqualTo("Sam's");
        assertInvalid(() -> StoreName.of("Sam \u0000 not-an-id"), "name"); // found by the reliability suite (0018)
        assertInvalid(() -> StoreName.of("Sam\u001b[2J"), "name");
        assertInvalid(() -> StoreName.of("\u00a0\u2003"), "name"); // blank to the eye: a no-break and an em space
    }

    @Test
    void namesCompareCaseInsensitively() {
        assertThat(StoreName.of("Sam's SHOP").key()).isEqualTo(StoreName.of("sam's shop").key());
    }

    @Test
    void aDescriptionIsAtMostTwoThousandCharactersAndMayBeEmpty() {
        assertThat(StoreDescription.of(null).value()).isEmpty();
        assertThat(StoreDescription.of("x".repeat(2000)).value()).hasSize(2000);
        assertInvalid(() -> StoreDescription.of("x".repeat(2001)), "description");
    }

    @Test
    void openingAnnouncesTheStore() {
        Store.Opening opening = Store.open(OWNER, StoreName.of("Sam's"), StoreDescription.of("Tea"), T0);
        Store store = opening.store();
        assertThat(store.status()).isEqualTo(StoreStatus.OPEN);
        assertThat(store.isOwnedBy(OWNER)).isTrue();
        assertThat(store.createdAt()).isEqualTo(T0).isEqualTo(store.updatedAt());
        assertThat(opening.event()).isEqualTo(new StoreOpened(store.id().toString(), OWNER, "Sam's", "Tea", T0));
    }

    @Test
    void anOpenStoreIsRenamedAndClosedButAClosedOneNeitherChangesNorClosesAgain() {
        Store store = Store.open(OWNER, StoreName.of("Sam's"), StoreDescription.of("Tea"), T0).store();
        store.update(StoreName.of("Sam's Tea"), null, T0.plusSeconds(1));
        assertThat(store.name().value()).isEqualTo("Sam's Tea");
        assertThat(store.description().value()).isEqualTo("Tea");
        assertThat(store.updatedAt()).isEqualTo(T0.plusSeconds(1));

        store.close(T0.plusSeconds(2));
        assertThat(store.status()).isEqualTo(StoreStatus.CLOSED);
        assertIllegalTransition(() -> store.close(T0.plusSeconds(3)));
        assertIllegalTransition(() -> store.update(null, StoreDescription.of("Coffee"), T0.plusSeconds(3)));
        assertThat(store.description().value()).isEqualTo("Tea");
        assertThat(store.updatedAt()).isEqualTo(T0.plusSeconds(2));
    }

    private static void assertIllegalTransition(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ApplicationException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
            assertThat(e.code()).isEqualTo("illegal-transition");
        });
    }

    private static void assertInvalid(Runnable parse, String field) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(ApplicationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly(field));
    }
}
