package io.zhaoshang.local;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokensTest {

    @TempDir
    Path dir;

    @Test
    void tokenVerifiesWithThePublicPemAndCarriesGroupsZoneAndTeam() throws Exception {
        LocalKeys keys = LocalKeys.loadOrCreate(dir);
        String jwt = new Tokens(keys).issue("alice", "JN-HTZ", "TEAM-B", "team-lead", "viewer");

        // verify against the PEM file the services are configured with, reloaded from disk
        JwtClaims claims = consumer(LocalKeys.loadOrCreate(dir)).processToClaims(jwt);
        assertThat(claims.getIssuer()).isEqualTo(Tokens.ISSUER);
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getStringClaimValue("upn")).isEqualTo("alice");
        assertThat(claims.getStringListClaimValue("groups")).containsExactlyInAnyOrder("team-lead", "viewer");
        assertThat(claims.getStringClaimValue("zone")).isEqualTo("JN-HTZ");
        assertThat(claims.getStringClaimValue("team")).isEqualTo("TEAM-B");
        assertThat(Instant.ofEpochSecond(claims.getExpirationTime().getValue()))
                .isBetween(Instant.now().plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofMinutes(61)));
    }

    @Test
    void forRoleGivesTeamOnlyToTeamRolesAndHonoursTheLifetime() throws Exception {
        LocalKeys keys = LocalKeys.loadOrCreate(dir);
        Tokens tokens = new Tokens(keys, Duration.ofDays(30));

        JwtClaims member = consumer(keys).processToClaims(tokens.forRole("team-member"));
        assertThat(member.getSubject()).isEqualTo("team-member-user");
        assertThat(member.getStringListClaimValue("groups")).containsExactly("team-member");
        assertThat(member.getStringClaimValue("zone")).isEqualTo("JN-HTZ");
        assertThat(member.getStringClaimValue("team")).isEqualTo("TEAM-A");
        assertThat(Instant.ofEpochSecond(member.getExpirationTime().getValue()))
                .isAfter(Instant.now().plus(Duration.ofDays(29)));

        JwtClaims admin = consumer(keys).processToClaims(tokens.forRole("zone-admin"));
        assertThat(admin.getStringListClaimValue("groups")).containsExactly("zone-admin");
        assertThat(admin.hasClaim("team")).isFalse();

        assertThatThrownBy(() -> tokens.forRole("root")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysAreKeptOnDiskAndATokenFromAnotherPairIsRejected() throws Exception {
        LocalKeys first = LocalKeys.loadOrCreate(dir);
        LocalKeys reloaded = LocalKeys.loadOrCreate(dir);
        assertThat(reloaded.publicKey()).isEqualTo(first.publicKey());
        assertThat(reloaded.privateKey()).isEqualTo(first.privateKey());
        assertThat(first.publicKeyPath()).isAbsolute().isEqualTo(dir.resolve(LocalKeys.PUBLIC_PEM).toAbsolutePath());
        assertThat(Files.readString(first.publicKeyPath())).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Files.getPosixFilePermissions(dir.resolve(LocalKeys.PRIVATE_PEM)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        String foreign = new Tokens(LocalKeys.loadOrCreate(dir.resolve("other"))).forRole("viewer");
        assertThatThrownBy(() -> consumer(first).processToClaims(foreign)).isInstanceOf(InvalidJwtException.class);
    }

    private static JwtConsumer consumer(LocalKeys keys) {
        return new JwtConsumerBuilder()
                .setVerificationKey(keys.publicKey())
                .setExpectedIssuer(Tokens.ISSUER)
                .setRequireExpirationTime()
                .setRequireSubject()
                .build();
    }
}
