package io.zhaoshang.local;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackOptionsTest {

    private static final Path REPO = Path.of("/repo");

    @Test
    void defaultsThenEnvironmentThenFlags() {
        LocalStack.Options defaults = LocalStack.Options.parse(new String[0], Map.of(), REPO);
        assertThat(defaults.ports()).containsExactly(
                Map.entry("parks-port", 8081), Map.entry("leads-port", 8082), Map.entry("projects-port", 8083),
                Map.entry("scoring-port", 8084), Map.entry("pg-port", 15432), Map.entry("kafka-port", 19092),
                Map.entry("kafka-controller-port", 19093));
        assertThat(defaults.dataDir()).isEqualTo(REPO.resolve(".local-data"));
        assertThat(defaults.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(defaults.seed()).isTrue();

        LocalStack.Options o = LocalStack.Options.parse(
                new String[]{"--parks-port=9081", "--clean", "--no-build", "--infra-only", "--no-seed", "--data-dir=/tmp/zs"},
                Map.of("ZS_PARKS_PORT", "7081", "ZS_PG_PORT", "25432"), REPO);
        assertThat(o.port("parks-port")).isEqualTo(9081);
        assertThat(o.port("pg-port")).isEqualTo(25432);
        assertThat(o.clean()).isTrue();
        assertThat(o.infraOnly()).isTrue();
        assertThat(o.seed()).isFalse();
        assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/zs"));

        assertThatThrownBy(() -> LocalStack.Options.parse(new String[]{"--pgport=1"}, Map.of(), REPO))
                .hasMessageContaining("unknown option --pgport=1");
        assertThatThrownBy(() -> LocalStack.Options.parse(new String[]{"--pg-port=x"}, Map.of(), REPO))
                .hasMessageContaining("--pg-port must be a number");
    }

    @Test
    void theOpenTelemetryAgentIsOptInByFlagOrEnvironment() {
        assertThat(LocalStack.Options.parse(new String[0], Map.of(), REPO).otel()).isFalse();
        assertThat(LocalStack.Options.parse(new String[]{"--otel"}, Map.of(), REPO).otel()).isTrue();
        assertThat(LocalStack.Options.parse(new String[0], Map.of("ZS_OTEL", "true"), REPO).otel()).isTrue();
        assertThat(LocalStack.Options.parse(new String[0], Map.of("ZS_OTEL", "false"), REPO).otel()).isFalse();
    }

    @Test
    void namesTakenAndDuplicatePortsWithTheirPurpose() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int free = Files2.freePort();
            LocalStack.Options o = LocalStack.Options.parse(new String[]{
                    "--pg-port=" + taken.getLocalPort(), "--kafka-port=" + free, "--kafka-controller-port=" + free,
                    "--parks-port=0", "--leads-port=0", "--projects-port=0", "--scoring-port=0"}, Map.of(), REPO);
            assertThat(o.portProblems()).anySatisfy(p -> assertThat(p)
                    .contains("port " + taken.getLocalPort() + " (PostgreSQL) is already in use").contains("--pg-port"));
            assertThat(o.portProblems()).anySatisfy(p -> assertThat(p)
                    .contains("port " + free + " is configured for both Kafka clients and Kafka KRaft controller"));
        }
    }
}
