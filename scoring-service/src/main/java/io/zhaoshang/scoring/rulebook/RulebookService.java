package io.zhaoshang.scoring.rulebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Parameters;
import io.zhaoshang.platform.event.Outbox;
import io.zhaoshang.platform.problem.ProblemException;
import io.zhaoshang.platform.web.ETags;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import io.zhaoshang.scoring.period.PeriodState;
import io.zhaoshang.scoring.period.ZoneTimeZones;
import io.zhaoshang.scoring.team.TeamRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Publishes and reads the versions of the caller's zone's rulebook. A version is refused whole,
 * changing nothing, when it breaks the schema or would take effect inside a closed period (closed
 * periods never change).
 */
@ApplicationScoped
public class RulebookService {

    static final String DEFAULT_SUBJECT = "system:default-rulebook";
    static final String DEFAULT_RESOURCE = "rulebook/default-rulebook.json";

    private final Outbox outbox;
    private final Caller caller;
    private final ObjectMapper json;
    private final ZoneTimeZones timeZones;
    private final RulebookSchema schema = new RulebookSchema();
    private final Event<NewRulebookVersion> published;

    RulebookService(Outbox outbox, Caller caller, ObjectMapper json, ZoneTimeZones timeZones,
            Event<NewRulebookVersion> published) {
        this.outbox = outbox;
        this.published = published;
        this.caller = caller;
        this.json = json;
        this.timeZones = timeZones;
    }

    @Transactional
    /**
     * Publishes the next version; {@code ifMatch} (optional) names the version the edit started
     * from, so that of two administrators editing the same version only the first publishes and the
     * second gets a 412 instead of silently replacing the first's rules.
     */
    public Rulebook publish(JsonNode document, String ifMatch) {
        return publish(caller.zone(), document, caller.subject(), ifMatch);
    }

    /**
     * The first team of a zone brings the zone the default rulebook, effective from 1 January of
     * the current year, so that its first facts score; the administrators publish their own later.
     */
    void onTeamRegistered(@Observes TeamRegistered registered) {
        if (Rulebook.count("zone", registered.zone()) == 0) {
            ObjectNode document = (ObjectNode) read(DEFAULT_RESOURCE);
            LocalDate today = LocalDate.now(timeZones.of(registered.zone()));
            document.put("effectiveFrom", today.withDayOfYear(1).toString());
            publish(registered.zone(), document, DEFAULT_SUBJECT, null);
        }
    }

    private Rulebook publish(String zone, JsonNode document, String subject, String ifMatch) {
        List<RulebookSchema.Violation> violations = schema.violations(document.toString());
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        LocalDate effectiveFrom = effectiveFrom(document);
        PeriodState.closedEndingAfter(zone, effectiveFrom.atStartOfDay(timeZones.of(zone)).toInstant())
                .ifPresent(closed -> {
                    throw ProblemException.unprocessable("rulebook-effective-in-closed-period", effectiveFrom,
                            closed.kind.name(), closed.key)
                            .withError("/effectiveFrom", "rulebook-effective-in-closed-period", effectiveFrom,
                                    closed.kind.name(), closed.key);
                });
        // one version number at a time per zone
        Rulebook.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "rulebook:" + zone).getSingleResult();
        int latest = Rulebook.latestVersion(zone);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, latest);
        }
        Rulebook rulebook = new Rulebook();
        rulebook.zone = zone;
        rulebook.version = latest + 1;
        rulebook.title = document.get("title").asText().strip();
        rulebook.effectiveFrom = effectiveFrom;
        rulebook.document = document;
        rulebook.createdBy = subject;
        rulebook.persistAndFlush();
        outbox.append(RulebookEvents.AGGREGATE, zone, RulebookEvents.PUBLISHED,
                RulebookEvents.RulebookPublished.of(rulebook));
        published.fire(new NewRulebookVersion(zone, rulebook.version, rulebook.effectiveFrom));
        return rulebook;
    }

    public Rulebook get(int version) {
        return Rulebook.find(caller.zone(), version).orElseThrow(() -> ProblemException.notFound("rulebook", version));
    }

    public Rulebook effectiveOn(LocalDate day) {
        return Rulebook.effectiveOn(caller.zone(), day)
                .orElseThrow(() -> new ProblemException(404, "no-effective-rulebook", day));
    }

    /** The day a rulebook request means by {@code at}: today in the zone when absent, 400 when it is no date. */
    public LocalDate day(String at) {
        if (at == null || at.isBlank()) {
            return LocalDate.now(timeZones.of(caller.zone()));
        }
        try {
            return LocalDate.parse(at.strip());
        } catch (DateTimeParseException notADate) {
            throw ProblemException.badRequest("invalid-date", "at", at).withError("at", "invalid-date", "at", at);
        }
    }

    public Page<Rulebook> list(PageRequest page) {
        UUID after = page.cursor().map(Cursor::id).orElse(new UUID(0, 0));
        List<Rulebook> rows = Rulebook.<Rulebook>find("zone = :zone and id > :after order by id",
                        Parameters.with("zone", caller.zone()).and("after", after))
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, rulebook -> Cursor.of("", rulebook.id));
    }

    private static LocalDate effectiveFrom(JsonNode document) {
        try {
            return LocalDate.parse(document.get("effectiveFrom").asText());
        } catch (DateTimeParseException notADay) { // the schema's date format lets no such date through; in case
            throw invalid(List.of(new RulebookSchema.Violation("/effectiveFrom", "format", List.of("date"))));
        }
    }

    private static ProblemException invalid(List<RulebookSchema.Violation> violations) {
        ProblemException problem = ProblemException.unprocessable("rulebook-invalid", violations.size());
        for (RulebookSchema.Violation violation : violations) {
            problem.withError(violation.pointer(), "schema." + violation.keyword(), violation.arguments().toArray());
        }
        return problem;
    }

    private JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
