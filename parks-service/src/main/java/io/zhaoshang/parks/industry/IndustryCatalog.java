package io.zhaoshang.parks.industry;

import io.zhaoshang.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One version of the industry catalog (产业目录): a tree of industry codes, strategic emerging
 * industries (SEI-..) and traditional sectors (TRD-..), each level's entries in code order.
 */
public final class IndustryCatalog {

    private final int version;
    private final Map<String, IndustryEntry> byCode = new LinkedHashMap<>();
    private final Map<String, List<IndustryEntry>> childrenOf = new LinkedHashMap<>();

    public IndustryCatalog(int version, Collection<IndustryEntry> entries) {
        this.version = version;
        entries.stream().sorted(Comparator.comparing(IndustryEntry::code)).forEach(entry -> {
            byCode.put(entry.code(), entry);
            childrenOf.computeIfAbsent(entry.parentCode(), parent -> new ArrayList<>()).add(entry);
        });
    }

    public int version() {
        return version;
    }

    /** Every entry, in code order (each category right before its sub-categories). */
    public List<IndustryEntry> entries() {
        return List.copyOf(byCode.values());
    }

    public Optional<IndustryEntry> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The entries under {@code code}, or the top-level ones for null. */
    public List<IndustryEntry> children(String code) {
        return List.copyOf(childrenOf.getOrDefault(code, List.of()));
    }

    /** The entry a query parameter names; 400 {@code unknown-industry} for a code not in the catalog. */
    public IndustryEntry require(String code, String parameter) {
        return find(code).orElseThrow(() -> ProblemException.badRequest("unknown-industry", code)
                .withError(parameter, "unknown-industry", code));
    }

    /**
     * The code a query parameter names and every code below it: a park leading in 生物医药产业
     * (SEI-04.01) is a park of 生物产业 (SEI-04). 400 {@code unknown-industry} for an unknown code.
     */
    public Set<String> withSubCategories(String code, String parameter) {
        Set<String> codes = new LinkedHashSet<>();
        collect(require(code, parameter).code(), codes);
        return codes;
    }

    /** The categories {@code code} belongs to, nearest first: SEI-01.02.04 → SEI-01.02, SEI-01. */
    public List<String> ancestors(String code) {
        List<String> ancestors = new ArrayList<>();
        for (String parent = parentOf(code); parent != null; parent = parentOf(parent)) {
            ancestors.add(parent);
        }
        return List.copyOf(ancestors);
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

    private String parentOf(String code) {
        IndustryEntry entry = byCode.get(code);
        return entry == null ? null : entry.parentCode();
    }

    private void collect(String code, Set<String> codes) {
        codes.add(code);
        childrenOf.getOrDefault(code, List.of()).forEach(child -> collect(child.code(), codes));
    }
}
