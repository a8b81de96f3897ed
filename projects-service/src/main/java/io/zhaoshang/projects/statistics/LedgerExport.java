package io.zhaoshang.projects.statistics;

import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectService;
import io.zhaoshang.projects.project.ProjectStage;
import io.zhaoshang.projects.project.ProjectTier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The ledger (项目台账) as CSV: every project the caller may see, one row each, streamed from a
 * database cursor so that a zone of any size is written in constant memory. UTF-8 with a byte order
 * mark (so that Excel, which most offices open it with, reads the Chinese), RFC 4180 quoting.
 */
@ApplicationScoped
public class LedgerExport {

    public static final String TEXT_CSV = "text/csv; charset=UTF-8";

    /** Rows fetched from the cursor at a time: memory stays at about this many rows. */
    static final int FETCH_SIZE = 500;

    static final String[] HEADER = {"项目编号", "项目名称", "企业名称", "统一社会信用代码", "所属队伍", "队伍名称",
        "业绩分成", "园区", "园中园", "产业代码", "产业", "规模", "阶段", "阶段代码", "进入阶段日期", "总投资（元）",
        "固定资产投资（元）", "签约金额（元）", "到资（元）", "协议类型", "协议编号", "签约日期", "入库日期", "计划开工日期",
        "计划竣工日期", "委派专员", "包保领导", "外资", "用地（亩）", "未解除预警数"};

    private static final String SELECT = """
            select p.code, p.name, p.company_name, p.company_uscc, p.owner_team, t.name,
              (select string_agg(s.key || ' ' || s.value || '%', '; ' order by s.key) from jsonb_each_text(p.team_shares) s),
              park.name, sub_park.name, p.industry_code, i.name_zh, p.tier, p.stage, p.stage, p.stage_since,
              p.total_investment_cny_equivalent, p.fixed_asset_investment_cny, p.signed_cny_equivalent,
              p.capital_arrived_cny, p.agreement_type, p.agreement_number, p.agreement_date,
              (p.created_at at time zone 'Asia/Shanghai')::date, p.planned_start_date, p.planned_completion_date,
              p.commissioner, p.responsible_leader, p.foreign_investment, p.land_mu,
              (select count(*) from warning w where w.project_id = p.id and w.resolved_at is null)
            from project p
            left join team t on t.zone = p.zone and t.code = p.owner_team
            left join park on park.id = p.park_id
            left join park sub_park on sub_park.id = p.sub_park_id
            left join industry i on i.code = p.industry_code
            where p.zone = ?""";

    private final DataSource dataSource;
    private final Caller caller;
    private final ProjectService projects;

    LedgerExport(DataSource dataSource, Caller caller, ProjectService projects) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.projects = projects;
    }

    /**
     * The CSV of the projects the JSON list would page through with the same filters, in the same
     * order (by id). The caller's zone and team are read now, while the request is being answered.
     */
    public StreamingOutput csv(ProjectStage stage, ProjectTier tier, String ownerTeam) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> parameters = new ArrayList<>(List.of(caller.zone()));
        Optional<String> visibleTeam = projects.visibleTeam();
        visibleTeam.ifPresent(team -> condition(sql, parameters, " and p.owner_team = ?", team));
        if (stage != null) {
            condition(sql, parameters, " and p.stage = ?", stage.name());
        }
        if (tier != null) {
            condition(sql, parameters, " and p.tier = ?", tier.name());
        }
        if (ownerTeam != null) {
            condition(sql, parameters, " and p.owner_team = ?", ownerTeam);
        }
        sql.append(" order by p.id");
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
                stream(sql.toString(), parameters, printer);
            }
        };
    }

    /** ledger-<zone>-<day in the zone>.csv */
    public String fileName() {
        return "ledger-%s-%s.csv".formatted(caller.zone(), LocalDate.now(Project.ZONE_TIME));
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        sql.append(condition);
        parameters.add(value);
    }

    private void stream(String sql, List<Object> parameters, CSVPrinter printer) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL reads with a cursor (fetch size honoured) only inside a transaction
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        printer.printRecord(row(rows));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            // the header is already sent: the client sees a cut-off file, the log says why
            throw new UncheckedIOException(new IOException("ledger export failed", e));
        }
    }

    private static List<Object> row(ResultSet rows) throws SQLException {
        List<Object> values = new ArrayList<>(HEADER.length);
        for (int column = 1; column <= HEADER.length; column++) {
            Object value = rows.getObject(column);
            values.add(switch (column) {
                case 12 -> value == null ? null : Labels.TIERS.get(ProjectTier.valueOf((String) value));
                case 13 -> value == null ? null : Labels.STAGES.get(ProjectStage.valueOf((String) value));
                case 20 -> value == null ? null : "INVESTMENT".equals(value) ? "投资协议" : "框架协议";
                case 28 -> Boolean.TRUE.equals(value) ? "是" : "否";
                default -> value instanceof BigDecimal decimal ? decimal.toPlainString() : value;
            });
        }
        return values;
    }
}
