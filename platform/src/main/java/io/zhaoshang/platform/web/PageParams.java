package io.zhaoshang.platform.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code limit} and {@code cursor} query parameters of a list, documented once for every
 * service: {@code list(@BeanParam PageParams page)} then {@code page.request()}. They are read as
 * text so that a bad value is a clear 400 ({@code invalid-limit}, {@code invalid-cursor}).
 */
public class PageParams {

    @QueryParam("limit")
    @Parameter(description = "Items per page.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "200", defaultValue = "50"))
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page; omit for the first page.")
    String cursor;

    public PageRequest request() {
        return PageRequest.of(limit, cursor);
    }
}
