package io.zhaoshang.projects.project;

import io.zhaoshang.platform.persistence.Aggregate;
import io.zhaoshang.platform.value.Money;
import io.zhaoshang.platform.value.Uscc;
import io.zhaoshang.projects.land.LandUse;
import io.zhaoshang.projects.land.ProjectLand;
import io.zhaoshang.projects.stage.AgreementType;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
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

    /** The lead (线索) the project was converted from; null for a project created directly. */
    @Column(name = "lead_id", updatable = false)
    public UUID leadId;

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

    /** The sub-park (园中园) of the park, if the project settles in one. */
    @Column(name = "sub_park_id")
    public UUID subParkId;

    @Column(name = "owner_team", nullable = false)
    public String ownerTeam;

    /** Team code to whole percent of the credit, adding up to 100, in code order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "team_shares", nullable = false)
    public Map<String, Integer> teamShares;

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

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "fixed_asset_investment_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "fixed_asset_investment_currency"))
    @AttributeOverride(name = "cny", column = @Column(name = "fixed_asset_investment_cny"))
    StoredMoney fixedAssetInvestment;

    @Enumerated(EnumType.STRING)
    @Column(name = "land_use")
    public LandUse landUse;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "expected_output_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "expected_output_currency"))
    @AttributeOverride(name = "cny", column = @Column(name = "expected_output_cny"))
    StoredMoney expectedAnnualOutput;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "expected_tax_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "expected_tax_currency"))
    @AttributeOverride(name = "cny", column = @Column(name = "expected_tax_cny"))
    StoredMoney expectedAnnualTax;

    @Column(name = "expected_jobs")
    public Integer expectedJobs;

    /** 委派专员: who serves the project day to day. */
    public String commissioner;

    /** 包保领导: the leader answerable for the project. */
    @Column(name = "responsible_leader")
    public String responsibleLeader;

    @Column(name = "planned_start_date")
    public LocalDate plannedStartDate;

    @Column(name = "planned_completion_date")
    public LocalDate plannedCompletionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectTier tier;

    /** The day the project entered its stage, in the zone. */
    @Column(name = "stage_since", nullable = false)
    public LocalDate stageSince;

    /** While ON_HOLD: the stage it resumes to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "stage_before_hold")
    public ProjectStage stageBeforeHold;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type")
    public AgreementType agreementType;

    @Column(name = "agreement_number")
    public String agreementNumber;

    @Column(name = "agreement_date")
    public LocalDate agreementDate;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "signed_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "signed_currency"))
    @AttributeOverride(name = "cny", column = @Column(name = "signed_cny_equivalent"))
    StoredMoney signedAmount;

    @Embedded
    public ProjectLand land = new ProjectLand();

    /** Capital arrived so far (到资), in CNY: the sum of the project's capital arrivals. */
    @Column(name = "capital_arrived_cny", nullable = false, precision = 20, scale = 2)
    BigDecimal capitalArrivedCny = BigDecimal.ZERO.setScale(2);

    /**
     * When the project last progressed (推进): created, moved a stage, a milestone progressed, capital
     * arrived, updated, land reserved or allocated. Outside the version, so that a department reporting a
     * milestone does not stale the ETag the team holds of the project.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "last_progress_at", nullable = false)
    public Instant lastProgressAt;

    /** Days (a stage's start, an agreement) are counted where the zones are. */
    public static final ZoneId ZONE_TIME = ProjectCode.YEAR_ZONE;

    /** A new project: negotiation has just started (在谈). */
    static Project negotiating(String zone, String code, String ownerTeam, Map<String, Integer> teamShares,
            LocalDate today, ProjectRequest request, UUID leadId) {
        Project project = new Project();
        project.zone = zone;
        project.leadId = leadId;
        project.code = code;
        project.ownerTeam = ownerTeam;
        project.teamShares = teamShares;
        project.name = request.name().strip();
        project.companyName = request.companyName().strip();
        project.companyUscc = Uscc.normalize(request.companyUscc());
        project.industryCode = request.industryCode();
        project.chainRole = request.chainRole();
        project.parkId = request.parkId();
        project.subParkId = request.subParkId();
        project.foreignInvestment = request.foreignInvestment();
        project.landMu = request.landMu();
        project.landUse = landUse(request.landMu(), request.landUse());
        project.expectedJobs = request.expectedJobs();
        project.fixedAssetInvestment = StoredMoney.of(request.fixedAssetInvestment());
        project.expectedAnnualOutput = StoredMoney.of(request.expectedAnnualOutput());
        project.expectedAnnualTax = StoredMoney.of(request.expectedAnnualTax());
        project.commissioner = strip(request.commissioner());
        project.responsibleLeader = strip(request.responsibleLeader());
        project.plannedStartDate = request.plannedStartDate();
        project.plannedCompletionDate = request.plannedCompletionDate();
        project.stage = ProjectStage.NEGOTIATING;
        project.stageSince = today;
        project.invest(request.totalInvestment());
        return project;
    }

    /** Takes the editable fields of an update (the caller checked them); the tier follows the total investment. */
    void update(ProjectUpdateRequest request) {
        name = request.name().strip();
        parkId = request.parkId();
        subParkId = request.subParkId();
        landMu = request.landMu();
        landUse = landUse(request.landMu(), request.landUse());
        fixedAssetInvestment = StoredMoney.of(request.fixedAssetInvestment());
        expectedAnnualOutput = StoredMoney.of(request.expectedAnnualOutput());
        expectedAnnualTax = StoredMoney.of(request.expectedAnnualTax());
        expectedJobs = request.expectedJobs();
        commissioner = strip(request.commissioner());
        responsibleLeader = strip(request.responsibleLeader());
        plannedStartDate = request.plannedStartDate();
        plannedCompletionDate = request.plannedCompletionDate();
        invest(request.totalInvestment());
    }

    /** Whether the update moves the land need or where it is asked (its park or sub-park). */
    boolean landChangedBy(ProjectUpdateRequest request) {
        return !Objects.equals(parkId, request.parkId()) || !Objects.equals(subParkId, request.subParkId())
                || !sameMu(landMu, request.landMu()) || landUse != landUse(request.landMu(), request.landUse());
    }

    private static boolean sameMu(BigDecimal mu, BigDecimal other) {
        return mu == null ? other == null : other != null && mu.compareTo(other) == 0;
    }

    /** A land need without its use is INDUSTRIAL (the zones' usual case). */
    private static LandUse landUse(BigDecimal mu, LandUse use) {
        return mu == null ? use : use == null ? LandUse.INDUSTRIAL : use;
    }

    /**
     * A project of the zone's past, created NEGOTIATING at {@code createdAt} with the next code of that year:
     * for the seed, which writes history from before the system under system rights (the request's teams,
     * park and industry are taken as they are, not checked against the read models).
     */
    public static Project historic(String zone, ProjectRequest request, Instant createdAt) {
        return negotiating(zone, ProjectCode.of(createdAt, ProjectCode.nextNumber()), request.ownerTeam(),
                TeamShares.of(request.ownerTeam(), request.teamShares()), LocalDate.ofInstant(createdAt, ZONE_TIME),
                request, null);
    }

    public Money fixedAssetInvestment() {
        return StoredMoney.money(fixedAssetInvestment);
    }

    public Money expectedAnnualOutput() {
        return StoredMoney.money(expectedAnnualOutput);
    }

    public Money expectedAnnualTax() {
        return StoredMoney.money(expectedAnnualTax);
    }

    /** The amount of the agreement the project was signed on; null before signing. */
    public Money signedAmount() {
        return StoredMoney.money(signedAmount);
    }

    /** Capital arrived so far (到资), in CNY. */
    public Money capitalArrived() {
        return Money.cny(capitalArrivedCny);
    }

    /** Records that the project progressed (what counts is listed at {@link #lastProgressAt}). */
    public void progressed(Instant at) {
        lastProgressAt = at;
    }

    /** Adds an instalment of capital (到资), in CNY, to what arrived so far. */
    public void capitalArrives(BigDecimal cny) {
        capitalArrivedCny = capitalArrivedCny.add(cny);
    }

    /** Whether the project needs land from the zone's land pool (供地). */
    public boolean needsLand() {
        return landMu != null;
    }

    /** The park land is asked of: the sub-park if the project settles in one, else the park. */
    public UUID landParkId() {
        return subParkId != null ? subParkId : parkId;
    }

    /** The day the project came to exist, in the zone: no stage change or agreement can be older. */
    public LocalDate createdOn() {
        return createdAt.atZone(ZONE_TIME).toLocalDate();
    }

    /** Records the agreement a signing rests on (签约). */
    public void sign(AgreementType type, String number, LocalDate date, Money amount) {
        agreementType = type;
        agreementNumber = number;
        agreementDate = date;
        signedAmount = StoredMoney.of(amount);
    }

    /** Moves to {@code next} as of {@code date}, remembering where a hold resumes to. */
    public void enter(ProjectStage next, LocalDate date) {
        stageBeforeHold = next == ProjectStage.ON_HOLD ? stage : null;
        stage = next;
        stageSince = date;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
