package dev.bazaar.store.domain.product;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import dev.bazaar.store.domain.store.StoreId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void fieldsAreCheckedAsTheApiDocumentsThem() {
        assertThat(Sku.of(" MUG-1.blue_2 ").value()).isEqualTo("MUG-1.blue_2");
        assertInvalid(() -> Sku.of("MUG 1"), "sku");
        assertInvalid(() -> Sku.of(""), "sku");
        assertInvalid(() -> Sku.of("x".repeat(65)), "sku");
        assertThat(ProductName.of("  Mug ").value()).isEqualTo("Mug");
        assertInvalid(() -> ProductName.of(" "), "name");
        assertInvalid(() -> ProductName.of("x".repeat(201)), "name");
        assertInvalid(() -> ProductName.of("Mug \u0000 not-an-id"), "name"); // found by the reliability suite (0018)
        assertInvalid(() -> ProductName.of("Mug\u001b[31m"), "name");
        assertInvalid(() -> ProductName.of("\u00a0"), "name");
        assertThat(ProductDescription.of(null).value()).isEmpty();
        assertInvalid(() -> ProductDescription.of("x".repeat(5001)), "description");
        assertInvalid(() -> new Price(0, "EUR"), "price.amount");
        assertInvalid(() -> new Price(100, "eur"), "price.currency");
        assertInvalid(() -> new Price(100, "USD").requireCurrency("EUR"), "price.currency");
    }

    @Test
    void aNewProductIsActiveAtVersionOneAndAnnouncedAsCreated() {
        Product product = mug();

        ProductChanged created = product.changed("Tea & Mugs");

        assertThat(product.isActive()).isTrue();
        assertThat(created.change()).isEqualTo(ProductChanged.Change.CREATED);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.storeName()).isEqualTo("Tea & Mugs");
        assertThat(created.price()).isEqualTo(new Price(1250, "EUR"));
        assertThat(created.occurredAt()).isEqualTo(T0);
    }

    @Test
    void everyUpdateIsTheNextVersionAndChangesOnlyWhatIsSet() {
        Product product = mug();

        product.update(new Product.Changes(null, null, new Price(1500, "EUR"), null), null, T0.plusSeconds(1));
        product.update(new Product.Changes(null, null, null, false), 2L, T0.plusSeconds(2));

        assertThat(product.version()).isEqualTo(3);
        assertThat(product.name().value()).isEqualTo("Enamel mug");
        assertThat(product.price().amount()).isEqualTo(1500);
        assertThat(product.isActive()).isFalse();
        assertThat(product.changed("S").change()).isEqualTo(ProductChanged.Change.UPDATED);
        assertThat(product.updatedAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void aStaleExpectedVersionChangesNothing() {
        Product product = mug();

        assertThatThrownBy(() -> product.update(new Product.Changes(ProductName.of("Cup"), null, null, null), 7L, T0))
                .isInstanceOfSatisfying(ApplicationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.STALE_VERSION);
                    assertThat(e.code()).isEqualTo("version-conflict");
                });
        assertThat(product.version()).isEqualTo(1);
        assertThat(product.name().value()).isEqualTo("Enamel mug");
    }

    private static Product mug() {
        return Product.create(StoreId.random(), Sku.of("MUG-1"), ProductName.of("Enamel mug"), ProductDescription.of("Blue"),
                new Price(1250, "EUR"), T0);
    }

    private static void assertInvalid(Runnable parse, String field) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(ApplicationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly(field));
    }
}
