package dev.bazaar.relay;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.ConverterType;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns a transformed record into the bytes Kafka Connect would write for it: the key, value and
 * header converters named in the connector file ({@code key.converter}, {@code value.converter},
 * {@code header.converter} and their {@code .*} settings), applied the way Connect's source task
 * applies them. So the same row gives the same Kafka record in both runtimes.
 */
final class WireFormat implements AutoCloseable {

    private final Converter keyConverter;
    private final Converter valueConverter;
    private final HeaderConverter headerConverter;

    private WireFormat(Converter keyConverter, Converter valueConverter, HeaderConverter headerConverter) {
        this.keyConverter = keyConverter;
        this.valueConverter = valueConverter;
        this.headerConverter = headerConverter;
    }

    static WireFormat from(Map<String, String> config) {
        Converter key = instantiate(required(config, "key.converter"), Converter.class);
        key.configure(withType(prefixed(config, "key.converter."), ConverterType.KEY), true);
        Converter value = instantiate(required(config, "value.converter"), Converter.class);
        value.configure(withType(prefixed(config, "value.converter."), ConverterType.VALUE), false);
        // Kafka Connect's default header converter, as in a worker without header.converter.
        HeaderConverter header = instantiate(config.getOrDefault("header.converter", SimpleHeaderConverter.class.getName()),
                HeaderConverter.class);
        header.configure(withType(prefixed(config, "header.converter."), ConverterType.HEADER));
        return new WireFormat(key, value, header);
    }

    ProducerRecord<byte[], byte[]> toProducerRecord(SourceRecord record) {
        String topic = record.topic();
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header.key(), headerConverter.fromConnectHeader(topic, header.key(), header.schema(), header.value()));
        }
        byte[] key = keyConverter.fromConnectData(topic, headers, record.keySchema(), record.key());
        byte[] value = valueConverter.fromConnectData(topic, headers, record.valueSchema(), record.value());
        // As Connect does: no timestamp (the broker's) when the record has none.
        Long timestamp = record.timestamp() == null || record.timestamp() < 0 ? null : record.timestamp();
        return new ProducerRecord<>(topic, record.kafkaPartition(), timestamp, key, value, headers);
    }

    @Override
    public void close() {
        for (AutoCloseable converter : new AutoCloseable[] {keyConverter, valueConverter, headerConverter}) {
            try {
                converter.close();
            } catch (Exception ignored) {
                // converters hold no resources that outlive the process
            }
        }
    }

    private static String required(Map<String, String> config, String key) {
        String value = config.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is missing from the connector's spec.config");
        }
        return value;
    }

    private static Map<String, Object> prefixed(Map<String, String> config, String prefix) {
        Map<String, Object> sub = new HashMap<>();
        config.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                sub.put(key.substring(prefix.length()), value);
            }
        });
        return sub;
    }

    private static Map<String, Object> withType(Map<String, Object> config, ConverterType type) {
        config.putIfAbsent("converter.type", type.getName());
        return config;
    }

    private static <T> T instantiate(String className, Class<T> type) {
        try {
            return type.cast(Class.forName(className, true, WireFormat.class.getClassLoader())
                    .getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException("Cannot use " + className + " as a " + type.getSimpleName(), e);
        }
    }
}
