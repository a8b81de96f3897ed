package io.zhaoshang.projects.statistics;

import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The length of the periods statistics are grouped into (月度、季度、年度). */
@Schema(description = "Period length for groupBy=period: MONTH 月度, QUARTER 季度, YEAR 年度.")
public enum PeriodUnit {
    MONTH,
    QUARTER,
    YEAR;

    /** The unit as PostgreSQL's date_trunc names it. */
    String sqlField() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of the period starting on {@code start}: 2026-03, 2026-Q1, 2026. */
    String key(LocalDate start) {
        return switch (this) {
            case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
            case QUARTER -> "%d-Q%d".formatted(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** The label people read: 2026年3月, 2026年第1季度, 2026年. */
    String label(LocalDate start) {
        return switch (this) {
            case MONTH -> "%d年%d月".formatted(start.getYear(), start.getMonthValue());
            case QUARTER -> "%d年第%d季度".formatted(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> start.getYear() + "年";
        };
    }
}
