package io.zhaoshang.leads.parks;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The version of the industry catalog (产业目录) leads knows, as parks-service published it: what
 * an industry code of a company or lead is checked against. Plain Java, so the rules are tested
 * without the service.
 */
public final class IndustryCatalog {

    private final int version;
    private final Map<String, IndustryEntry> byCode;
    private final Map<String, List<String>> childrenOf;

    public IndustryCatalog(int version, Collection<IndustryEntry> entries) {
        this.version = version;
        this.byCode = entries.stream().collect(Collectors.toUnmodifiableMap(IndustryEntry::code, Function.identity()));
        this.childrenOf = entries.stream().filter(entry -> entry.parentCode() != null)
                .collect(Collectors.groupingBy(IndustryEntry::parentCode,
                        Collectors.mapping(IndustryEntry::code, Collectors.toList())));
    }

    public int version() {
        return version;
    }

    public Optional<IndustryEntry> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** 422 {@code unknown-industry} naming each code of the list (at {@code field[index]}) that is not in the catalog. */
    public void requireKnown(String field, List<String> codes) {
        List<Integer> unknownAt = IntStream.range(0, codes.size())
                .filter(i -> !byCode.containsKey(codes.get(i)))
                .boxed()
                .toList();
        if (unknownAt.isEmpty()) {
            return;
        }
        ProblemException problem = ProblemException.unprocessable("unknown-industry",
                unknownAt.stream().map(codes::get).toList());
        unknownAt.forEach(i -> problem.withError(field + "[" + i + "]", "unknown-industry", codes.get(i)));
        throw problem;
    }

    /**
     * The code a filter names and every code below it, so that a filter on 生物产业 (SEI-04) finds a
     * company of 生物医药产业 (SEI-04.01); 400 {@code unknown-industry} for a code not in the catalog.
     */
    public Set<String> withSubCategories(String code, String parameter) {
        if (!byCode.containsKey(code)) {
            throw ProblemException.badRequest("unknown-industry", code).withError(parameter, "unknown-industry", code);
        }
        Set<String> codes = new LinkedHashSet<>();
        collect(code, codes);
        return codes;
    }

    /** The categories a code belongs to, its parent first; none for a top category or a code not in the catalog. */
    public List<String> ancestors(String code) {
        List<String> ancestors = new ArrayList<>();
        for (String parent = parentOf(code); parent != null; parent = parentOf(parent)) {
            ancestors.add(parent);
        }
        return ancestors;
    }

    private String parentOf(String code) {
        IndustryEntry entry = byCode.get(code);
        return entry == null ? null : entry.parentCode();
    }

    /** The code and every code below it, without the 400 of {@link #withSubCategories}: empty for an unknown code. */
    public Set<String> subCategories(String code) {
        Set<String> codes = new LinkedHashSet<>();
        if (byCode.containsKey(code)) {
            collect(code, codes);
            codes.remove(code);
        }
        return codes;
    }

    private void collect(String code, Set<String> codes) {
        codes.add(code);
        childrenOf.getOrDefault(code, List.of()).forEach(child -> collect(child, codes));
    }
}
