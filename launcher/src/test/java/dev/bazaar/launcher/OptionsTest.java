package dev.bazaar.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    @Test
    void upAndInfraHavePortsThatNeverCollide() {
        Options up = Options.parse(new String[] {"up"}, Map.of());
        Options infra = Options.parse(new String[] {"infra"}, Map.of());

        assertThat(List.of(up.dbPort(), up.kafkaPort(), up.kafkaControllerPort())).containsExactly(3307, 9092, 9093);
        assertThat(List.of(infra.dbPort(), infra.kafkaPort(), infra.kafkaControllerPort()))
                .containsExactly(13307, 19092, 19093);
        assertThat(up.externalDb()).isEmpty();
        assertThat(up.externalKafka()).isEmpty();
        assertThat(up.parallel()).isEqualTo(2);
        assertThat(up.classDataSharing()).as("no class-data archives unless asked for").isFalse();
        assertThat(up.serviceJvmOptions()).isEqualTo(ServiceProcess.DEFAULT_JVM_OPTIONS);
    }

    @Test
    void externalDatabaseAndKafkaFromTheEnvironment() {
        Options options = Options.parse(new String[] {"up"}, Map.of(
                "BAZAAR_DB_HOST", "db.internal", "BAZAAR_KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092"));

        assertThat(options.externalDb()).contains(new Options.HostPort("db.internal", 3306));
        assertThat(options.externalKafka()).contains("k1:9092,k2:9092");
        assertThat(Options.parse(new String[] {"up"}, Map.of("BAZAAR_DB_PORT", "3308")).externalDb())
                .contains(new Options.HostPort("127.0.0.1", 3308));
    }

    @Test
    void optionsOverrideDefaults() {
        Options options = Options.parse(new String[] {"up", "--repo", "/tmp/x", "--db-port", "4000", "--kafka-port", "4001",
                "--kafka-controller-port", "4002", "--external-kafka", "k:1", "--parallel", "3",
                "--jvm-opts", "-Xmx1g  -Dx=y", "--keep-going", "--port-offset", "100", "--cds"}, Map.of());

        assertThat(options.repo()).isEqualTo(Path.of("/tmp/x"));
        assertThat(List.of(options.dbPort(), options.kafkaPort(), options.kafkaControllerPort()))
                .containsExactly(4000, 4001, 4002);
        assertThat(options.externalKafka()).contains("k:1");
        assertThat(options.parallel()).isEqualTo(3);
        assertThat(options.serviceJvmOptions()).containsExactly("-Xmx1g", "-Dx=y");
        assertThat(options.keepGoing()).isTrue();
        assertThat(options.portOffset()).isEqualTo(100);
        assertThat(options.readyFile()).isEqualTo(Optional.empty());
        assertThat(options.classDataSharing()).isTrue();
    }

    @Test
    void helpAnywhereAndClearErrors() {
        assertThat(Options.parse(new String[] {"up", "--help"}, Map.of()).command()).isEqualTo("help");
        assertThatThrownBy(() -> Options.parse(new String[] {"up", "--db-port", "x"}, Map.of()))
                .hasMessage("--db-port: x is not a number");
        assertThatThrownBy(() -> Options.parse(new String[] {"up", "--db-port", "70000"}, Map.of()))
                .hasMessage("--db-port: 70000 is not a port");
        assertThatThrownBy(() -> Options.parse(new String[] {"up", "--bogus"}, Map.of()))
                .hasMessage("unknown option --bogus");
        assertThatThrownBy(() -> Options.parse(new String[] {"up", "--repo"}, Map.of()))
                .hasMessage("--repo needs a value");
    }
}
