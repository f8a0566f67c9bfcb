package dev.bazaar.reliability;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.UnknownFieldSet;
import dev.bazaar.api.auth.v1.TokenServiceGrpc;
import dev.bazaar.api.auth.v1.UserServiceGrpc;
import dev.bazaar.api.order.v1.OrderServiceGrpc;
import dev.bazaar.api.payment.v1.PaymentServiceGrpc;
import dev.bazaar.api.store.v1.InventoryServiceGrpc;
import dev.bazaar.api.store.v1.ProductServiceGrpc;
import dev.bazaar.api.store.v1.StoreServiceGrpc;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated malformed requests for every gRPC method of the four backends, straight at their
 * ports (jqwik): messages built from each method's descriptor with every field unset or holding a
 * value no required field accepts (empty, blank, huge unicode, no id, edge numbers, unknown enum
 * values, unknown fields), or bytes that are no protobuf at all; sent with no token, a garbage
 * token, or a customer's, seller's or admin's. The answer is always a client-error status (never
 * UNKNOWN, INTERNAL, DATA_LOSS, or UNAVAILABLE/DEADLINE_EXCEEDED from a crashed or hanging
 * service), and no table changes.
 */
class GrpcBadInputProperties {

    /** Statuses that mean the service failed, not the caller. */
    static final Set<Status.Code> SERVER_FAULTS = Set.of(Status.Code.UNKNOWN, Status.Code.INTERNAL, Status.Code.DATA_LOSS,
            Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED, Status.Code.UNIMPLEMENTED);

    record Target(String backend, Descriptors.MethodDescriptor method) {
    }

    record Plan(List<String> strings, List<Long> numbers, byte[] garbage, int credentials, boolean rawBytes, long seed) {

        @Override
        public String toString() {
            return "Plan[credentials=" + credentials + ", rawBytes=" + rawBytes + ", seed=" + seed + ", strings="
                    + strings.stream().map(BadInputProperties::printable).toList()
                    + ", numbers=" + numbers + "]";
        }
    }

    private static ReliabilityShop shop;
    private static final Map<String, ManagedChannel> channels = new LinkedHashMap<>();
    private static final List<Target> targets = new ArrayList<>();
    private static final List<String> tokens = new ArrayList<>();
    private static Map<String, String> before;
    private static final AtomicInteger calls = new AtomicInteger();
    private static final AtomicInteger tries = new AtomicInteger();
    private static final Map<String, Integer> byCode = new TreeMap<>();

    @BeforeContainer
    static void connect() throws Exception {
        shop = ReliabilityShop.shared();
        Bff bff = Bff.client(shop.bff(), 4);
        tokens.add(bff.signUp("customer").accessToken());
        tokens.add(bff.signUp("seller").accessToken());
        tokens.add(bff.admin(shop).accessToken());
        Map<String, List<ServiceDescriptor>> services = Map.of(
                "auth", List.of(UserServiceGrpc.getServiceDescriptor(), TokenServiceGrpc.getServiceDescriptor()),
                "store", List.of(StoreServiceGrpc.getServiceDescriptor(), ProductServiceGrpc.getServiceDescriptor(),
                        InventoryServiceGrpc.getServiceDescriptor()),
                "order", List.of(OrderServiceGrpc.getServiceDescriptor()),
                "payment", List.of(PaymentServiceGrpc.getServiceDescriptor()));
        for (String backend : ReliabilityShop.BACKENDS) {
            channels.put(backend, NettyChannelBuilder.forAddress("127.0.0.1", shop.grpcPort(backend)).usePlaintext()
                    .maxInboundMessageSize(16 * 1024 * 1024).build());
            for (ServiceDescriptor service : services.get(backend)) {
                var schema = (ProtoServiceDescriptorSupplier) service.getSchemaDescriptor();
                schema.getServiceDescriptor().getMethods().forEach(method -> targets.add(new Target(backend, method)));
            }
        }
        Invariants.awaitHold(shop, java.time.Duration.ofSeconds(60));
        before = TableChecksums.of(shop);
    }

