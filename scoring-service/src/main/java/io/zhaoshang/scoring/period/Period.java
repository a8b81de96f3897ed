package io.zhaoshang.scoring.period;

import io.zhaoshang.platform.problem.ProblemException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.TemporalUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One week, month, quarter or year of a zone, from midnight of its first day to midnight of the
 * next period's first day in the zone's time zone (midnight in Shanghai is 16:00 UTC the day
 * before). Weeks are ISO weeks: they start on Monday and belong to the week-based year, so
 * 2026-12-31 lies in 2026-W53 and 2027-01-01 too, while 2025-12-29 lies in 2026-W01.
 *
 * @param firstDay the first day of the period, in the zone
 * @param timeZone the zone's time zone, e.g. Asia/Shanghai
 */
public record Period(PeriodKind kind, LocalDate firstDay, ZoneId timeZone) {

    private static final Pattern WEEK_KEY = Pattern.compile("([1-9]\\d{3})-W(\\d{2})");
    private static final Pattern MONTH_KEY = Pattern.compile("([1-9]\\d{3})-(\\d{2})");
    private static final Pattern QUARTER_KEY = Pattern.compile("([1-9]\\d{3})-Q(\\d)");
    private static final Pattern YEAR_KEY = Pattern.compile("([1-9]\\d{3})");

    /**
     * The period a key names, e.g. {@code 2026-W47}, {@code 2026-11}, {@code 2026-Q4}, {@code 2026}.
     * Anything else, or a week, month or quarter the year does not have ({@code 2026-13},
     * {@code 2026-W54}, {@code 2026-W53} in a year of 52 weeks, {@code 2026-Q5}), is a 400
     * {@code invalid-period-key}.
     */
    public static Period parse(PeriodKind kind, String key, ZoneId timeZone) {
        Matcher parts = pattern(kind).matcher(key == null ? "" : key);
        if (!parts.matches()) {
            throw invalidKey(kind, key);
        }
        int year = Integer.parseInt(parts.group(1));
        int number = kind == PeriodKind.YEAR ? 1 : Integer.parseInt(parts.group(2));
        LocalDate firstDay = switch (kind) {
            case WEEK -> number >= 1 && number <= weeksIn(year) ? mondayOfWeek(year, number) : null;
            case MONTH -> number >= 1 && number <= 12 ? LocalDate.of(year, number, 1) : null;
            case QUARTER -> number >= 1 && number <= 4 ? LocalDate.of(year, 3 * number - 2, 1) : null;
            case YEAR -> LocalDate.of(year, 1, 1);
        };
        if (firstDay == null) {
            throw invalidKey(kind, key);
        }
        return new Period(kind, firstDay, timeZone);
    }

    /** The period of the kind in which the instant falls, seen in the zone's time zone. */
    public static Period containing(PeriodKind kind, Instant instant, ZoneId timeZone) {
        return containing(kind, instant.atZone(timeZone).toLocalDate(), timeZone);
    }

    /** The period of the kind that holds the day. */
    public static Period containing(PeriodKind kind, LocalDate day, ZoneId timeZone) {
        LocalDate firstDay = switch (kind) {
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> day.withDayOfYear(1);
        };
        return new Period(kind, firstDay, timeZone);
    }

    /** The key that names the period, e.g. {@code 2026-W47}. */
    public String key() {
        return switch (kind) {
            case WEEK -> "%d-W%02d".formatted(firstDay.get(IsoFields.WEEK_BASED_YEAR),
                    firstDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> "%d-%02d".formatted(firstDay.getYear(), firstDay.getMonthValue());
            case QUARTER -> "%d-Q%d".formatted(firstDay.getYear(), firstDay.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> Integer.toString(firstDay.getYear());
        };
    }

    /** Midnight of the first day, in the zone. */
    public Instant start() {
        return firstDay.atStartOfDay(timeZone).toInstant();
    }

    /** Midnight after the last day, in the zone: the start of the next period, not part of this one. */
    public Instant end() {
        return next().start();
    }

    /** The last day of the period, in the zone. */
    public LocalDate lastDay() {
        return next().firstDay.minusDays(1);
    }

    public Period next() {
        return new Period(kind, firstDay.plus(1, unit()), timeZone);
    }

    public Period previous() {
        return new Period(kind, firstDay.minus(1, unit()), timeZone);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /** True once the period's last moment is past: only then can it be closed. */
    public boolean hasEndedAt(Instant now) {
        return !now.isBefore(end());
    }

    private TemporalUnit unit() {
        return switch (kind) {
            case WEEK -> ChronoUnit.WEEKS;
            case MONTH -> ChronoUnit.MONTHS;
            case QUARTER -> IsoFields.QUARTER_YEARS;
            case YEAR -> ChronoUnit.YEARS;
        };
    }

    /** 52, or 53 in a week-based year that has a week 53 (one whose 28 December falls in week 53). */
    private static int weeksIn(int weekBasedYear) {
        return LocalDate.of(weekBasedYear, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static LocalDate mondayOfWeek(int weekBasedYear, int week) {
        // 4 January always lies in week 1 of its week-based year
        return LocalDate.of(weekBasedYear, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Pattern pattern(PeriodKind kind) {
        return switch (kind) {
            case WEEK -> WEEK_KEY;
            case MONTH -> MONTH_KEY;
            case QUARTER -> QUARTER_KEY;
            case YEAR -> YEAR_KEY;
        };
    }

    private static ProblemException invalidKey(PeriodKind kind, String key) {
        String example = switch (kind) {
            case WEEK -> "2026-W47";
            case MONTH -> "2026-11";
            case QUARTER -> "2026-Q4";
            case YEAR -> "2026";
        };
        return ProblemException.badRequest("invalid-period-key", key, kind.name(), example)
                .withError("key", "invalid-period-key", key, kind.name(), example)
                .with("kind", kind.name()).with("example", example);
    }
}
