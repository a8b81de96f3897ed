package io.zhaoshang.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code {"items": [...], "nextCursor": "..."}}; no nextCursor on the last page. */
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the list's stable order.")
        List<T> items,
        @Schema(description = "Pass as ?cursor= to get the next page; absent on the last page.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String nextCursor) {

    /**
     * The page from rows fetched with {@link PageRequest#fetchSize()} (one more than the limit):
     * when that extra row came back, the cursor of the last item kept points to the next page.
     */
    public static <T> Page<T> of(List<T> rows, PageRequest request, Function<? super T, Cursor> cursorOf) {
        if (rows.size() <= request.limit()) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> items = List.copyOf(rows.subList(0, request.limit()));
        return new Page<>(items, cursorOf.apply(items.get(items.size() - 1)).encode());
    }

    /** The same page with each item turned into another form, e.g. an entity into its view. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }
}
