package io.zhaoshang.scoring.period;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The periods a zone sums up and ranks its teams over: 每周有汇总、每月有排序, and quarters and years. */
@Schema(description = "Kind of period. WEEK 周 (ISO week, key 2026-W47), MONTH 月 (2026-11), QUARTER 季度 (2026-Q4), "
        + "YEAR 年 (2026); boundaries at midnight in the zone's time zone.")
public enum PeriodKind {
    WEEK,
    MONTH,
    QUARTER,
    YEAR
}
