package io.zhaoshang.projects.statistics;

import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * Answers a statistics question with aggregation in the database (GROUP BY over the project table,
 * its signings and its capital instalments), never by loading projects: a zone has many thousands.
 * Each family of measures is one query grouped by the dimensions and by the window (the one asked
 * and the same one a year before, joined as two rows so that the year-on-year change costs no
 * second pass); the families are put together by group here.
 */
@ApplicationScoped
public class StatisticsService {

    private final EntityManager entityManager;
    private final Caller caller;
    private final ProjectService projects;

    StatisticsService(EntityManager entityManager, Caller caller, ProjectService projects) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.projects = projects;
    }

    public StatisticsView answer(StatisticsRequest request) {
        Map<List<String>, Tally[]> groups = new HashMap<>();
        if (request.window() == null) {
            run(request, Family.AS_THEY_STAND, groups);
        } else {
            run(request, Family.CREATED, groups);
            run(request, Family.SIGNED, groups);
            run(request, Family.CAPITAL, groups);
        }
        if (request.groupBy().isEmpty()) {
            groups.computeIfAbsent(List.of(), key -> new Tally[] {new Tally(), new Tally()});
        }
        return view(request, groups);
    }

    /** What one query counts, from which rows, placed in the window by which date. */
    private enum Family {
        /** No window: every project as it stands, its signing and capital from its own columns. */
        AS_THEY_STAND("p.created_at at time zone 'Asia/Shanghai'", "project p", null, """
                count(*), sum(%1$s), sum(%2$s),
                count(*) filter (where p.tier = 'MAJOR'), count(*) filter (where p.tier in ('MAJOR', 'KEY')),
                count(*) filter (where p.agreement_date is not null),
                coalesce(sum(%1$s) filter (where p.agreement_date is not null), 0), coalesce(sum(%3$s), 0), sum(%4$s)""",
                (tally, row) -> {
                    tally.projects += number(row[0]).longValue();
                    tally.totalInvestment = tally.totalInvestment.add(decimal(row[1]));
                    tally.fixedAssetInvestment = tally.fixedAssetInvestment.add(decimal(row[2]));
                    tally.projectsOf1BillionOrMore += number(row[3]).longValue();
                    tally.projectsOf100MillionOrMore += number(row[4]).longValue();
                    tally.signedProjects += number(row[5]).longValue();
                    tally.signedTotalInvestment = tally.signedTotalInvestment.add(decimal(row[6]));
                    tally.signedAmount = tally.signedAmount.add(decimal(row[7]));
                    tally.capitalArrived = tally.capitalArrived.add(decimal(row[8]));
                }),
        /** New projects (新增) by the day they were created. */
        CREATED("p.created_at at time zone 'Asia/Shanghai'", "project p",
                "p.created_at >= w.from_at and p.created_at < w.until_at", """
                count(*), sum(%1$s), sum(%2$s),
                count(*) filter (where p.tier = 'MAJOR'), count(*) filter (where p.tier in ('MAJOR', 'KEY'))""",
                (tally, row) -> {
                    tally.projects += number(row[0]).longValue();
                    tally.totalInvestment = tally.totalInvestment.add(decimal(row[1]));
                    tally.fixedAssetInvestment = tally.fixedAssetInvestment.add(decimal(row[2]));
                    tally.projectsOf1BillionOrMore += number(row[3]).longValue();
                    tally.projectsOf100MillionOrMore += number(row[4]).longValue();
                }),
        /** Signings (签约) by the agreement's date. */
        SIGNED("p.agreement_date", "project p", "p.agreement_date between w.first_day and w.last_day",
                "count(*), sum(%1$s), coalesce(sum(%3$s), 0)",
                (tally, row) -> {
                    tally.signedProjects += number(row[0]).longValue();
                    tally.signedTotalInvestment = tally.signedTotalInvestment.add(decimal(row[1]));
                    tally.signedAmount = tally.signedAmount.add(decimal(row[2]));
                }),
        /** Capital arrival (到资) by the instalment's date. */
        CAPITAL("c.arrived_on", "capital_arrival c join project p on p.id = c.project_id",
                "c.arrived_on between w.first_day and w.last_day", "sum(%5$s)",
                (tally, row) -> tally.capitalArrived = tally.capitalArrived.add(decimal(row[0])));

        final String day;
        final String from;
        final String inWindow;
        final String measures;
        final BiConsumer<Tally, Object[]> add;

        Family(String day, String from, String inWindow, String measures, BiConsumer<Tally, Object[]> add) {
            this.day = day;
            this.from = from;
            this.inWindow = inWindow;
            this.measures = measures;
            this.add = add;
        }
    }

    private void run(StatisticsRequest request, Family family, Map<List<String>, Tally[]> groups) {
        boolean byTeam = request.groupBy().contains(Dimension.TEAM) || request.filter().team() != null;
        // under a team, a project counts once with the team's share of its amounts (业绩分成)
        UnaryOperator<String> share = amount -> byTeam ? "round(" + amount + " * s.share::numeric / 100, 2)" : amount;
        String measures = family.measures.formatted(share.apply("p.total_investment_cny_equivalent"),
                share.apply("coalesce(p.fixed_asset_investment_cny, 0)"), share.apply("p.signed_cny_equivalent"),
                share.apply("p.capital_arrived_cny"), share.apply("c.cny_equivalent"));
        Optional<String> visibleTeam = projects.visibleTeam();
        // capital by period alone, for a caller who sees the whole zone, needs nothing of the projects
        boolean capitalAlone = family == Family.CAPITAL && visibleTeam.isEmpty()
                && request.groupBy().stream().allMatch(dimension -> dimension == Dimension.PERIOD)
                && request.filter().equals(new StatisticsRequest.Filter(null, null, null, null, null));
        List<String> dimensions = request.groupBy().stream().map(dimension -> dimension(dimension, family, request))
                .toList();
        StringBuilder sql = new StringBuilder();
        boolean windowed = family.inWindow != null;
        if (windowed) {
            sql.append("""
                    with w (previous, first_day, last_day, from_at, until_at, shift) as (values
                      (false, cast(:first as date), cast(:last as date), cast(:fromAt as timestamptz),
                       cast(:untilAt as timestamptz), interval '0 days'),
                      (true, cast(:previousFirst as date), cast(:previousLast as date),
                       cast(:previousFromAt as timestamptz), cast(:previousUntilAt as timestamptz), interval '1 year'))
                    """);
        }
        sql.append("select ");
        dimensions.forEach(dimension -> sql.append(dimension).append(", "));
        sql.append(windowed ? "w.previous, " : "false, ").append(measures).append(" from ")
                .append(capitalAlone ? "capital_arrival c" : family.from);
        if (byTeam) {
            sql.append(" cross join lateral jsonb_each_text(p.team_shares) as s (team, share)");
        }
        if (windowed) {
            sql.append(" join w on ").append(family.inWindow);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("zone", caller.zone());
        if (capitalAlone) {
            sql.append(" where c.zone = :zone");
        } else {
            sql.append(family == Family.CAPITAL ? " where c.zone = :zone and p.zone = :zone" : " where p.zone = :zone");
            where(request.filter(), visibleTeam, sql, parameters);
        }
        // grouped by the dimensions and, with a window, by which of the two windows (by column position)
        List<String> groupBy = new ArrayList<>();
        for (int column = 1; column <= dimensions.size() + (windowed ? 1 : 0); column++) {
            groupBy.add(String.valueOf(column));
        }
        if (windowed) {
            windowParameters(request.window(), parameters);
        }
        if (!groupBy.isEmpty()) {
            sql.append(" group by ").append(String.join(", ", groupBy));
        }
        Query query = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            List<String> key = Arrays.stream(row, 0, dimensions.size()).map(value -> value == null ? null
                    : value.toString()).toList();
            boolean previous = (Boolean) row[dimensions.size()];
            Tally[] tallies = groups.computeIfAbsent(key, k -> new Tally[] {new Tally(), new Tally()});
            family.add.accept(tallies[previous ? 1 : 0], Arrays.copyOfRange(row, dimensions.size() + 1, row.length));
        }
    }

    private static String dimension(Dimension dimension, Family family, StatisticsRequest request) {
        return switch (dimension) {
            case STAGE -> "p.stage";
            case PARK -> "cast(p.park_id as text)";
            case INDUSTRY -> "p.industry_code";
            case TEAM -> "s.team";
            case TIER -> "p.tier";
            // the year before is placed in the period it is compared with: its own day plus a year
            case PERIOD -> "to_char(date_trunc('%s', %s + w.shift), 'YYYY-MM-DD')"
                    .formatted(request.period().sqlField(), family.day);
        };
    }

    private static void where(StatisticsRequest.Filter filter, Optional<String> visibleTeam, StringBuilder sql,
            Map<String, Object> parameters) {
        if (visibleTeam.isPresent()) {
            sql.append(" and p.owner_team = :visibleTeam");
            parameters.put("visibleTeam", visibleTeam.get());
        }
        if (filter.stage() != null) {
            sql.append(" and p.stage = :stage");
            parameters.put("stage", filter.stage().name());
        }
        if (filter.parkId() != null) {
            sql.append(" and (p.park_id = :parkId or p.sub_park_id = :parkId)");
            parameters.put("parkId", filter.parkId());
        }
        if (filter.team() != null) {
            sql.append(" and s.team = :team");
            parameters.put("team", filter.team());
        }
        if (filter.tier() != null) {
            sql.append(" and p.tier = :tier");
            parameters.put("tier", filter.tier().name());
        }
        if (filter.industry() != null) {
            // a catalog code counts its children too: SEI-04 takes in SEI-04.01
            sql.append(" and (p.industry_code = :industry or p.industry_code like :industryChildren escape '\\')");
            parameters.put("industry", filter.industry());
            parameters.put("industryChildren", filter.industry().replaceAll("([\\\\%_])", "\\\\$1") + ".%");
        }
    }

    private static void windowParameters(StatisticsRequest.Window window, Map<String, Object> parameters) {
        StatisticsRequest.Window previous = window.previousYear();
        parameters.put("first", window.from());
        parameters.put("last", window.to());
        parameters.put("fromAt", startOf(window.from()));
        parameters.put("untilAt", startOf(window.to().plusDays(1)));
        parameters.put("previousFirst", previous.from());
        parameters.put("previousLast", previous.to());
        parameters.put("previousFromAt", startOf(previous.from()));
        parameters.put("previousUntilAt", startOf(previous.to().plusDays(1)));
    }

    /** The instant a day begins in the zone (periods are counted in Asia/Shanghai). */
    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Project.ZONE_TIME).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private StatisticsView view(StatisticsRequest request, Map<List<String>, Tally[]> groups) {
        List<Map<String, String>> names = request.groupBy().stream().map(this::names).toList();
        Comparator<List<String>> byKey = (a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int order = Comparator.nullsLast(Comparator.<String>naturalOrder()).compare(a.get(i), b.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        };
        List<StatisticsView.Group> items = new ArrayList<>();
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey(byKey)).forEach(group -> {
            List<String> key = group.getKey();
            Tally[] tallies = group.getValue();
            Map<String, String> keys = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            for (int i = 0; i < key.size(); i++) {
                Dimension dimension = request.groupBy().get(i);
                String value = key.get(i);
                if (dimension == Dimension.PERIOD) {
                    LocalDate start = LocalDate.parse(value);
                    keys.put(dimension.code(), request.period().key(start));
                    labels.put(dimension.code(), request.period().label(start));
                } else {
                    keys.put(dimension.code(), value);
                    labels.put(dimension.code(), value == null ? null : names.get(i).get(value));
                }
            }
            Measures current = tallies[0].measures();
            Measures previous = request.window() == null ? null : tallies[1].measures();
            items.add(new StatisticsView.Group(keys, labels, current, previous,
                    previous == null ? null : Measures.Change.of(current, previous)));
        });
        StatisticsRequest.Window window = request.window();
        return new StatisticsView(request.groupBy().stream().map(Dimension::code).toList(),
                request.groupBy().contains(Dimension.PERIOD) ? request.period() : null,
                window == null ? null : window.from(), window == null ? null : window.to(),
                window == null ? null : window.previousYear().from(), window == null ? null : window.previousYear().to(),
                items);
    }

    /** The names of a dimension's keys: Chinese stage and tier names, the names of parks, teams and industries. */
    private Map<String, String> names(Dimension dimension) {
        Map<String, String> names = new HashMap<>();
        switch (dimension) {
            case STAGE -> Labels.STAGES.forEach((stage, label) -> names.put(stage.name(), label));
            case TIER -> Labels.TIERS.forEach((tier, label) -> names.put(tier.name(), label));
            case PARK -> pairs("select cast(id as text), name from park where zone = :zone", names);
            case TEAM -> pairs("select code, name from team where zone = :zone", names);
            case INDUSTRY -> pairs("select code, name_zh from industry", names);
            case PERIOD -> { }
        }
        return names;
    }

    private void pairs(String sql, Map<String, String> into) {
        Query query = entityManager.createNativeQuery(sql);
        if (sql.contains(":zone")) {
            query.setParameter("zone", caller.zone());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        rows.forEach(row -> into.put((String) row[0], (String) row[1]));
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }
}
