package io.zhaoshang.local.test;

import io.zhaoshang.local.LocalStack;
import io.zhaoshang.local.Tokens;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZhaoshangTestResourceTest {

    @Test
    void startsSharedInfrastructureAndAFreshServiceDatabase() throws Exception {
        Map<String, String> config = started("parks");

        assertThat(config.get("quarkus.datasource.jdbc.url")).endsWith("/parks_test").isEqualTo(ZhaoshangTestResource.jdbcUrl());
        assertThat(config.get("kafka.bootstrap.servers")).isEqualTo(ZhaoshangTestResource.kafka().bootstrapServers());
        assertThat(config.get("mp.jwt.verify.issuer")).isEqualTo(Tokens.ISSUER);
        Path pem = Path.of(config.get("mp.jwt.verify.publickey.location"));
        assertThat(pem).isAbsolute().exists();

        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE marker (id int)");
            s.execute("INSERT INTO marker VALUES (7)");
        }

        // a second application start in the same JVM (another test profile) keeps the database and servers
        Map<String, String> again = started("parks");
        assertThat(again).isEqualTo(config);
        try (Connection c = ZhaoshangTestResource.postgres().connect("parks_test"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM marker")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(7);
        }

        // the services' topics exist up front, and tokens verify with the configured PEM
        try (var admin = ZhaoshangTestResource.kafka().admin()) {
            assertThat(admin.listTopics().names().get()).contains(LocalStack.allTopics());
        }
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(io.smallrye.jwt.util.KeyUtils.decodePublicKey(Files.readString(pem)))
                .setExpectedIssuer(Tokens.ISSUER).build()
                .processToClaims(ZhaoshangTestResource.tokens().forRole("park-admin"));
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("park-admin");
        assertThat(Instant.ofEpochSecond(claims.getExpirationTime().getValue())).isBefore(Instant.now().plus(Duration.ofMinutes(61)));
    }

    @Test
    void dropsWhatAnEarlierRunLeftInTheServiceDatabase() throws Exception {
        try (Connection c = ZhaoshangTestResource.postgres().connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS leads_test");
            s.execute("CREATE DATABASE leads_test");
        }
        try (Connection c = ZhaoshangTestResource.postgres().connect("leads_test"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE leftover (id int)");
        }

        started("leads");

        try (Connection c = DriverManager.getConnection(ZhaoshangTestResource.jdbcUrl(), "postgres", "postgres");
             ResultSet rs = c.getMetaData().getTables(null, "public", "leftover", null)) {
            assertThat(rs.next()).as("table from before the first start").isFalse();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherClassLoaderGetsTheSameServers() throws Exception {
        // what Quarkus does per test profile: this module loaded again, by a class loader of its own
        Map<String, String> here = started("parks");
        URL[] classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> {
                    try {
                        return Path.of(p).toUri().toURL();
                    } catch (MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                }).toArray(URL[]::new);
        try (URLClassLoader profile = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
            Class<?> resource = profile.loadClass(ZhaoshangTestResource.class.getName());
            assertThat(resource).isNotSameAs(ZhaoshangTestResource.class);
            Object instance = resource.getConstructor().newInstance();
            resource.getMethod("init", Map.class).invoke(instance, Map.of("service", "parks"));
            assertThat((Map<String, String>) resource.getMethod("start").invoke(instance)).isEqualTo(here);

            // its handle stops the broker this loader started; ours restarts it, and its handle sees that
            Object kafka = resource.getMethod("kafka").invoke(null);
            kafka.getClass().getMethod("stop").invoke(kafka);
            assertThat(ZhaoshangTestResource.kafka().isRunning()).isFalse();
            ZhaoshangTestResource.kafka().start();
            assertThat((boolean) kafka.getClass().getMethod("isRunning").invoke(kafka)).isTrue();
        }
    }

    @Test
    void rejectsAMissingServiceName() {
        assertThatThrownBy(() -> new ZhaoshangTestResource().init(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("service");
    }

    private static Map<String, String> started(String service) {
        ZhaoshangTestResource resource = new ZhaoshangTestResource();
        resource.init(Map.of("service", service));
        Map<String, String> config = resource.start();
        resource.stop();
        return config;
    }
}
