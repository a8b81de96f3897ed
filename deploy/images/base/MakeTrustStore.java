import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the JRE's trust store from PEM certificates, as ca-certificates-java would at install time
 * (its maintainer scripts do not run in the image build): java MakeTrustStore.java CERT_DIR OUT.
 * Run with -Dkeystore.pkcs12.certProtectionAlgorithm=NONE -Dkeystore.pkcs12.macAlgorithm=NONE:
 * no salt, so the same certificates give the same bytes (a reproducible base image).
 */
public class MakeTrustStore {
    public static void main(String[] args) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        List<Path> certs;
        try (var files = Files.list(Path.of(args[0]))) {
            certs = files.filter(p -> p.toString().endsWith(".crt")).sorted().collect(Collectors.toList());
        }
        for (Path cert : certs) {
            try (var in = new FileInputStream(cert.toFile())) {
                store.setCertificateEntry("debian:" + cert.getFileName(), x509.generateCertificate(in));
            }
        }
        try (var out = new FileOutputStream(args[1])) {
            store.store(out, "changeit".toCharArray());
        }
        System.out.println(certs.size() + " certificates in " + args[1]);
    }
}
