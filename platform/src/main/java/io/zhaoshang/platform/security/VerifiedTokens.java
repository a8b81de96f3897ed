package io.zhaoshang.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer tokens verified lately, so that a client sending the same token on every request pays the
 * RSA signature check and the claims parsing once, not per request (they were most of a simple read's
 * CPU). It replaces smallrye-jwt's {@link JWTParser} bean, which Quarkus' {@code MpJwtValidator} calls for
 * every request, and hands every token it has not verified to smallrye-jwt's own parser: only what that
 * parser accepted is kept, keyed by the raw token, so a token differing in one character is verified
 * afresh. A kept token is used only until the moment the parser would refuse it as expired ({@code exp}
 * plus the configured clock skew, or its maximum age since {@code iat}); after that the parser sees it
 * again and refuses it exactly as before. The cache is bounded and its hits and misses are metrics
 * ({@code cache_gets_total{cache="verified-tokens"}}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final String CACHE_NAME = "verified-tokens";

    private final JWTParser verifier;
    private final JWTAuthContextInfo context;
    private final Cache<String, Verified> cache;

    @Inject
    VerifiedTokens(DefaultJWTParser verifier, JWTAuthContextInfo context, MeterRegistry registry,
            @ConfigProperty(name = "zhaoshang.security.verified-tokens.max-size", defaultValue = "10000") long maxSize) {
        this((JWTParser) verifier, context, registry, maxSize);
    }

    VerifiedTokens(JWTParser verifier, JWTAuthContextInfo context, MeterRegistry registry, long maxSize) {
        this.verifier = verifier;
        this.context = context;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(Expiry.<String, Verified>creating((token, verified) ->
                        Duration.ofMillis(Math.max(0, verified.usableUntilMillis() - System.currentTimeMillis()))))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, cache, CACHE_NAME);
    }

    /** The token as smallrye-jwt verifies it, from the cache while the parser would still accept it. */
    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Verified kept = cache.getIfPresent(token);
        // the cache's own expiry runs on its ticker; the wall clock decides, as it does for the parser
        if (kept != null && System.currentTimeMillis() < kept.usableUntilMillis()) {
            return kept.token();
        }
        JsonWebToken verified = verifier.parse(token);
        cache.put(token, new Verified(verified, usableUntilMillis(verified)));
        return verified;
    }

    /**
     * The first millisecond at which the parser refuses the token for its age, as smallrye-jwt counts (whole
     * seconds): past {@code exp} by more than the grace period (the clock skew unless one is set), or older than
     * the maximum token age since {@code iat}, if one is set.
     */
    private long usableUntilMillis(JsonWebToken token) {
        int skew = context.getExpGracePeriodSecs() > 0 ? context.getExpGracePeriodSecs() : context.getClockSkew();
        long until = token.getExpirationTime() + skew;
        Long maxAge = context.getTokenAge();
        if (maxAge != null) {
            until = Math.min(until, token.getIssuedAtTime() + maxAge + 1);
        }
        return until * 1000;
    }

    private record Verified(JsonWebToken token, long usableUntilMillis) {
    }

    // The parser's other operations verify with a key the caller gives, or only decode: not cached.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
