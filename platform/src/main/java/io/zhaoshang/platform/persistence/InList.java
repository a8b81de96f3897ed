package io.zhaoshang.platform.persistence;

import java.util.Collection;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

/**
 * An HQL {@code in (...)} with one parameter per value, instead of one parameter bound to a
 * collection. Hibernate 7 keeps no plan for a query with a collection-valued parameter: it
 * translates that query to SQL again at every execution, which was a large share of a lead report's
 * CPU under load (async-profiler, docs/benchmarks.md). With one parameter per value the plan is
 * cached, one per length of the list.
 */
public final class InList {

    private InList() {
    }

    /**
     * {@code (:name0, :name1, ...)}, one parameter for each value, handed to {@code bind} (e.g.
     * Panache's {@code parameters::and}, or a map's {@code put} to set on a query made afterwards).
     * An empty list has no SQL form: the caller decides what "in nothing" means.
     */
    public static String of(String name, Collection<?> values, BiConsumer<String, Object> bind) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an in-list of " + name + " needs at least one value");
        }
        StringJoiner list = new StringJoiner(", ", "(", ")");
        int i = 0;
        for (Object value : values) {
            String parameter = name + i++;
            list.add(":" + parameter);
            bind.accept(parameter, value);
        }
        return list.toString();
    }
}
