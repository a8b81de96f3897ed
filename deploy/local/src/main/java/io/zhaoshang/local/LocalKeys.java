package io.zhaoshang.local;

import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/**
 * The RSA 2048 key pair that signs the local stack's JWTs. Made on first use and kept as PEM files
 * ({@value #PRIVATE_PEM}: PKCS#8, {@value #PUBLIC_PEM}: X.509) so tokens stay valid across runs.
 * Nothing here is ever committed: the directory lives under the git-ignored data dir or a temp dir.
 */
public final class LocalKeys {

    public static final String PRIVATE_PEM = "jwt-private.pem";
    public static final String PUBLIC_PEM = "jwt-public.pem";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final Path publicKeyPath;

    private LocalKeys(PrivateKey privateKey, PublicKey publicKey, Path publicKeyPath) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.publicKeyPath = publicKeyPath;
    }

    /** Loads the pair from {@code dir} if both PEM files are there, else generates one and writes it there. */
    public static LocalKeys loadOrCreate(Path dir) {
        Path priv = dir.resolve(PRIVATE_PEM);
        Path pub = dir.resolve(PUBLIC_PEM);
        try {
            if (Files.exists(priv) && Files.exists(pub)) {
                return new LocalKeys(KeyUtils.decodePrivateKey(Files.readString(priv)),
                        KeyUtils.decodePublicKey(Files.readString(pub)), pub.toAbsolutePath());
            }
            KeyPair pair = KeyUtils.generateKeyPair(2048);
            Files.createDirectories(dir);
            writePem(priv, "PRIVATE KEY", pair.getPrivate().getEncoded(), "rw-------");
            writePem(pub, "PUBLIC KEY", pair.getPublic().getEncoded(), "rw-r--r--");
            return new LocalKeys(pair.getPrivate(), pair.getPublic(), pub.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unusable key files in " + dir, e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** Absolute path of the public PEM, for {@code mp.jwt.verify.publickey.location}. */
    public Path publicKeyPath() {
        return publicKeyPath;
    }

    private static void writePem(Path file, String type, byte[] der, String perms) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        String pem = "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
        Files.deleteIfExists(file);
        // created with its final permissions, so the private key is never readable by other users
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms)));
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }
}
