package dev.bazaar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo.Location;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import dev.bazaar.api.auth.v1.AuthProto;
import dev.bazaar.api.auth.v1.TokenServiceGrpc;
import dev.bazaar.api.auth.v1.UserServiceGrpc;
import dev.bazaar.api.common.v1.CommonProto;
import dev.bazaar.api.order.v1.OrderProto;
import dev.bazaar.api.order.v1.OrderServiceGrpc;
import dev.bazaar.api.payment.v1.PaymentProto;
import dev.bazaar.api.payment.v1.PaymentServiceGrpc;
import dev.bazaar.api.store.v1.InventoryServiceGrpc;
import dev.bazaar.api.store.v1.ProductServiceGrpc;
import dev.bazaar.api.store.v1.StoreProto;
import dev.bazaar.api.store.v1.StoreServiceGrpc;
import io.grpc.MethodDescriptor.MethodType;
import io.grpc.ServiceDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the gRPC contract as generated: the services and rpcs the domain teams implement, the
 * shapes of the most used rpcs, the proto conventions, and that every element is documented.
 */
class GrpcContractTest {

    private static final List<FileDescriptor> FILES = List.of(
            CommonProto.getDescriptor(), AuthProto.getDescriptor(), StoreProto.getDescriptor(),
            OrderProto.getDescriptor(), PaymentProto.getDescriptor());

    /** Written by protoc with source info (see the protobuf-maven-plugin execution in api/pom.xml). */
    private static final Path DESCRIPTOR_SET = Path.of(System.getProperty("basedir", "."))
            .resolve("target/generated-resources/protobuf/descriptor-sets/bazaar-api.protoset");

    @Test
    void servicesOfferTheAgreedRpcs() {
        Map<ServiceDescriptor, List<String>> expected = Map.of(
                UserServiceGrpc.getServiceDescriptor(),
                List.of("RegisterUser", "GetUser", "GetUserByEmail", "ListUsers", "DeactivateUser"),
                TokenServiceGrpc.getServiceDescriptor(),
                List.of("Login", "Refresh", "Logout", "Introspect", "IssueServiceToken"),
                StoreServiceGrpc.getServiceDescriptor(),
                List.of("OpenStore", "GetStore", "UpdateStore", "CloseStore", "ListStores"),
                ProductServiceGrpc.getServiceDescriptor(),
                List.of("CreateProduct", "UpdateProduct", "GetProduct", "ListProducts", "BatchGetProducts"),
                InventoryServiceGrpc.getServiceDescriptor(),
                List.of("GetStock", "BatchGetStock", "SetStock", "GetReservation"),
                OrderServiceGrpc.getServiceDescriptor(),
                List.of("PlaceOrder", "GetOrder", "ListOrders", "CancelOrder"),
                PaymentServiceGrpc.getServiceDescriptor(),
                List.of("GetPaymentByOrder", "GetWallet", "TopUpWallet"));

        expected.forEach((service, rpcs) -> {
            assertThat(service.getMethods())
                    .as("rpcs of %s", service.getName())
                    .extracting(io.grpc.MethodDescriptor::getBareMethodName)
                    .containsExactlyInAnyOrderElementsOf(rpcs);
            // Unary only: every call gets a deadline and a single status, which the BFF maps to HTTP.
            assertThat(service.getMethods()).allSatisfy(m -> assertThat(m.getType()).isEqualTo(MethodType.UNARY));
        });
        assertThat(expected.keySet()).extracting(ServiceDescriptor::getName).containsExactlyInAnyOrder(
                "bazaar.auth.v1.UserService", "bazaar.auth.v1.TokenService",
                "bazaar.store.v1.StoreService", "bazaar.store.v1.ProductService", "bazaar.store.v1.InventoryService",
                "bazaar.order.v1.OrderService", "bazaar.payment.v1.PaymentService");
    }