    @AfterContainer
    static void unchanged() throws Exception {
        channels.values().forEach(ManagedChannel::shutdownNow);
        if (before == null) {
            return;
        }
        List<String> changed = TableChecksums.differences(before, TableChecksums.of(shop));
        Summary.note("%-12s %s  %d generated bad gRPC calls (%d tries x %d methods), statuses %s; %s",
                "bad-grpc", changed.isEmpty() ? "HELD  " : "BROKEN", calls.get(), tries.get(), targets.size(), byCode,
                changed.isEmpty() ? "no table changed" : "tables changed: " + changed);
        assertThat(changed).as("tables changed by bad gRPC calls").isEmpty();
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void everyGrpcMethodAnswersBadInputWithAClientStatus(@ForAll("plans") Plan plan) {
        tries.incrementAndGet();
        for (Target target : targets) {
            Random random = new Random(plan.seed() ^ target.method().getFullName().hashCode());
            byte[] request = plan.rawBytes() ? plan.garbage()
                    : message(target.method().getInputType(), plan, random, 0).toByteArray();
            Status status = call(target, request, plan.credentials());
            calls.incrementAndGet();
            synchronized (byCode) {
                byCode.merge(status.getCode().name(), 1, Integer::sum);
            }
            assertThat(SERVER_FAULTS).as("%s with %s: %s %s", target.method().getFullName(), plan, status.getCode(),
                    BadInputProperties.printable(String.valueOf(status.getDescription()))).doesNotContain(status.getCode());
        }
    }

    private static Status call(Target target, byte[] request, int credentials) {
        MethodDescriptor<byte[], byte[]> method = MethodDescriptor.<byte[], byte[]>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(MethodDescriptor.generateFullMethodName(target.method().getService().getFullName(),
                        target.method().getName()))
                .setRequestMarshaller(BYTES)
                .setResponseMarshaller(BYTES)
                .build();
        Metadata metadata = new Metadata();
        if (credentials > 0) {
            String token = credentials == 1 ? "garbage." + UUID.randomUUID() : tokens.get((credentials - 2) % tokens.size());
            metadata.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        }
        var channel = io.grpc.ClientInterceptors.intercept(channels.get(target.backend()),
                MetadataUtils.newAttachHeadersInterceptor(metadata));
        try {
            ClientCalls.blockingUnaryCall(channel, method, CallOptions.DEFAULT.withDeadlineAfter(15, TimeUnit.SECONDS), request);
            return Status.OK;
        } catch (StatusRuntimeException e) {
            return e.getStatus();
        }
    }

    /** Every field unset or bad; nested messages (money, lines, pages) two levels deep. */
    private static DynamicMessage message(Descriptors.Descriptor type, Plan plan, Random random, int depth) {
        DynamicMessage.Builder message = DynamicMessage.newBuilder(type);
        for (Descriptors.FieldDescriptor field : type.getFields()) {
            if (random.nextInt(10) < 3 || field.getContainingOneof() != null && random.nextBoolean()) {
                continue; // unset: proto3's default, "" or 0
            }
            int count = field.isRepeated() ? random.nextInt(4) : 1;
            for (int i = 0; i < count; i++) {
                Object value = value(field, plan, random, depth);
                if (value == null) {
                    continue;
                }
                if (field.isRepeated()) {
                    message.addRepeatedField(field, value);
                } else {
                    message.setField(field, value);
                }
            }
        }
        if (random.nextInt(4) == 0) {
            message.setUnknownFields(UnknownFieldSet.newBuilder()
                    .addField(999, UnknownFieldSet.Field.newBuilder().addVarint(random.nextLong())
                            .addLengthDelimited(ByteString.copyFromUtf8(pick(plan.strings(), random))).build())
                    .build());
        }
        return message.build();
    }

    private static Object value(Descriptors.FieldDescriptor field, Plan plan, Random random, int depth) {
        long number = plan.numbers().get(random.nextInt(plan.numbers().size()));
        return switch (field.getJavaType()) {
            case STRING -> field.getName().endsWith("id") && random.nextInt(3) == 0 ? UUID.randomUUID().toString()
                    : pick(plan.strings(), random);
            case INT -> (int) number;
            case LONG -> number;
            case FLOAT -> (float) number;
            case DOUBLE -> random.nextBoolean() ? Double.NaN : (double) number;
            case BOOLEAN -> random.nextBoolean();
            case BYTE_STRING -> ByteString.copyFrom(plan.garbage());
            case ENUM -> field.getEnumType().findValueByNumberCreatingIfUnknown(random.nextInt(12) - 2);
            case MESSAGE -> depth >= 2 ? null : message(field.getMessageType(), plan, random, depth + 1);
        };
    }

    private static String pick(List<String> strings, Random random) {
        return strings.get(random.nextInt(strings.size()));
    }

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<String> invalidEverywhere = Arbitraries.oneOf(
                Arbitraries.of("", " ", "\t\n", "\u00a0\u2003"),
                Arbitraries.strings().all().ofMinLength(100_001).ofMaxLength(120_000),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40).map(s -> s + " \u0000 not-an-id"));
        return Combinators.combine(
                        invalidEverywhere.list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(-1L, 0L, Long.MIN_VALUE, Long.MAX_VALUE,
                                (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE + 1)).list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(300),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 5).map(n -> n == 0),
                        Arbitraries.longs())
                .as(Plan::new);
    }

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    };
}
