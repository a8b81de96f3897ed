package io.zhaoshang.parks.carrier;

import io.zhaoshang.platform.problem.ProblemException;
import java.math.BigDecimal;

/**
 * The space of a carrier in m²: its floor area and the part of it active leases hold. What is left
 * is vacant; a lease fits only into vacant space, so the vacant area never goes below zero.
 */
public record Vacancy(BigDecimal floorAreaSqm, BigDecimal leasedSqm) {

    public BigDecimal vacantSqm() {
        return floorAreaSqm.subtract(leasedSqm);
    }

    /** The space after leasing {@code areaSqm}; 409 {@code insufficient-vacancy} when it does not fit. */
    public Vacancy lease(BigDecimal areaSqm) {
        if (areaSqm.compareTo(vacantSqm()) > 0) {
            throw ProblemException.conflict("insufficient-vacancy", areaSqm.toPlainString(), vacantSqm().toPlainString())
                    .with("vacantSqm", vacantSqm());
        }
        return new Vacancy(floorAreaSqm, leasedSqm.add(areaSqm));
    }

    /** The space after a lease of {@code areaSqm} ends. */
    public Vacancy release(BigDecimal areaSqm) {
        if (areaSqm.compareTo(leasedSqm) > 0) {
            throw new IllegalStateException("releasing " + areaSqm + " m² of " + leasedSqm + " m² leased");
        }
        return new Vacancy(floorAreaSqm, leasedSqm.subtract(areaSqm));
    }

    /** The space with a new floor area; 422 {@code floor-area-below-leased} when the leases would not fit into it. */
    public Vacancy withFloorArea(BigDecimal newFloorAreaSqm) {
        if (newFloorAreaSqm.compareTo(leasedSqm) < 0) {
            String leased = leasedSqm.toPlainString();
            throw ProblemException.unprocessable("floor-area-below-leased", newFloorAreaSqm.toPlainString(), leased)
                    .withError("floorAreaSqm", "floor-area-below-leased", newFloorAreaSqm.toPlainString(), leased);
        }
        return new Vacancy(newFloorAreaSqm, leasedSqm);
    }
}
