package io.zhaoshang.scoring.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhaoshang.platform.problem.Problem;
import io.zhaoshang.platform.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void a_month_runs_from_midnight_shanghai_which_is_16_utc_the_day_before() {
        Period november = Period.parse(PeriodKind.MONTH, "2026-11", SHANGHAI);
        assertThat(november.firstDay()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.lastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(november.start()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(november.end()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(november.key()).isEqualTo("2026-11");
    }

    @ParameterizedTest
    @CsvSource({
            "MONTH,   2026-11-30T15:59:59.999Z, 2026-11",
            "MONTH,   2026-11-30T16:00:00Z,     2026-12",
            "MONTH,   2026-10-31T16:00:00Z,     2026-11",
            "WEEK,    2026-11-22T15:59:59Z,     2026-W47",
            "WEEK,    2026-11-22T16:00:00Z,     2026-W48",
            "QUARTER, 2026-09-30T15:59:59Z,     2026-Q3",
            "QUARTER, 2026-09-30T16:00:00Z,     2026-Q4",
            "YEAR,    2026-12-31T15:59:59Z,     2026",
            "YEAR,    2026-12-31T16:00:00Z,     2027",
            "MONTH,   2026-12-31T16:00:00Z,     2027-01",
            // ISO week-years: 2027-01-01 still lies in week 53 of 2026, 2025-12-29 already in week 1 of 2026
            "WEEK,    2026-12-31T16:00:00Z,     2026-W53",
            "WEEK,    2027-01-03T15:59:59Z,     2026-W53",
            "WEEK,    2027-01-03T16:00:00Z,     2027-W01",
            "WEEK,    2025-12-28T16:00:00Z,     2026-W01",
            "WEEK,    2025-12-28T15:59:59Z,     2025-W52",
    })
    void the_period_containing_an_instant_is_seen_in_shanghai(PeriodKind kind, String instant, String key) {
        Period period = Period.containing(kind, Instant.parse(instant), SHANGHAI);
        assertThat(period.key()).isEqualTo(key);
        assertThat(period.contains(Instant.parse(instant))).isTrue();
        assertThat(Period.parse(kind, key, SHANGHAI)).isEqualTo(period);
    }

    @Test
    void an_iso_week_starts_on_monday_and_may_straddle_the_year_end() {
        Period week53 = Period.parse(PeriodKind.WEEK, "2026-W53", SHANGHAI);
        assertThat(week53.firstDay()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(week53.lastDay()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(week53.start()).isEqualTo(Instant.parse("2026-12-27T16:00:00Z"));
        assertThat(week53.end()).isEqualTo(Instant.parse("2027-01-03T16:00:00Z"));

        Period week1 = Period.parse(PeriodKind.WEEK, "2026-W01", SHANGHAI);
        assertThat(week1.firstDay()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(week1.key()).isEqualTo("2026-W01");
    }

    @ParameterizedTest
    @CsvSource({
            "WEEK,    2026-W01, 2025-W52, 2026-W02",
            "WEEK,    2026-W53, 2026-W52, 2027-W01",
            "WEEK,    2021-W01, 2020-W53, 2021-W02",
            "MONTH,   2026-01,  2025-12,  2026-02",
            "MONTH,   2026-12,  2026-11,  2027-01",
            "QUARTER, 2026-Q1,  2025-Q4,  2026-Q2",
            "QUARTER, 2026-Q4,  2026-Q3,  2027-Q1",
            "YEAR,    2026,     2025,     2027",
    })
    void previous_and_next_follow_on_without_a_gap(PeriodKind kind, String key, String previous, String next) {
        Period period = Period.parse(kind, key, SHANGHAI);
        assertThat(period.previous().key()).isEqualTo(previous);
        assertThat(period.next().key()).isEqualTo(next);
        assertThat(period.previous().end()).isEqualTo(period.start());
        assertThat(period.next().start()).isEqualTo(period.end());
    }

    @ParameterizedTest
    @CsvSource({
            "MONTH, 2026-13", "MONTH, 2026-00", "MONTH, 2026-1", "MONTH, 2026-011", "MONTH, 26-11",
            "MONTH, 2026/11", "MONTH, ' 2026-11'", "MONTH, '2026-11 '", "MONTH, 2026-W47", "MONTH, 0999-11",
            "WEEK, 2026-W54", "WEEK, 2026-W00", "WEEK, 2025-W53", "WEEK, 2027-W53", "WEEK, 2026-W7", "WEEK, 2026-w47",
            "WEEK, 2026-11",
            "QUARTER, 2026-Q5", "QUARTER, 2026-Q0", "QUARTER, 2026-q4", "QUARTER, 2026-4",
            "YEAR, 26", "YEAR, 2026-01", "YEAR, '二〇二六'", "MONTH, '２０２６-11'",
    })
    void a_key_that_does_not_name_a_period_of_its_kind_is_a_400(PeriodKind kind, String key) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> Period.parse(kind, key, SHANGHAI));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid-period-key");
        assertThat(refused.members()).containsEntry("kind", kind.name());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {""})
    void no_key_is_no_period(String key) {
        assertThat(catchThrowableOfType(ProblemException.class, () -> Period.parse(PeriodKind.YEAR, key, SHANGHAI))
                .code()).isEqualTo("invalid-period-key");
    }

    @Test
    void the_problem_names_the_key_and_the_expected_form() {
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> Period.parse(PeriodKind.WEEK, "2026-W54", SHANGHAI));
        Problem problem = Problem.of(refused, Locale.ENGLISH, "/api/v1/periods/WEEK/2026-W54/closure");
        assertThat(problem.getDetail()).isEqualTo("2026-W54 is not a WEEK period: write it like 2026-W47, "
                + "with a week, month or quarter that the year has.");
        assertThat(problem.getErrors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("key"));
        assertThat(Problem.of(refused, Locale.SIMPLIFIED_CHINESE, "/").getDetail())
                .isEqualTo("2026-W54 不是有效的 WEEK 期间：应写作 2026-W47 这样的形式，且该年须有这一周、月或季度。");
    }

    @Test
    void a_year_of_53_iso_weeks_has_its_week_53() {
        assertThat(Period.parse(PeriodKind.WEEK, "2020-W53", SHANGHAI).firstDay()).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThat(Period.parse(PeriodKind.WEEK, "2032-W53", SHANGHAI).key()).isEqualTo("2032-W53");
    }

    @Test
    void another_time_zone_moves_the_boundaries() {
        Period utc = Period.parse(PeriodKind.MONTH, "2026-11", ZoneId.of("UTC"));
        assertThat(utc.start()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(Period.containing(PeriodKind.MONTH, Instant.parse("2026-11-30T20:00:00Z"), ZoneId.of("UTC")).key())
                .isEqualTo("2026-11");
        assertThat(Period.containing(PeriodKind.MONTH, Instant.parse("2026-11-30T20:00:00Z"), SHANGHAI).key())
                .isEqualTo("2026-12");
    }

    @Test
    void a_period_has_ended_only_from_the_midnight_after_its_last_day() {
        Period november = Period.parse(PeriodKind.MONTH, "2026-11", SHANGHAI);
        assertThat(november.hasEndedAt(Instant.parse("2026-11-30T15:59:59Z"))).isFalse();
        assertThat(november.hasEndedAt(Instant.parse("2026-11-30T16:00:00Z"))).isTrue();
    }
}
