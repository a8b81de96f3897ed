package io.zhaoshang.projects.project;

import java.time.Instant;
import java.time.ZoneId;

/** The short code people quote for a project: {@code ZS-<year>-<sequence>}, like {@code ZS-2026-000123}. */
final class ProjectCode {

    /** Years are counted where the zones are, so a project created on New Year's Eve UTC gets the new year. */
    static final ZoneId YEAR_ZONE = ZoneId.of("Asia/Shanghai");

    private ProjectCode() {
    }

    /** The code of the project numbered {@code sequence}, created at {@code createdAt}. */
    static String of(Instant createdAt, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("a project sequence starts at 1, got " + sequence);
        }
        return "ZS-%d-%06d".formatted(createdAt.atZone(YEAR_ZONE).getYear(), sequence);
    }

    /** Numbers come from a database sequence: unique across replicas, never reused (a rollback leaves a gap). */
    static long nextNumber() {
        return ((Number) Project.getEntityManager().createNativeQuery("select nextval('project_code_seq')")
                .getSingleResult()).longValue();
    }
}