    @Test
    void keyRpcsHaveTheAgreedShapes() {
        assertRpc(AuthProto.getDescriptor(), "UserService", "RegisterUser", "bazaar.auth.v1.User",
                "email", "password", "display_name", "role");
        assertRpc(AuthProto.getDescriptor(), "TokenService", "Login", "bazaar.auth.v1.TokenPair",
                "email", "password", "client_address");
        assertRpc(StoreProto.getDescriptor(), "ProductService", "CreateProduct", "bazaar.store.v1.Product",
                "store_id", "sku", "name", "description", "price", "initial_stock");
        assertRpc(StoreProto.getDescriptor(), "InventoryService", "SetStock", "bazaar.store.v1.Stock",
                "product_id", "available", "reason");
        assertRpc(OrderProto.getDescriptor(), "OrderService", "PlaceOrder", "bazaar.order.v1.Order",
                "idempotency_key", "lines");
        assertRpc(PaymentProto.getDescriptor(), "PaymentService", "TopUpWallet", "bazaar.payment.v1.Wallet",
                "amount", "request_id");

        assertThat(fieldNames(AuthProto.getDescriptor().findMessageTypeByName("TokenPair")))
                .contains("access_token", "refresh_token", "expires_in_seconds", "token_type");
        assertThat(fieldNames(OrderProto.getDescriptor().findMessageTypeByName("OrderLine")))
                .contains("product_id", "store_id", "sku", "product_name", "quantity", "unit_price", "line_total");
        assertThat(OrderProto.getDescriptor().findEnumTypeByName("OrderStatus").getValues())
                .extracting(v -> v.getName())
                .containsExactly("ORDER_STATUS_UNSPECIFIED", "ORDER_STATUS_PENDING", "ORDER_STATUS_STOCK_RESERVED",
                        "ORDER_STATUS_PAYMENT_AUTHORIZED", "ORDER_STATUS_APPROVED", "ORDER_STATUS_REJECTED",
                        "ORDER_STATUS_CANCELLED");
        // Identity travels in metadata: requests acting for the caller carry no caller id.
        assertThat(fieldNames(OrderProto.getDescriptor().findMessageTypeByName("PlaceOrderRequest")))
                .doesNotContain("customer_id");
        assertThat(fieldNames(StoreProto.getDescriptor().findMessageTypeByName("OpenStoreRequest")))
                .doesNotContain("owner_id");
    }

