package io.zhaoshang.projects.parks;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The version of the industry catalog (产业目录) projects knows, as parks-service published it: what
 * a project's industry code is checked against. Plain Java, so the rule is tested without the service.
 */
public final class IndustryCatalog {

    private final int version;
    private final Map<String, IndustryEntry> byCode;

    public IndustryCatalog(int version, Collection<IndustryEntry> entries) {
        this.version = version;
        this.byCode = entries.stream().collect(Collectors.toUnmodifiableMap(IndustryEntry::code, Function.identity()));
    }

    public int version() {
        return version;
    }

    public Optional<IndustryEntry> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** 422 {@code unknown-industry} unless the code is in the catalog. */
    public void requireKnown(String field, String code) {
        if (!byCode.containsKey(code)) {
            throw ProblemException.unprocessable("unknown-industry", code).withError(field, "unknown-industry", code);
        }
    }
}
