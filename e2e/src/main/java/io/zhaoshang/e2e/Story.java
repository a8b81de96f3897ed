package io.zhaoshang.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhaoshang.local.Tokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The whole story of one investment, told through the four services' HTTP APIs only, each step's
 * effect checked in the service that owns it: a park with a parcel, three teams, a lead, a second
 * team colliding on the same company (shared 70/30), follow-ups, conversion, the project created,
 * signed, approved with land reserved by parks, its milestones done, construction started (parcel
 * allocated), capital arrived, production, and the month's ranking with both teams' points.
 *
 * <p>Plays in a zone of its own, so it runs beside any other data. {@link #closeMonth} closes the
 * month and checks the frozen ranking and the warning of the last team; that needs scoring's clock
 * past the month's end (the test starts scoring with {@code zhaoshang.clock.offset}).
 */
public final class Story {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration EVENTUAL = Duration.ofSeconds(90);
    private static final String BIO_PHARMA = "SEI-04.01";
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Where the four services answer. */
    public record Services(String parks, String leads, String projects, String scoring) {
    }

    /** What the story left behind, for a test to look at further. */
    public record Outcome(String zone, String monthKey, String leadId, String projectId, String projectCode,
                          Map<String, String> teamIds, JsonNode leaderboard) {
    }

    private final Services services;
    private final Tokens tokens;
    private final String zone;
    private final Consumer<String> narrator;
    private final LocalDate today = LocalDate.now(SHANGHAI);

    private final Map<String, String> teamIds = new LinkedHashMap<>();
    private String parkId;
    private String parcelId;
    private String companyId;
    private String leadId;
    private String projectId;
    private String projectCode;

    public Story(Services services, Tokens tokens, String zone, Consumer<String> narrator) {
        this.services = services;
        this.tokens = tokens;
        this.zone = zone;
        this.narrator = narrator;
    }

    /** Plays the story up to the live ranking of the month; returns what it left behind. */
    public Outcome play() {
        registerParkAndTeams();
        reportLeadWithCollision();
        followUpAndConvert();
        signApproveAndReserveLand();
        passMilestonesAndStartConstruction();
        capitalAndProduction();
        String month = today.toString().substring(0, 7);
        JsonNode ranking = awaitRanking(month);
        return new Outcome(zone, month, leadId, projectId, projectCode, Map.copyOf(teamIds), ranking);
    }

    // -- 1. parks and teams -------------------------------------------------------------------------

    private void registerParkAndTeams() {
        say("1. 园区与队伍 / the park, its parcel and three teams");
        as("zone-admin", null, services.parks()).post("/api/v1/zones", Map.of("code", zone,
                "name", "济宁高新技术产业开发区（演示）", "city", "济宁市", "level", "NATIONAL")).expect(201);
        parkId = park().post("/api/v1/parks", Map.of("code", "BIO-PARK", "name", "生物医药产业园",
                "kind", "SPECIALIZED_PARK", "status", "ACTIVE", "areaMu", new BigDecimal("3200"),
                "leadingIndustries", List.of(BIO_PHARMA))).expect(201).text("/id");
        parcelId = park().post("/api/v1/parcels", Map.of("code", "G-2026-07", "name", "海川路地块",
                "parkId", parkId, "areaMu", new BigDecimal("56.25"), "landUse", "INDUSTRIAL",
                "status", "AVAILABLE", "location", "海川路以北、崇文大道以东")).expect(201).text("/id");
        check("parks: parcel G-2026-07 is AVAILABLE",
                park().get("/api/v1/parcels/" + parcelId).expect(200).text("/status"), "AVAILABLE");
        for (String[] team : new String[][] {{"TEAM-A", "招商一组"}, {"TEAM-B", "招商二组"}, {"TEAM-C", "招商三组"}}) {
            String id = admin(services.scoring()).post("/api/v1/teams", Map.of("code", team[0], "name", team[1],
                    "kind", "GOVERNMENT_SQUAD")).expect(201).text("/id");
            teamIds.put(team[0], id);
            check("scoring: team " + team[0] + " is ACTIVE",
                    admin(services.scoring()).get("/api/v1/teams/" + id).expect(200).text("/status"), "ACTIVE");
        }
    }

    // -- 2. the lead and the collision --------------------------------------------------------------

    private void reportLeadWithCollision() {
        say("2. 线索与撞单 / a lead, and a second team reporting the same company");
        companyId = admin(services.leads()).post("/api/v1/companies", Map.of("name", "山东华辰生物医药有限公司",
                "uscc", uscc("91370800MA3C2026"), "tags", List.of("HIGH_TECH_ENTERPRISE")))
                .expect(201).text("/id");
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("companyId", companyId);
        lead.put("title", "年产5000吨生物医药中间体项目");
        lead.put("industryCode", BIO_PHARMA);
        lead.put("chainRole", "FILL_CHAIN");
        lead.put("sourceChannel", "EXPO_EVENT");
        lead.put("sourceDetail", "2026 济宁产业推介会");
        lead.put("intendedInvestment", Map.of("amount", "1200000000", "currency", "CNY"));
        lead.put("landMu", new BigDecimal("50"));
        lead.put("expectedJobs", 300);
        lead.put("targetParkId", parkId);
        // leads learns the teams, the park and the industry catalog from events: it may not know them yet
        Api.Reply reported = await("leads: the lead of TEAM-A is registered", () -> {
            Api.Reply reply = member("TEAM-A", services.leads()).post("/api/v1/leads", lead);
            return reply.status() == 201 ? Optional.of(reply) : notYet(reply, 422, 503);
        });
        leadId = reported.text("/id");
        check("leads: the lead is TEAM-A's", reported.text("/ownerTeam"), "TEAM-A");
        check("leads: the lead is NEW", reported.text("/status"), "NEW");

        Api.Reply collision = await("leads: TEAM-B's report of the same company is a collision", () -> {
            Api.Reply reply = member("TEAM-B", services.leads()).post("/api/v1/leads", lead);
            return reply.status() == 409 ? Optional.of(reply) : notYet(reply, 422, 503);
        });
        check("leads: the collision names the first owner", collision.text("/ownerTeam"), "TEAM-A");
        check("leads: the collision names the existing lead", collision.text("/existingLeadId"), leadId);
        String collisionId = collision.text("/collisionId");
        admin(services.leads()).post("/api/v1/collisions/" + collisionId + "/adjudications",
                Map.of("decision", "SHARE", "shares", Map.of("TEAM-A", 70, "TEAM-B", 30))).expect(200);
        check("leads: the collision is adjudicated as a share",
                admin(services.leads()).get("/api/v1/collisions/" + collisionId).expect(200).text("/decision"),
                "SHARE");
    }

    // -- 3. follow-ups and conversion ---------------------------------------------------------------

    private void followUpAndConvert() {
        say("3. 跟进与转化 / follow-ups, assessment, conversion into a project");
        for (String kind : List.of("OUTBOUND_VISIT", "INBOUND_VISIT")) {
            member("TEAM-A", services.leads()).post("/api/v1/follow-ups", Map.of("leadIds", List.of(leadId),
                    "kind", kind, "date", today.toString(), "participants", List.of("张伟", "李娜（企业投资总监）"),
                    "summary", "洽谈华东生产基地选址，企业确认意向。", "nextStep", "实地考察园区地块。")).expect(201);
        }
        for (String status : List.of("CONTACTED", "ASSESSED")) {
            Api team = member("TEAM-A", services.leads());
            team.post("/api/v1/leads/" + leadId + "/status-changes", Map.of("status", status),
                    team.get("/api/v1/leads/" + leadId).expect(200).etag()).expect(200);
        }
        member("TEAM-A", services.leads()).post("/api/v1/leads/" + leadId + "/conversions", null).expect(202);
        JsonNode converted = await("leads: the lead is CONVERTED with its project", () -> {
            JsonNode lead = member("TEAM-A", services.leads()).get("/api/v1/leads/" + leadId).expect(200).body();
            return "CONVERTED".equals(lead.path("status").asText()) ? Optional.of(lead) : Optional.empty();
        });
        projectId = converted.at("/conversion/projectId").asText();
        JsonNode project = member("TEAM-A", services.projects()).get("/api/v1/projects/" + projectId).expect(200).body();
        projectCode = project.path("code").asText();
        check("projects: the project comes from the lead", project.path("leadId").asText(), leadId);
        check("projects: the project carries the adjudicated shares", project.path("teamShares").toString(),
                "{\"TEAM-A\":70,\"TEAM-B\":30}");
        check("projects: a 1.2 billion CNY project is MAJOR", project.path("tier").asText(), "MAJOR");
        check("projects: the project is NEGOTIATING", project.path("stage").asText(), "NEGOTIATING");
        if (!projectCode.matches("ZS-\\d{4}-\\d{6}")) {
            throw new StoryFailure("projects: code " + projectCode + " is not ZS-<year>-<sequence>");
        }
        say("   项目 " + projectCode + " 已建立 / project created");
    }

    // -- 4. signing, approval, land -----------------------------------------------------------------

    private void signApproveAndReserveLand() {
        say("4. 签约、审批与用地 / signing, approval, land reserved by parks");
        move(Map.of("to", "SIGNED", "date", today.toString(), "reason", "签约仪式",
                "documents", List.of(Map.of("name", "投资协议", "reference", "JNGX-2026-031")),
                "agreement", Map.of("type", "INVESTMENT", "number", "JNGX-2026-031", "date", today.toString(),
                        "signedAmount", Map.of("amount", "1150000000", "currency", "CNY"))));
        move(Map.of("to", "APPROVING", "date", today.toString()));
        JsonNode land = await("projects: parks' reservation is recorded on the project", () -> {
            JsonNode project = projectView();
            return "RESERVED".equals(project.at("/land/status").asText()) ? Optional.of(project.path("land"))
                    : Optional.empty();
        });
        JsonNode reservation = park().get("/api/v1/land-reservations/" + land.path("reservationId").asText())
                .expect(200).body();
        check("parks: the reservation is RESERVED", reservation.path("status").asText(), "RESERVED");
        check("parks: the parcel G-2026-07 is RESERVED",
                park().get("/api/v1/parcels/" + parcelId).expect(200).text("/status"), "RESERVED");
    }

    // -- 5. milestones and construction ---------------------------------------------------------------

    private void passMilestonesAndStartConstruction() {
        say("5. 关键环节与开工 / the milestones gating construction, then construction starts");
        passMilestones("UNDER_CONSTRUCTION");
        move(Map.of("to", "UNDER_CONSTRUCTION", "date", today.toString()));
        await("parks: the parcel is ALLOCATED (供地)", () -> {
            String status = park().get("/api/v1/parcels/" + parcelId).expect(200).text("/status");
            return "ALLOCATED".equals(status) ? Optional.of(status) : Optional.empty();
        });
    }

    /** Reports every open milestone gating the stage DONE, as the owner team would. */
    private void passMilestones(String stage) {
        Api team = member("TEAM-A", services.projects());
        String path = "/api/v1/projects/" + projectId + "/milestones";
        int done = 0;
        // in template order, so that each step's predecessors are done before it
        for (JsonNode milestone : team.get(path).expect(200).body().path("items")) {
            if (stage.equals(milestone.path("gates").asText())
                    && List.of("PENDING", "IN_PROGRESS").contains(milestone.path("status").asText())) {
                team.post(path + "/" + milestone.path("id").asText() + "/progress",
                        Map.of("status", "DONE", "date", today.toString()),
                        "\"" + milestone.path("version").asLong() + "\"").expect(200);
                done++;
            }
        }
        long open = 0;
        for (JsonNode milestone : team.get(path).expect(200).body().path("items")) {
            if (stage.equals(milestone.path("gates").asText()) && !"DONE".equals(milestone.path("status").asText())) {
                open++;
            }
        }
        check("projects: every milestone gating " + stage + " is DONE", open, 0L);
        say("   " + done + " 个关键环节已完成 / milestones gating " + stage + " done");
    }

    // -- 6. capital and production ------------------------------------------------------------------

    private void capitalAndProduction() {
        say("6. 到资与投产 / capital arrives, the plant is completed and produces");
        member("TEAM-A", services.projects()).post("/api/v1/projects/" + projectId + "/capital-arrivals",
                Map.of("date", today.toString(), "amount", Map.of("amount", "500000000", "currency", "CNY"),
                        "source", "企业自有资金")).expect(201);
        check("projects: 500 million CNY arrived",
                new BigDecimal(projectView().at("/capitalArrived/amount").asText()).compareTo(new BigDecimal("500000000")), 0);
        passMilestones("COMPLETED");
        move(Map.of("to", "COMPLETED", "date", today.toString()));
        move(Map.of("to", "IN_PRODUCTION", "date", today.toString()));
        check("projects: the project is IN_PRODUCTION", projectView().path("stage").asText(), "IN_PRODUCTION");
    }

    // -- 7. the ranking -----------------------------------------------------------------------------

    /** Points of each team when every fact of the story is booked (docs/scoring/rulebook.md). */
    public static final Map<String, BigDecimal> EXPECTED_POINTS = Map.of(
            // lead 1 + collision won 2 × 70% + outbound visit 2 + inbound visit 3
            // + converted 5 × 70% × 1.2 + signed (10 + 12 × 1 + 20) × 70% × 1.2 + approving 5 × 70% × 1.2
            // + construction (15 + 12 + 20) × 70% × 1.2 + production (20 + 12 × 0.5 + 10) × 70% × 1.2
            // + capital 5 × 2 × 70%
            // = 1 + 1.4 + 2 + 3 + 4.2 + 35.28 + 4.2 + 39.48 + 30.24 + 7
            "TEAM-A", new BigDecimal("127.80"),
            // collision 2 × 30% + converted 5 × 30% × 1.2 + signed 42 × 30% × 1.2 + approving 5 × 30% × 1.2
            // + construction 47 × 30% × 1.2 + production 36 × 30% × 1.2 + capital 10 × 30%
            // = 0.6 + 1.8 + 15.12 + 1.8 + 16.92 + 12.96 + 3
            "TEAM-B", new BigDecimal("52.20"),
            "TEAM-C", new BigDecimal("0.00"));

    private JsonNode awaitRanking(String month) {
        say("7. 龙虎榜 / the month's ranking once scoring has booked every fact");
        JsonNode board = await("scoring: the live ranking shows every team's expected points", () -> {
            JsonNode live = admin(services.scoring()).get("/api/v1/leaderboards?period=MONTH&key=" + month)
                    .expect(200).body();
            return pointsByTeam(live).equals(EXPECTED_POINTS) ? Optional.of(live) : Optional.empty();
        });
        for (JsonNode row : board.path("rows")) {
            say("   #" + row.path("rank").asInt() + " " + row.path("teamCode").asText() + " " + row.path("teamName").asText()
                    + " " + row.path("points").decimalValue().toPlainString() + " 分");
        }
        for (JsonNode entry : ledger("TEAM-A", month)) {
            say("     " + entry.path("explanationZh").asText());
        }
        return board;
    }

    /** Closes the month (scoring's clock must be past its end) and checks the frozen ranking and the warning. */
    public JsonNode closeMonth(String month) {
        say("8. 月度关账与末位预警 / the month closes; the last team is warned");
        admin(services.scoring()).post("/api/v1/periods/MONTH/" + month + "/closure", null).expect(201);
        JsonNode frozen = admin(services.scoring()).get("/api/v1/leaderboards?period=MONTH&key=" + month)
                .expect(200).body();
        check("scoring: the ranking is CLOSED", frozen.path("status").asText(), "CLOSED");
        check("scoring: the frozen points are the expected ones", pointsByTeam(frozen), EXPECTED_POINTS);
        List<String> order = new ArrayList<>();
        frozen.path("rows").forEach(row -> order.add(row.path("rank").asInt() + " " + row.path("teamCode").asText()
                + (row.path("lastPlace").asBoolean() ? " last" : "")));
        check("scoring: the order of the ranking", order, List.of("1 TEAM-A", "2 TEAM-B", "3 TEAM-C last"));
        String warned = await("scoring: TEAM-C, last of the month, is WARNED", () -> {
            String status = admin(services.scoring()).get("/api/v1/teams/" + teamIds.get("TEAM-C")).expect(200)
                    .text("/status");
            return "WARNED".equals(status) ? Optional.of(status) : Optional.empty();
        });
        say("   TEAM-C " + warned);
        return frozen;
    }

    /** The team's ledger entries of the month, with their explanations. */
    public List<JsonNode> ledger(String team, String month) {
        List<JsonNode> entries = new ArrayList<>();
        admin(services.scoring()).get("/api/v1/teams/" + teamIds.get(team) + "/ledger?period=MONTH&key=" + month
                + "&limit=200").expect(200).body().path("items").forEach(entries::add);
        return entries;
    }

    private static Map<String, BigDecimal> pointsByTeam(JsonNode board) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        board.path("rows").forEach(row -> points.put(row.path("teamCode").asText(),
                row.path("points").decimalValue().setScale(2)));
        return points;
    }

    // -- the calls --------------------------------------------------------------------------------

    private void move(Map<String, Object> transition) {
        Api team = member("TEAM-A", services.projects());
        String etag = team.get("/api/v1/projects/" + projectId).expect(200).etag();
        JsonNode project = team.post("/api/v1/projects/" + projectId + "/stage-transitions", transition, etag)
                .expect(200).body();
        check("projects: the project moved to " + transition.get("to"), project.path("stage").asText(),
                transition.get("to"));
        say("   → " + transition.get("to"));
    }

    private JsonNode projectView() {
        return member("TEAM-A", services.projects()).get("/api/v1/projects/" + projectId).expect(200).body();
    }

    private Api park() {
        return as("park-admin", null, services.parks());
    }

    private Api admin(String service) {
        return as("zone-admin", null, service);
    }

    private Api member(String team, String service) {
        return as("team-member", team, service);
    }

    private Api as(String role, String team, String baseUrl) {
        String subject = role + (team == null ? "" : "-" + team) + "-of-" + zone;
        return new Api(baseUrl, tokens.issue(subject, zone, team, role));
    }

    private void say(String line) {
        narrator.accept(line);
    }

    private static void check(String what, Object actual, Object expected) {
        if (!expected.equals(actual)) {
            throw new StoryFailure(what + ": expected " + expected + " but was " + actual);
        }
    }

    /** Not there yet if the answer is one of the statuses eventual consistency explains; else a failure. */
    private static <T> Optional<T> notYet(Api.Reply reply, int... waitable) {
        for (int status : waitable) {
            if (reply.status() == status) {
                return Optional.empty();
            }
        }
        throw new StoryFailure(reply.call() + " answered " + reply.status() + ": " + reply.body());
    }

    /** Asks until the answer is there: the services learn from each other by events, not at once. */
    private <T> T await(String what, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(EVENTUAL);
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                say("   ✓ " + what);
                return value.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StoryFailure(what + ": not so after " + EVENTUAL.toSeconds() + " s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoryFailure(what + ": interrupted");
            }
        }
    }

    /** A valid USCC (GB 32100-2015) from its first 17 characters, padded with zeros. */
    public static String uscc(String start) {
        StringBuilder code = new StringBuilder(start.replace("-", "").toUpperCase());
        while (code.length() < 17) {
            code.append('0');
        }
        code.setLength(17);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a USCC character: " + code.charAt(i));
            }
            sum += value * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.append(USCC_ALPHABET.charAt(check)).toString();
    }
}
