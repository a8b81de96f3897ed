package io.zhaoshang.parks.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhaoshang.platform.problem.ProblemException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VacancyTest {

    private static Vacancy space(String floor, String leased) {
        return new Vacancy(new BigDecimal(floor), new BigDecimal(leased));
    }

    @Test
    void the_vacant_area_is_the_floor_area_less_the_leases() {
        assertThat(space("1000.00", "250.25").vacantSqm()).isEqualByComparingTo("749.75");
        assertThat(space("1000.00", "0").vacantSqm()).isEqualByComparingTo("1000");
    }

    @Test
    void a_lease_that_fits_takes_its_area_from_the_vacancy() {
        Vacancy after = space("1000.00", "250.25").lease(new BigDecimal("749.75"));
        assertThat(after.leasedSqm()).isEqualByComparingTo("1000");
        assertThat(after.vacantSqm()).isEqualByComparingTo("0");
    }

    @Test
    void a_lease_larger_than_the_vacancy_is_refused() {
        assertThatThrownBy(() -> space("1000.00", "250.25").lease(new BigDecimal("749.76")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.code()).isEqualTo("insufficient-vacancy");
                    assertThat(problem.args()).containsExactly("749.76", "749.75");
                    assertThat(problem.members()).containsEntry("vacantSqm", new BigDecimal("749.75"));
                });
    }

    @Test
    void a_release_gives_the_area_back() {
        Vacancy after = space("1000.00", "600.00").release(new BigDecimal("100.50"));
        assertThat(after.leasedSqm()).isEqualByComparingTo("499.50");
        assertThat(after.vacantSqm()).isEqualByComparingTo("500.50");
    }

    @Test
    void releasing_more_than_is_leased_is_a_bug_not_an_answer() {
        assertThatThrownBy(() -> space("1000.00", "10.00").release(new BigDecimal("10.01")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_floor_area_may_shrink_down_to_the_leased_area_but_no_further() {
        assertThat(space("1000.00", "600.00").withFloorArea(new BigDecimal("600.00")).vacantSqm())
                .isEqualByComparingTo("0");
        assertThatThrownBy(() -> space("1000.00", "600.00").withFloorArea(new BigDecimal("599.99")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.code()).isEqualTo("floor-area-below-leased");
                });
    }
}
