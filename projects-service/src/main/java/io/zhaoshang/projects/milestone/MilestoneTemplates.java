package io.zhaoshang.projects.milestone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.zhaoshang.projects.project.Project;
import io.zhaoshang.projects.project.ProjectTier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The milestone templates: shipped as JSON in resources/milestones/, loaded into the database on
 * start-up. Loading is idempotent and a version once loaded is never rewritten (replicas starting
 * together insert it once); a project keeps the version it was planned from.
 */
@ApplicationScoped
public class MilestoneTemplates {

    /** The templates the service ships; a changed template is a new file with the next version. */
    static final List<String> SHIPPED = List.of("milestones/start-of-construction.v1.json",
            "milestones/small-project.v1.json");

    private static final Logger LOG = Logger.getLogger(MilestoneTemplates.class);

    private final ObjectMapper json;

    MilestoneTemplates(ObjectMapper json) {
        this.json = json;
    }

    @Transactional
    void load(@Observes StartupEvent started) {
        for (String resource : SHIPPED) {
            MilestoneTemplate template = read(resource);
            int inserted = Project.getEntityManager().createNativeQuery("""
                    insert into milestone_template (code, version, name, tiers, steps, loaded_at)
                    values (:code, :version, :name, cast(:tiers as jsonb), cast(:steps as jsonb), now())
                    on conflict (code, version) do nothing""")
                    .setParameter("code", template.code())
                    .setParameter("version", template.version())
                    .setParameter("name", template.name())
                    .setParameter("tiers", write(template.tiers()))
                    .setParameter("steps", write(template.steps()))
                    .executeUpdate();
            if (inserted > 0) {
                LOG.infof("milestone template %s v%d loaded: %d steps", template.code(), template.version(),
                        template.steps().size());
            }
        }
    }

    /** The newest template serving projects of {@code tier}, if any. */
    public Optional<MilestoneTemplate> newestFor(ProjectTier tier) {
        List<?> rows = Project.getEntityManager().createNativeQuery("""
                select code, version, name, steps::text from milestone_template
                where tiers @> cast(:tier as jsonb) order by version desc, code limit 1""")
                .setParameter("tier", write(List.of(tier)))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        try {
            MilestoneTemplate.Step[] steps = json.readValue((String) row[3], MilestoneTemplate.Step[].class);
            return Optional.of(new MilestoneTemplate((String) row[0], ((Number) row[1]).intValue(), (String) row[2],
                    null, List.of(tier), List.of(steps)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("milestone template " + row[0] + " v" + row[1] + " cannot be read", e);
        }
    }

    MilestoneTemplate read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("milestone template " + resource + " is not shipped");
            }
            return json.readValue(in, MilestoneTemplate.class);
        } catch (IOException e) {
            throw new UncheckedIOException("milestone template " + resource + " cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
