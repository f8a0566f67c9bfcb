package dev.bazaar.store;

import dev.bazaar.api.common.v1.PageRequest;
import dev.bazaar.api.store.v1.CloseStoreRequest;
import dev.bazaar.api.store.v1.GetStoreRequest;
import dev.bazaar.api.store.v1.ListStoresRequest;
import dev.bazaar.api.store.v1.ListStoresResponse;
import dev.bazaar.api.store.v1.OpenStoreRequest;
import dev.bazaar.api.store.v1.Store;
import dev.bazaar.api.store.v1.StoreStatus;
import dev.bazaar.api.store.v1.UpdateStoreRequest;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.mapping.GrpcErrors;
import dev.bazaar.platform.testing.EventSchemas;
import dev.bazaar.platform.testing.TestAccessTokens;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * StoreService over gRPC against the service started for real (MariaDB, the outbox), with access
 * tokens signed by a stand-in for auth-service ({@link TestAccessTokens}).
 */
class StoresTest extends GrpcServiceTest {

    @Test
    void aSellerOpensAStoreThatAnyoneCanReadAndStoreOpenedGoesToTheOutbox() throws Exception {
        String seller = UUID.randomUUID().toString();
        Store opened = open(seller, "  Sam's Tea ", "Loose leaf tea");
        assertThat(opened.getOwnerId()).isEqualTo(seller);
        assertThat(opened.getName()).isEqualTo("Sam's Tea");
        assertThat(opened.getDescription()).isEqualTo("Loose leaf tea");
        assertThat(opened.getStatus()).isEqualTo(StoreStatus.STORE_STATUS_OPEN);
        assertThat(opened.getCreatedAt()).isEqualTo(opened.getUpdatedAt());

        assertThat(stores(null).getStore(GetStoreRequest.newBuilder().setId(opened.getId()).build())).isEqualTo(opened);

        List<String> payloads = query("SELECT payload FROM outbox WHERE aggregateid = ? AND type = 'StoreOpened'",
                opened.getId());
        assertThat(payloads).hasSize(1);
        assertThat(EventSchemas.violations("StoreOpened", payloads.getFirst())).isEmpty();
        assertThat(payloads.getFirst()).contains(seller).contains("Sam's Tea");
        assertThat(query("SELECT aggregatetype FROM outbox WHERE aggregateid = ?", opened.getId())).containsExactly("store");
    }

