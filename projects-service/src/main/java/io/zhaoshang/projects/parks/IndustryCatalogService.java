package io.zhaoshang.projects.parks;

import io.quarkus.panache.common.Sort;
import io.zhaoshang.platform.event.IncomingEvent;
import io.zhaoshang.platform.event.PoisonEventException;
import io.zhaoshang.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Projects' copy of the industry catalog. parks-service publishes every version whole; the newest
 * version wins and replaces the copy, an older one arriving late changes nothing. Until the first
 * version has arrived no industry code can be checked: 503 {@code industry-catalog-unavailable}.
 */
@ApplicationScoped
public class IndustryCatalogService {

    public static final String PUBLISHED = "zhaoshang.industry-catalog.published.v1";

    /** Seconds a client is told to wait for the catalog: parks publishes it when it starts. */
    static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger LOG = Logger.getLogger(IndustryCatalogService.class);

    // The upsert takes the row's lock, so of two versions handled at once the second waits and then
    // compares against the first.
    private static final String TAKE_IF_NEWER = """
            insert into industry_catalog (version, received_at) values (:version, now())
            on conflict (singleton) do update set version = excluded.version, received_at = excluded.received_at
            where industry_catalog.version < excluded.version""";

    private volatile IndustryCatalog cached;

    /** The catalog every industry code is checked against; 503 {@code industry-catalog-unavailable} before the first arrived. */
    public IndustryCatalog require() {
        return current().orElseThrow(() -> new ProblemException(503, "industry-catalog-unavailable")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS));
    }

    /** The newest version that has arrived, if any. A version read once is kept: its entries never change. */
    public Optional<IndustryCatalog> current() {
        List<?> versions = Industry.getEntityManager().createNativeQuery("select version from industry_catalog")
                .getResultList();
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        int version = ((Number) versions.get(0)).intValue();
        IndustryCatalog catalog = cached;
        if (catalog == null || catalog.version() != version) {
            catalog = new IndustryCatalog(version,
                    Industry.<Industry>listAll(Sort.by("code")).stream().map(Industry::entry).toList());
            cached = catalog;
        }
        return Optional.of(catalog);
    }

    /** The effect of {@value #PUBLISHED}: the copy becomes this version unless it is as new already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void published(IncomingEvent event) {
        CatalogData data = event.dataAs(CatalogData.class);
        data.check(event);
        int taken = Industry.getEntityManager().createNativeQuery(TAKE_IF_NEWER)
                .setParameter("version", data.version())
                .executeUpdate();
        if (taken == 0) {
            LOG.infof("industry catalog version %d arrived late (event %s): the copy is newer and stays", data.version(),
                    event.id());
            return;
        }
        Industry.deleteAll();
        data.entries().forEach(entry -> Industry.of(entry).persist());
        LOG.infof("industry catalog version %d taken: %d industries", data.version(), data.entries().size());
    }

    /** The data of {@value #PUBLISHED} as projects reads it (fields it does not know are ignored). */
    record CatalogData(Integer version, List<IndustryEntry> entries) {

        /** A version without a number or entries can never be taken: it goes to the dead letters. */
        void check(IncomingEvent event) {
            boolean complete = version != null && version >= 1 && entries != null && !entries.isEmpty()
                    && entries.stream().allMatch(entry -> entry != null && entry.code() != null
                            && entry.nameZh() != null && entry.nameEn() != null)
                    && entries.stream().map(IndustryEntry::code).distinct().count() == entries.size();
            if (!complete) {
                throw new PoisonEventException(PUBLISHED + " " + event.id() + " has no version, no entries, an entry "
                        + "without code or names, or a code twice", null);
            }
        }
    }
}
