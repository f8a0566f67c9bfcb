package dev.bazaar.platform.rest;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.FieldViolation;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Names the fields of a JSON body that JSON-B could not read. JSON-B only says that some value did
 * not fit some type; a client needs to know which field. When a JSON request body bound to a record
 * fails, the body (kept, small) is read again and each field whose JSON type does not fit the
 * record component is reported: 400 validation-failed with {@code errors[].field}. A body that is
 * not JSON at all stays the generic malformed-body problem; no body at all reaches the resource
 * as null.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyFields implements ReaderInterceptor {

    /** Bodies above this are not kept for the second reading (they still fail as malformed). */
    private static final int MAX_KEPT_BYTES = 64 * 1024;
    /** Made once: {@code Json.createReader} looks the provider up with a ServiceLoader on every call (a bench profile showed it). */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!context.getType().isRecord() || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_KEPT_BYTES + 1);
        if (body.length > MAX_KEPT_BYTES) {
            // Too big to keep: let JSON-B read it as it comes.
            context.setInputStream(new java.io.SequenceInputStream(new ByteArrayInputStream(body), context.getInputStream()));
            return context.proceed();
        }
        if (body.length == 0) {
            return null; // no body: the resource treats it as an empty one and names the missing fields
        }
        // JSON-B (Yasson) reads some mistyped values without complaint: "" or "yes" as the boolean
        // false, "12" as the number 12. Every field's JSON type is checked first, nested records too.
        List<FieldViolation> mistyped = mistypedFields(new String(body, StandardCharsets.UTF_8), context.getType());
        if (!mistyped.isEmpty() && !mistyped.getFirst().field().equals("body")) {
            throw ApplicationException.invalid(mistyped);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (RuntimeException unreadable) {
            if (!ProblemMappers.causedByUnreadableJson(unreadable)) {
                throw unreadable;
            }
            List<FieldViolation> violations = mistypedFields(new String(body, StandardCharsets.UTF_8), context.getType());
            if (violations.isEmpty()) {
                throw unreadable;
            }
            throw ApplicationException.invalid(violations);
        }
    }

    static List<FieldViolation> mistypedFields(String json, Class<?> type) {
        JsonObject object;
        try {
            JsonValue value;
            try (JsonReader reader = READERS.createReader(new StringReader(json))) {
                value = reader.readValue();
            }
            if (!(value instanceof JsonObject read)) {
                return List.of(new FieldViolation("body", "must be a JSON object"));
            }
            object = read;
        } catch (JsonException notJson) {
            return List.of(); // broken JSON: the generic malformed-body problem says it
        }
        List<FieldViolation> violations = new ArrayList<>();
        mistypedFields(object, type, "", violations);
        return violations;
    }

    /** Each field of {@code object} whose JSON type does not fit {@code type}'s component, nested records and lists of them too. */
    private static void mistypedFields(JsonObject object, Class<?> type, String prefix, List<FieldViolation> violations) {
        for (RecordComponent component : type.getRecordComponents()) {
            JsonbProperty renamed = component.getAnnotation(JsonbProperty.class);
            String name = prefix + (renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName());
            JsonValue value = object.get(renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName());
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (!fits(value, component.getType())) {
                violations.add(new FieldViolation(name, "must be " + expected(component.getType())));
            } else if (value instanceof jakarta.json.JsonNumber number && !exactWholeNumber(number, component.getType())) {
                // JSON-B would bind 1.5 as 1 and 1e400 as 0 (the low 64 bits): never a client's meaning
                violations.add(new FieldViolation(name, "must be a whole number from " + range(component.getType())));
            } else if (component.getType().isRecord() && value instanceof JsonObject nested) {
                mistypedFields(nested, component.getType(), name + ".", violations);
            } else if (value instanceof jakarta.json.JsonArray items
                    && component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                    && list.getActualTypeArguments().length == 1
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof JsonObject item) {
                        mistypedFields(item, element, name + "[" + i + "].", violations);
                    } else if (items.get(i).getValueType() != JsonValue.ValueType.NULL) {
                        violations.add(new FieldViolation(name + "[" + i + "]", "must be an object"));
                    }
                }
            }
        }
    }

    private static final Map<Class<?>, long[]> WHOLE_NUMBER_RANGES = Map.of(
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE}, Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE}, Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE}, Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE});

    /** True unless {@code type} holds whole numbers and {@code number} is fractional or out of its range. */
    private static boolean exactWholeNumber(jakarta.json.JsonNumber number, Class<?> type) {
        long[] range = WHOLE_NUMBER_RANGES.get(type);
        if (range == null) {
            return true;
        }
        try {
            long exact = number.bigDecimalValue().longValueExact();
            return exact >= range[0] && exact <= range[1];
        } catch (ArithmeticException notWholeOrTooBig) {
            return false;
        }
    }

    private static String range(Class<?> type) {
        long[] range = WHOLE_NUMBER_RANGES.get(type);
        return range[0] + " to " + range[1];
    }

    private static boolean fits(JsonValue value, Class<?> type) {
        return switch (value.getValueType()) {
            case STRING -> type == String.class || type.isEnum() || type == java.util.UUID.class
                    || type.getName().startsWith("java.time.");
            case NUMBER -> Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)
                    || type == String.class;
            case TRUE, FALSE -> type == boolean.class || type == Boolean.class;
            case ARRAY -> type.isArray() || Collection.class.isAssignableFrom(type);
            case OBJECT -> !type.isPrimitive() && type != String.class && !Number.class.isAssignableFrom(type)
                    && type != Boolean.class && !type.isArray() && !Collection.class.isAssignableFrom(type)
                    || Map.class.isAssignableFrom(type);
            case NULL -> !type.isPrimitive();
        };
    }

    private static String expected(Class<?> type) {
        if (type == String.class || type.isEnum() || type == java.util.UUID.class || type.getName().startsWith("java.time.")) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