    static Stream<FileDescriptor> files() {
        return FILES.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void fileFollowsThePackageConventions(FileDescriptor file) {
        String service = file.getPackage().split("\\.")[1];
        assertThat(file.getPackage()).isEqualTo("bazaar." + service + ".v1");
        assertThat(file.getName()).isEqualTo("bazaar/" + service + "/v1/" + service + ".proto");
        assertThat(file.getOptions().getJavaMultipleFiles()).isTrue();
        assertThat(file.getOptions().getJavaPackage()).isEqualTo("dev.bazaar.api." + service + ".v1");
        assertThat(file.toProto().getSyntax()).isEqualTo("proto3");
    }

    @ParameterizedTest
    @MethodSource("files")
    void enumsStartWithUnspecifiedAndPrefixTheirValues(FileDescriptor file) {
        List<EnumDescriptor> enums = new ArrayList<>(file.getEnumTypes());
        file.getMessageTypes().forEach(m -> enums.addAll(m.getEnumTypes()));
        // ErrorReason is the exception: its value names are sent as google.rpc.ErrorInfo.reason,
        // where a prefix would be noise (google.api.ErrorReason does the same).
        enums.removeIf(e -> e.getFullName().equals("bazaar.common.v1.ErrorReason"));
        for (EnumDescriptor e : enums) {
            String prefix = upperSnake(e.getName()) + "_";
            assertThat(e.findValueByNumber(0).getName()).as("zero of %s", e.getFullName()).isEqualTo(prefix + "UNSPECIFIED");
            assertThat(e.getValues()).as("values of %s", e.getFullName())
                    .allSatisfy(v -> assertThat(v.getName()).startsWith(prefix));
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void idsAreStringsTimesAreTimestampsMoneyIsMoney(FileDescriptor file) {
        for (Descriptor message : file.getMessageTypes()) {
            if (message.getFullName().equals("bazaar.common.v1.Money")) {
                continue; // Money's own amount is the int64 of minor units
            }
            for (FieldDescriptor field : message.getFields()) {
                String name = field.getName();
                String where = message.getName() + "." + name;
                if (name.equals("id") || name.endsWith("_id") || name.endsWith("_ids")) {
                    assertThat(field.getType()).as(where).isEqualTo(FieldDescriptor.Type.STRING);
                }
                if (name.endsWith("_at")) {
                    assertThat(field.getMessageType().getFullName()).as(where).isEqualTo("google.protobuf.Timestamp");
                }
                if (Set.of("price", "amount", "total", "balance", "unit_price", "line_total").contains(name)) {
                    assertThat(field.getMessageType().getFullName()).as(where).isEqualTo("bazaar.common.v1.Money");
                }
            }
        }
    }

    @Test
    void everyElementIsDocumentedAndEveryRpcNamesCallersAndErrors() throws IOException {
        FileDescriptorSet set;
        try (InputStream in = Files.newInputStream(DESCRIPTOR_SET)) {
            set = FileDescriptorSet.parseFrom(in);
        }
        List<String> undocumented = new ArrayList<>();
        List<String> incompleteRpcs = new ArrayList<>();
        List<String> bazaarFiles = new ArrayList<>();

        for (FileDescriptorProto file : set.getFileList()) {
            if (!file.getName().startsWith("bazaar/")) {
                continue;
            }
            bazaarFiles.add(file.getName());
            Map<List<Integer>, String> comments = new HashMap<>();
            for (Location location : file.getSourceCodeInfo().getLocationList()) {
                comments.put(location.getPathList(), location.getLeadingComments());
            }
            for (int m = 0; m < file.getMessageTypeCount(); m++) {
                checkMessage(file.getMessageType(m), List.of(4, m), comments, undocumented);
            }
            for (int e = 0; e < file.getEnumTypeCount(); e++) {
                checkEnum(file.getEnumType(e), List.of(5, e), comments, undocumented);
            }
            for (int s = 0; s < file.getServiceCount(); s++) {
                ServiceDescriptorProto service = file.getService(s);
                requireComment(service.getName(), List.of(6, s), comments, undocumented);
                for (int r = 0; r < service.getMethodCount(); r++) {
                    String rpc = service.getName() + "." + service.getMethod(r).getName();
                    String comment = requireComment(rpc, List.of(6, s, 2, r), comments, undocumented);
                    if (!comment.contains("Caller") || !comment.contains("Errors:")) {
                        incompleteRpcs.add(rpc);
                    }
                }
            }
        }

        assertThat(bazaarFiles).hasSize(FILES.size());
        assertThat(undocumented).as("elements without a leading comment").isEmpty();
        assertThat(incompleteRpcs).as("rpcs whose comment names no caller or no error codes").isEmpty();
    }

    // Paths follow descriptor.proto's field numbers: DescriptorProto.field = 2, .nested_type = 3,
    // .enum_type = 4; EnumDescriptorProto.value = 2.
    private static void checkMessage(DescriptorProto message, List<Integer> path,
                                     Map<List<Integer>, String> comments, List<String> undocumented) {
        requireComment(message.getName(), path, comments, undocumented);
        for (int f = 0; f < message.getFieldCount(); f++) {
            requireComment(message.getName() + "." + message.getField(f).getName(), append(path, 2, f), comments, undocumented);
        }
        for (int n = 0; n < message.getNestedTypeCount(); n++) {
            checkMessage(message.getNestedType(n), append(path, 3, n), comments, undocumented);
        }
        for (int e = 0; e < message.getEnumTypeCount(); e++) {
            checkEnum(message.getEnumType(e), append(path, 4, e), comments, undocumented);
        }
    }

    private static void checkEnum(EnumDescriptorProto e, List<Integer> path,
                                  Map<List<Integer>, String> comments, List<String> undocumented) {
        requireComment(e.getName(), path, comments, undocumented);
        for (int v = 0; v < e.getValueCount(); v++) {
            requireComment(e.getName() + "." + e.getValue(v).getName(), append(path, 2, v), comments, undocumented);
        }
    }

    private static String requireComment(String element, List<Integer> path,
                                         Map<List<Integer>, String> comments, List<String> undocumented) {
        String comment = comments.getOrDefault(path, "");
        if (comment.isBlank()) {
            undocumented.add(element);
        }
        return comment;
    }

    private static List<Integer> append(List<Integer> path, int field, int index) {
        List<Integer> longer = new ArrayList<>(path);
        longer.add(field);
        longer.add(index);
        return longer;
    }

    private static void assertRpc(FileDescriptor file, String service, String rpc, String response, String... requestFields) {
        MethodDescriptor method = file.findServiceByName(service).findMethodByName(rpc);
        assertThat(method).as("%s.%s", service, rpc).isNotNull();
        assertThat(method.getOutputType().getFullName()).as("response of %s", rpc).isEqualTo(response);
        assertThat(fieldNames(method.getInputType())).as("request fields of %s", rpc).contains(requestFields);
    }

    private static List<String> fieldNames(Descriptor message) {
        return message.getFields().stream().map(FieldDescriptor::getName).toList();
    }

    private static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase();
    }
}
