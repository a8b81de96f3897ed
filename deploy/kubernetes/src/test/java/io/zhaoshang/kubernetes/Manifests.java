package io.zhaoshang.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization with {@code kubectl kustomize} and splits the result into documents. */
final class Manifests {

    static final Path ROOT = Path.of(System.getProperty("kubernetes.dir", ".")).toAbsolutePath().normalize();
    private static final YAMLMapper YAML = new YAMLMapper();

    private Manifests() {
    }

    static List<JsonNode> render(String kustomization) {
        Path dir = ROOT.resolve(kustomization);
        Process process;
        Path out;
        try {
            out = Files.createTempFile("kustomize", ".yaml");
            process = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                    .redirectOutput(out.toFile())
                    .redirectErrorStream(false)
                    .start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render " + dir + " (kubectl kustomize, offline): "
                    + e.getMessage() + ". Install it (Debian package kubectl) and run again.", e);
        }
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish in 2 minutes");
            }
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + errors);
            }
            return parse(Files.readString(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            try {
                Files.deleteIfExists(out);
            } catch (IOException ignored) {
                // a temp file
            }
        }
    }

    static List<JsonNode> parse(String yaml) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static String describe(JsonNode document) {
        return document.path("kind").asText() + " " + document.path("metadata").path("name").asText();
    }
}
