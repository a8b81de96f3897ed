package io.zhaoshang.leads.company;

import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.value.Uscc;
import java.util.Arrays;
import java.util.List;
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
                Optional.ofNullable(tag).map(CompanyFilter::tag));
    }

    private static CompanyTag tag(String value) {
        try {
            return CompanyTag.valueOf(value.strip());
        } catch (IllegalArgumentException unknown) {
            List<String> accepted = Arrays.stream(CompanyTag.values()).map(Enum::name).toList();
            throw ProblemException.badRequest("invalid-enum-value", "tag", accepted)
                    .withError("tag", "invalid-enum-value", "tag", accepted)
                    .with("acceptedValues", accepted);
        }
    }
}
