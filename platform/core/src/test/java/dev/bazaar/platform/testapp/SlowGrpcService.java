package dev.bazaar.platform.testapp;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.platform.security.token.CallerContext;
import io.grpc.BindableService;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.ServerCalls;
import jakarta.enterprise.context.Dependent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A gRPC call that sleeps for the milliseconds it is sent: what a shutdown must let finish. */
@Dependent
public class SlowGrpcService implements BindableService {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SlowGrpcService.class.getName());

    /** Logged when a slow call has reached its handler. */
    public static final String STARTED = "slow grpc call started";

    public static final MethodDescriptor<String, String> SLOW = MethodDescriptor.<String, String>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName("bazaar.test.Slow/Sleep")
            .setRequestMarshaller(new Utf8())
            .setResponseMarshaller(new Utf8())
            .build();

    /** Always fails with an application error: checks the error interceptor. */
    public static final MethodDescriptor<String, String> FAIL = SLOW.toBuilder()
            .setFullMethodName("bazaar.test.Slow/Fail")
            .build();

    /** Answers the caller's user id, or "anonymous": checks the authenticating interceptor. */
    public static final MethodDescriptor<String, String> WHO_AM_I = SLOW.toBuilder()
            .setFullMethodName("bazaar.test.Slow/WhoAmI")
            .build();

    /** Echoes its request, which must be valid UTF-8: a request its marshaller cannot decode. */
    public static final MethodDescriptor<String, String> STRICT = SLOW.toBuilder()
            .setFullMethodName("bazaar.test.Slow/Strict")
            .setRequestMarshaller(new StrictUtf8())
            .build();

    /** {@link #STRICT} as a client sends any bytes to it. */
    public static final MethodDescriptor<byte[], byte[]> STRICT_AS_BYTES = MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(STRICT.getFullMethodName())
            .setRequestMarshaller(new Bytes())
            .setResponseMarshaller(new Bytes())
            .build();

    @Override
    public ServerServiceDefinition bindService() {
        return ServerServiceDefinition.builder("bazaar.test.Slow")
                .addMethod(SLOW, ServerCalls.asyncUnaryCall((millis, response) -> {
                    LOG.info(STARTED); // tests wait for this line before they signal the process
                    try {
                        Thread.sleep(Long.parseLong(millis));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    response.onNext("slept " + millis + " ms");
                    response.onCompleted();
                }))
                .addMethod(FAIL, ServerCalls.asyncUnaryCall((field, response) -> {
                    throw ApplicationException.invalid(field, "is wrong");
                }))
                .addMethod(STRICT, ServerCalls.asyncUnaryCall((text, response) -> {
                    response.onNext(text);
                    response.onCompleted();
                }))
                .addMethod(WHO_AM_I, ServerCalls.asyncUnaryCall((ignored, response) -> {
                    Caller caller = CallerContext.caller();
                    response.onNext(caller.isAnonymous() ? "anonymous" : caller.userId() + " " + caller.roles());
                    response.onCompleted();
                }))
                .build();
    }

    /** Plain text messages: this test service needs no protobuf. */
    static final class Utf8 implements MethodDescriptor.Marshaller<String> {
        @Override
        public InputStream stream(String value) {
            return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String parse(InputStream stream) {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Fails to decode bytes that are not UTF-8, as protobuf's marshaller fails on bytes that are no message. */
    static final class StrictUtf8 implements MethodDescriptor.Marshaller<String> {
        @Override
        public InputStream stream(String value) {
            return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String parse(InputStream stream) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(stream.readAllBytes())).toString();
            } catch (IOException e) {
                throw new IllegalArgumentException("not UTF-8", e);
            }
        }
    }

    static final class Bytes implements MethodDescriptor.Marshaller<byte[]> {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
