package io.zhaoshang.parks.map;

import io.zhaoshang.parks.land.LandUse;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.web.QueryParams;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a project needs, as asked: land in mu, of a land use, and space in m². Each is optional;
 * what is not asked is not judged. Decides whether a park's land and space fit it.
 */
@Schema(name = "IndustryMapNeed", description = "The need as asked; what is not asked (null) is not judged.")
public record MapNeed(
        @Schema(description = "Land needed in mu (亩); null when not asked.", examples = "150", nullable = true)
        BigDecimal landMu,
        @Schema(description = "Floor space needed in one carrier, in m²; null when not asked.", examples = "1500",
                nullable = true)
        BigDecimal spaceSqm,
        @Schema(description = "Only land of this use counts; null for any use.", nullable = true)
        LandUse landUse) {

    /** Like the columns the figures come from (numeric(12,2)): at most 10 digits before the point. */
    private static final int MAX_INTEGER_DIGITS = 10;
    private static final int MAX_DECIMALS = 2;

    /**
     * The need the query parameters state; 400 {@code invalid-quantity} or {@code invalid-enum-value}
     * naming a bad one.
     */
    static MapNeed of(String landMu, String spaceSqm, String landUse) {
        return new MapNeed(quantity("landMu", landMu), quantity("spaceSqm", spaceSqm),
                QueryParams.enumValue(LandUse.class, "landUse", landUse).orElse(null));
    }

    /** A park's free land: it fits when its free parcels together cover the need (a reservation may combine them). */
    IndustryMapView.Land land(BigDecimal freeMu, BigDecimal largestParcelMu) {
        return new IndustryMapView.Land(freeMu, largestParcelMu, landMu == null ? null : freeMu.compareTo(landMu) >= 0);
    }

    /** A park's vacant space: it fits when one carrier has the need vacant (a project moves into one building). */
    IndustryMapView.Space space(BigDecimal vacantSqm, BigDecimal largestVacancySqm) {
        return new IndustryMapView.Space(vacantSqm, largestVacancySqm,
                spaceSqm == null ? null : largestVacancySqm.compareTo(spaceSqm) >= 0);
    }

    private static BigDecimal quantity(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            BigDecimal digits = value.stripTrailingZeros(); // 1.50 has two decimals, as for @Digits in bodies
            if (value.signum() > 0 && digits.scale() <= MAX_DECIMALS
                    && digits.precision() - digits.scale() <= MAX_INTEGER_DIGITS) {
                return value.scale() < 0 ? value.setScale(0) : value; // 1E+2 is answered as 100
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like a number out of range
        }
        throw ProblemException.badRequest("invalid-quantity", parameter)
                .withError(parameter, "invalid-quantity", parameter);
    }
}
