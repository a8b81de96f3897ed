package io.zhaoshang.projects.project;

import io.zhaoshang.platform.persistence.Aggregate;
import io.zhaoshang.platform.value.Money;
import io.zhaoshang.platform.value.Uscc;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An investment project (招商项目) of one zone, owned by one team, from negotiation to production. */
@Entity
@Table(name = "project")
public class Project extends Aggregate {

    @Column(nullable = false, updatable = false)
    public String zone;

    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "company_name", nullable = false)
    public String companyName;

    @Column(name = "company_uscc")
    public String companyUscc;

    @Column(name = "industry_code", nullable = false)
    public String industryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "chain_role", nullable = false)
    public ChainRole chainRole;

    @Column(name = "park_id")
    public UUID parkId;

    @Column(name = "owner_team", nullable = false)
    public String ownerTeam;

    @Column(name = "total_investment_amount", nullable = false, precision = 20, scale = 2)
    BigDecimal totalInvestmentAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "total_investment_currency", nullable = false, length = 3)
    String totalInvestmentCurrency;

    /** The amount in CNY, equal to the amount for CNY, so that statistics sum one column. */
    @Column(name = "total_investment_cny_equivalent", nullable = false, precision = 20, scale = 2)
    BigDecimal totalInvestmentCnyEquivalent;

    @Column(name = "foreign_investment", nullable = false)
    public boolean foreignInvestment;

    @Column(name = "land_mu", precision = 12, scale = 2)
    public BigDecimal landMu;

    @Column(name = "expected_jobs")
    public Integer expectedJobs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectTier tier;

    /** A new project: negotiation has just started (在谈). */
    static Project negotiating(String zone, String code, String ownerTeam, ProjectRequest request) {
        Project project = new Project();
        project.zone = zone;
        project.code = code;
        project.ownerTeam = ownerTeam;
        project.name = request.name().strip();
        project.companyName = request.companyName().strip();
        project.companyUscc = Uscc.normalize(request.companyUscc());
        project.industryCode = request.industryCode();
        project.chainRole = request.chainRole();
        project.parkId = request.parkId();
        project.foreignInvestment = request.foreignInvestment();
        project.landMu = request.landMu();
        project.expectedJobs = request.expectedJobs();
        project.stage = ProjectStage.NEGOTIATING;
        project.invest(request.totalInvestment());
        return project;
    }

    public Money totalInvestment() {
        return Money.CNY.equals(totalInvestmentCurrency)
                ? Money.cny(totalInvestmentAmount)
                : Money.of(totalInvestmentAmount, totalInvestmentCurrency, totalInvestmentCnyEquivalent);
    }

    /** Sets the total investment and the tier that follows from it. */
    private void invest(Money money) {
        totalInvestmentAmount = money.amount();
        totalInvestmentCurrency = money.currency();
        totalInvestmentCnyEquivalent = money.inCny();
        tier = ProjectTier.of(money);
    }
}