    @Test
    void onlyASignedInSellerOpensAStore() {
        var request = OpenStoreRequest.newBuilder().setName("Kim's").build();
        ApplicationException customer = grpcFailure(() -> stores(TestAccessTokens.token(UUID.randomUUID().toString(), "customer"))
                .openStore(request));
        assertThat(customer.code()).isEqualTo("role-required");
        assertThat(grpcStatus(() -> stores(TestAccessTokens.token(UUID.randomUUID().toString(), "customer")).openStore(request)))
                .isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(grpcStatus(() -> stores(null).openStore(request))).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void aDeactivatedSellerCannotOpenAStoreWithAStillValidToken() throws Exception {
        String seller = UUID.randomUUID().toString();
        update("INSERT INTO user_copies (user_id, display_name, roles, active, updated_at) VALUES (?, 'Gone', 'seller', 0, NOW(6))",
                seller);
        assertThat(grpcFailure(() -> open(seller, "Gone's", "")).code()).isEqualTo("account-deactivated");
    }

    @Test
    void badFieldsAreReportedTogether() {
        var request = OpenStoreRequest.newBuilder().setName(" ").setDescription("x".repeat(2001)).build();
        ApplicationException invalid = grpcFailure(() -> stores(seller(UUID.randomUUID().toString())).openStore(request));
        assertThat(invalid.violations()).extracting(v -> v.field()).containsExactlyInAnyOrder("name", "description");
        assertThat(grpcFailure(() -> stores(null).getStore(GetStoreRequest.newBuilder().setId("nope").build())).violations())
                .extracting(v -> v.field()).containsExactly("id");
        assertThat(grpcStatus(() -> stores(null).getStore(GetStoreRequest.newBuilder()
                .setId(UUID.randomUUID().toString()).build()))).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void aNameIsUniqueAmongTheOwnersOpenStoresCaseInsensitively() {
        String seller = UUID.randomUUID().toString();
        Store first = open(seller, "Corner Shop", "");
        ApplicationException duplicate = grpcFailure(() -> open(seller, "corner SHOP", ""));
        assertThat(duplicate.code()).isEqualTo("duplicate");
        assertThat(grpcStatus(() -> open(seller, "CORNER shop", ""))).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(open(UUID.randomUUID().toString(), "Corner Shop", "").getName()).as("another owner").isEqualTo("Corner Shop");

        Store second = open(seller, "Second Shop", "");
        assertThat(grpcFailure(() -> rename(seller(seller), second.getId(), "CORNER SHOP")).code()).isEqualTo("duplicate");

        close(seller(seller), first.getId());
        assertThat(open(seller, "Corner Shop", "").getName()).as("a closed store frees its name").isEqualTo("Corner Shop");
    }

    @Test
    void onlyTheOwnerOrAnAdminChangesAStoreAndAClosedStoreStaysClosed() {
        String owner = UUID.randomUUID().toString();
        Store store = open(owner, "Owner's", "");
        String otherSeller = seller(UUID.randomUUID().toString());

        ApplicationException notOwner = grpcFailure(() -> close(otherSeller, store.getId()));
        assertThat(notOwner.code()).isEqualTo("not-owner");
        assertThat(grpcStatus(() -> close(otherSeller, store.getId()))).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(grpcFailure(() -> rename(otherSeller, store.getId(), "Mine now")).code()).isEqualTo("not-owner");

        Store renamed = rename(seller(owner), store.getId(), "Owner's Place");
        assertThat(renamed.getName()).isEqualTo("Owner's Place");
        assertThat(renamed.getDescription()).isEmpty();
        Store byAdmin = stores(TestAccessTokens.token(UUID.randomUUID().toString(), "admin")).updateStore(UpdateStoreRequest
                .newBuilder().setId(store.getId()).setDescription("Fixed by support").build());
        assertThat(byAdmin.getName()).isEqualTo("Owner's Place");
        assertThat(byAdmin.getDescription()).isEqualTo("Fixed by support");
        assertThat(grpcFailure(() -> stores(seller(owner)).updateStore(UpdateStoreRequest.newBuilder()
                .setId(store.getId()).build())).violations()).isNotEmpty();

        Store closed = close(seller(owner), store.getId());
        assertThat(closed.getStatus()).isEqualTo(StoreStatus.STORE_STATUS_CLOSED);
        StatusRuntimeException twice = assertThrows(StatusRuntimeException.class, () -> close(seller(owner), store.getId()));
        assertThat(twice.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(GrpcErrors.fromStatusException(twice).orElseThrow().code()).isEqualTo("illegal-transition");
        assertThat(grpcFailure(() -> rename(seller(owner), store.getId(), "Again")).code()).isEqualTo("illegal-transition");
        assertThat(stores(null).getStore(GetStoreRequest.newBuilder().setId(store.getId()).build()).getStatus())
                .as("a closed store can still be read").isEqualTo(StoreStatus.STORE_STATUS_CLOSED);
    }

    @Test
    void storesAreListedOldestFirstAPageAtATime() {
        String owner = UUID.randomUUID().toString();
        List<String> opened = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            opened.add(open(owner, "Shop " + i, "").getId());
        }
        close(seller(owner), opened.get(1));

        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = "";
        do {
            ListStoresResponse page = list(owner, true, 2, cursor);
            page.getItemsList().forEach(store -> seen.add(store.getId()));
            sizes.add(page.getItemsCount());
            cursor = page.getNextCursor();
        } while (!cursor.isEmpty());
        assertThat(seen).containsExactlyElementsOf(opened);
        assertThat(sizes).containsExactly(2, 2, 1);

        ListStoresResponse openOnly = list(owner, false, 0, "");
        assertThat(openOnly.getItemsList()).extracting(Store::getId)
                .containsExactly(opened.get(0), opened.get(2), opened.get(3), opened.get(4));
        assertThat(openOnly.getNextCursor()).isEmpty();

        String issued = list(owner, true, 2, "").getNextCursor();
        assertThat(grpcFailure(() -> list(owner, false, 2, issued)).violations()).extracting(v -> v.field())
                .containsExactly("page.cursor");
        assertThat(grpcFailure(() -> list(owner, true, 101, "")).violations()).extracting(v -> v.field())
                .containsExactly("page.limit");
        assertThat(grpcFailure(() -> list("not-a-uuid", true, 0, "")).violations()).extracting(v -> v.field())
                .containsExactly("owner_id");
    }

    // --- helpers -------------------------------------------------------------------------------

    private static Store open(String seller, String name, String description) {
        return stores(seller(seller)).openStore(OpenStoreRequest.newBuilder().setName(name)
                .setDescription(description).build());
    }

    private static Store rename(String token, String id, String name) {
        return stores(token).updateStore(UpdateStoreRequest.newBuilder().setId(id).setName(name).build());
    }

    private static Store close(String token, String id) {
        return stores(token).closeStore(CloseStoreRequest.newBuilder().setId(id).setReason("test").build());
    }

    private static ListStoresResponse list(String ownerId, boolean includeClosed, int limit, String cursor) {
        return stores(null).listStores(ListStoresRequest.newBuilder().setOwnerId(ownerId).setIncludeClosed(includeClosed)
                .setPage(PageRequest.newBuilder().setLimit(limit).setCursor(cursor)).build());
    }

}
