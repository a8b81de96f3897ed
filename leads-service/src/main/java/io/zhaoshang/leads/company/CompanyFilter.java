package io.zhaoshang.leads.company;

import io.zhaoshang.platform.web.QueryParams;
import io.zhaoshang.platform.value.Uscc;
import java.util.Optional;

/** Which companies a list shows: all, or those with one USCC, or those carrying one tag. */
record CompanyFilter(Optional<String> uscc, Optional<CompanyTag> tag) {

    /**
     * The filter from the query parameters as given; a tag that is not a {@link CompanyTag} is a 400
     * {@code invalid-enum-value} naming the accepted values, never ignored. (The USCC is checked by
     * its constraint on the parameter.)
     */
    static CompanyFilter of(String uscc, String tag) {
        return new CompanyFilter(Optional.ofNullable(uscc).map(Uscc::normalize),
                QueryParams.enumValue(CompanyTag.class, "tag", tag));
    }
}
