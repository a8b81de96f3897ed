package io.zhaoshang.projects.statistics;

import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.web.QueryParams;
import io.zhaoshang.projects.project.ProjectStage;
import io.zhaoshang.projects.project.ProjectTier;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A statistics question as its query parameters ask it, checked: at most two dimensions, a window
 * given either as a year or as from/to, never from after to. A bad value is a 400, never ignored.
 */
record StatisticsRequest(List<Dimension> groupBy, PeriodUnit period, Window window, Filter filter) {

    static final int MAX_DIMENSIONS = 2;

    /** The days counted, both included, in the zone's time zone. */
    record Window(LocalDate from, LocalDate to) {

        /** The same days a year before: what the year-on-year change compares with. */
        Window previousYear() {
            return new Window(from.minusYears(1), to.minusYears(1));
        }
    }

    /** Which projects are counted; a team filter counts each project with the team's share of its amounts. */
    record Filter(ProjectStage stage, UUID parkId, String team, ProjectTier tier, String industry) {
    }

    static StatisticsRequest of(List<String> groupBy, String period, String year, String from, String to,
            Filter filter) {
        List<Dimension> dimensions = dimensions(groupBy);
        PeriodUnit unit = QueryParams.enumValue(PeriodUnit.class, "period", period).orElse(null);
        if (unit != null && !dimensions.contains(Dimension.PERIOD)) {
            throw ProblemException.badRequest("period-not-grouped").withError("period", "period-not-grouped");
        }
        Window window = window(year, from, to);
        if (window == null && dimensions.contains(Dimension.PERIOD)) {
            throw ProblemException.badRequest("window-required").withError("groupBy", "window-required");
        }
        return new StatisticsRequest(dimensions, unit == null ? PeriodUnit.YEAR : unit, window, filter);
    }

    static Filter filter(String stage, String parkId, String team, String tier, String industry) {
        return new Filter(QueryParams.enumValue(ProjectStage.class, "stage", stage).orElse(null), uuid(parkId),
                blankToNull(team), QueryParams.enumValue(ProjectTier.class, "tier", tier).orElse(null),
                blankToNull(industry));
    }

    private static List<Dimension> dimensions(List<String> groupBy) {
        List<Dimension> dimensions = new ArrayList<>();
        for (String values : groupBy == null ? List.<String>of() : groupBy) {
            for (String value : values.split(",")) {
                if (!value.isBlank()) {
                    dimensions.add(Dimension.of(value));
                }
            }
        }
        if (dimensions.size() > MAX_DIMENSIONS || dimensions.stream().distinct().count() < dimensions.size()) {
            throw ProblemException.badRequest("invalid-group-by", MAX_DIMENSIONS)
                    .withError("groupBy", "invalid-group-by", MAX_DIMENSIONS);
        }
        return List.copyOf(dimensions);
    }

    /** The window a year or from/to give, or null for none (the projects as they are now, all dates). */
    private static Window window(String year, String from, String to) {
        boolean hasYear = year != null && !year.isBlank();
        boolean hasFrom = from != null && !from.isBlank();
        boolean hasTo = to != null && !to.isBlank();
        if (hasYear && (hasFrom || hasTo)) {
            throw ProblemException.badRequest("window-conflict").withError("year", "window-conflict");
        }
        if (hasYear) {
            if (!year.strip().matches("\\d{4}")) {
                throw ProblemException.badRequest("invalid-year", year).withError("year", "invalid-year", year);
            }
            int value = Integer.parseInt(year.strip());
            return new Window(LocalDate.of(value, 1, 1), LocalDate.of(value, 12, 31));
        }
        if (hasFrom != hasTo) {
            throw ProblemException.badRequest("window-incomplete").withError(hasFrom ? "to" : "from", "window-incomplete");
        }
        if (!hasFrom) {
            return null;
        }
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first.isAfter(last)) {
            throw ProblemException.badRequest("from-after-to", first, last).withError("from", "from-after-to", first, last);
        }
        return new Window(first, last);
    }

    private static LocalDate date(String parameter, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw ProblemException.badRequest("invalid-date", parameter, value)
                    .withError(parameter, "invalid-date", parameter, value);
        }
    }

    private static UUID uuid(String parkId) {
        if (parkId == null || parkId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(parkId.strip());
        } catch (IllegalArgumentException notAUuid) {
            throw ProblemException.badRequest("invalid-park-filter", parkId)
                    .withError("parkId", "invalid-park-filter", parkId);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
