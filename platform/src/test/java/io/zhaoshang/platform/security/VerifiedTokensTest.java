package io.zhaoshang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache in front of smallrye-jwt's own parser, with real RS256 tokens and a real key pair. */
class VerifiedTokensTest {

    private static final String ISSUER = "https://zhaoshang.local";
    private static KeyPair keys;

    private MeterRegistry registry;
    private VerifiedTokens tokens;

    @BeforeAll
    static void keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @BeforeEach
    void cache() {
        tokens = tokensWithClockSkew(60);
    }

    private VerifiedTokens tokensWithClockSkew(int seconds) {
        JWTAuthContextInfo context = new JWTAuthContextInfo(keys.getPublic(), ISSUER);
        context.setClockSkew(seconds);
        registry = new SimpleMeterRegistry();
        return new VerifiedTokens(new DefaultJWTParser(context), context, registry, 100);
    }

    @Test
    void aValidTokenIsVerifiedOnceAndServedFromTheCacheAfter() throws Exception {
        String token = token(keys.getPrivate(), Instant.now().plusSeconds(600));

        JsonWebToken first = tokens.parse(token);
        JsonWebToken second = tokens.parse(token);

        assertThat(first.getSubject()).isEqualTo("u-1");
        assertThat(second.getSubject()).isEqualTo("u-1");
        assertThat(second.<Object>getClaim("zone").toString()).contains("JN-HTZ");
        assertThat(second.getGroups()).containsExactly(Roles.TEAM_LEAD);
        assertThat(gets("miss")).isEqualTo(1);
        assertThat(gets("hit")).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsRefusedEvenIfItWasCachedBeforeItsExpiry() throws Exception {
        tokens = tokensWithClockSkew(1);
        long exp = Instant.now().getEpochSecond() + 1;
        String token = token(keys.getPrivate(), Instant.ofEpochSecond(exp));
        tokens.parse(token);
        tokens.parse(token);
        assertThat(gets("hit")).isEqualTo(1);

        // until smallrye-jwt itself refuses it: past exp by more than the clock skew, in whole seconds
        while (Instant.now().getEpochSecond() < exp + 1) {
            Thread.sleep(50);
        }

        assertThatThrownBy(() -> tokens.parse(token)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(token)).isInstanceOf(ParseException.class);
        assertThat(gets("hit")).isEqualTo(1);
        assertThat(gets("miss")).isEqualTo(3);
    }

    @Test
    void aTamperedTokenIsRefusedAndNeverCached() throws Exception {
        String token = token(keys.getPrivate(), Instant.now().plusSeconds(600));
        tokens.parse(token);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String otherZone = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("JN-HTZ", "SZ-QHA").getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + otherZone + "." + parts[2];

        assertThatThrownBy(() -> tokens.parse(tampered)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(tampered)).isInstanceOf(ParseException.class);
        assertThat(gets("hit")).isZero();
        assertThat(gets("miss")).isEqualTo(3);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedEveryTime() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = token(generator.generateKeyPair().getPrivate(), Instant.now().plusSeconds(600));

        assertThatThrownBy(() -> tokens.parse(forged)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(forged)).isInstanceOf(ParseException.class);
        assertThat(gets("hit")).isZero();
        assertThat(gets("miss")).isEqualTo(2);
    }

    private static String token(PrivateKey key, Instant expiresAt) {
        return Jwt.issuer(ISSUER).subject("u-1").claim("zone", "JN-HTZ").groups(Set.of(Roles.TEAM_LEAD))
                .issuedAt(Instant.now()).expiresAt(expiresAt).sign(key);
    }

    /** The cache's gets as its metric counts them (what operators see in /q/metrics). */
    private long gets(String result) {
        return (long) registry.get("cache.gets").tag("cache", VerifiedTokens.CACHE_NAME).tag("result", result)
                .functionCounter().count();
    }
}
