package io.zhaoshang.parks.land;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhaoshang.parks.land.ParcelPicker.Offer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParcelPickerTest {

    private static Offer parcel(String code, String areaMu) {
        return new Offer(UUID.randomUUID(), code, new BigDecimal(areaMu));
    }

    private static List<String> pick(List<Offer> available, String needMu) {
        return ParcelPicker.pick(available, new BigDecimal(needMu)).stream().map(Offer::code).toList();
    }

    @Test
    void one_parcel_with_the_smallest_surplus_when_one_alone_suffices() {
        List<Offer> available = List.of(parcel("A", "80"), parcel("B", "52.5"), parcel("C", "51"), parcel("D", "30"));
        assertThat(pick(available, "50")).containsExactly("C");
    }

    @Test
    void an_exact_fit_is_taken() {
        assertThat(pick(List.of(parcel("A", "50.01"), parcel("B", "50")), "50")).containsExactly("B");
    }

    @Test
    void one_parcel_wins_even_over_several_that_fit_more_tightly() {
        // 20 + 30 would fit exactly, but a project rather gets one contiguous parcel
        assertThat(pick(List.of(parcel("A", "20"), parcel("B", "30"), parcel("C", "60")), "50")).containsExactly("C");
    }

    @Test
    void a_tie_between_single_parcels_goes_to_the_first_code() {
        assertThat(pick(List.of(parcel("Q-2", "55"), parcel("Q-1", "55"), parcel("Q-3", "70")), "50"))
                .containsExactly("Q-1");
    }

    @Test
    void several_parcels_with_the_smallest_surplus_when_none_alone_suffices() {
        List<Offer> available = List.of(parcel("A", "40"), parcel("B", "25"), parcel("C", "15"), parcel("D", "12"));
        // 40 + 12 = 52 (surplus 2) beats 40 + 15 = 55 and 25 + 15 + 12 = 52 (same surplus, more parcels)
        assertThat(pick(available, "50")).containsExactly("A", "D");
    }

    @Test
    void the_largest_first_is_not_always_best() {
        // taking the largest first gives 30 + 25 = 55; 25 + 25 = 50 fits exactly
        List<Offer> available = List.of(parcel("A", "30"), parcel("B", "25"), parcel("C", "25"));
        assertThat(pick(available, "50")).containsExactly("B", "C");
    }

    @Test
    void on_equal_surplus_fewer_parcels_win() {
        List<Offer> available = List.of(parcel("A", "10"), parcel("B", "10"), parcel("C", "10"), parcel("D", "30"),
                parcel("E", "20"));
        // D + E = 50 with two parcels; A + B + D = 50 with three
        assertThat(pick(available, "50")).containsExactly("D", "E");
    }

    @Test
    void on_equal_surplus_and_count_the_first_codes_win() {
        List<Offer> available = List.of(parcel("P-4", "25"), parcel("P-3", "25"), parcel("P-2", "25"),
                parcel("P-1", "25"));
        assertThat(pick(available, "50")).containsExactly("P-1", "P-2");
    }

    @Test
    void decimals_count_to_the_hundredth() {
        List<Offer> available = List.of(parcel("A", "10.01"), parcel("B", "10.00"), parcel("C", "9.99"));
        assertThat(pick(available, "20")).containsExactly("A", "C");
        assertThat(pick(available, "20.01")).containsExactly("A", "B");
    }

    @Test
    void nothing_fits_when_all_together_are_too_small_or_there_is_nothing() {
        assertThat(pick(List.of(parcel("A", "20"), parcel("B", "29.99")), "50")).isEmpty();
        assertThat(pick(List.of(), "1")).isEmpty();
    }

    @Test
    void all_parcels_together_when_only_all_suffice() {
        List<Offer> available = List.of(parcel("A", "10"), parcel("B", "20"), parcel("C", "20.5"));
        assertThat(pick(available, "50.5")).containsExactly("A", "B", "C");
    }

    @Test
    void a_park_with_many_parcels_is_answered_within_the_bound_and_still_fits() {
        List<Offer> available = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            available.add(parcel("M-%03d".formatted(i), "%d.%02d".formatted(3 + i % 7, (i * 37) % 100)));
        }
        List<Offer> picked = ParcelPicker.pick(available, new BigDecimal("999.99"));

        BigDecimal total = picked.stream().map(Offer::areaMu).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isGreaterThanOrEqualTo(new BigDecimal("999.99"));
        assertThat(picked).extracting(Offer::code).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void the_answer_is_in_code_order() {
        List<Offer> available = List.of(parcel("Z", "30"), parcel("A", "25"));
        assertThat(pick(available, "55")).containsExactly("A", "Z");
    }
}
