package io.zhaoshang.parks.industry;

import io.quarkus.panache.common.Sort;
import io.zhaoshang.platform.event.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Reads the current industry catalog, and publishes each version of it once. The entries of a
 * version never change (a change is a new version), so a version read once is kept.
 */
@ApplicationScoped
public class IndustryCatalogService {

    // The update takes the version's row lock: of two replicas starting together, the second
    // waits for the first to commit and then finds the version published.
    private static final String CLAIM_PUBLICATION = """
            update industry_catalog set published_at = now()
            where version = :version and published_at is null""";

    private final Outbox outbox;
    private volatile IndustryCatalog cached;

    IndustryCatalogService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The newest version of the catalog. */
    public IndustryCatalog current() {
        int version = ((Number) Industry.getEntityManager()
                .createNativeQuery("select max(version) from industry_catalog")
                .getSingleResult()).intValue();
        IndustryCatalog catalog = cached;
        if (catalog == null || catalog.version() != version) {
            catalog = new IndustryCatalog(version,
                    Industry.<Industry>listAll(Sort.by("code")).stream().map(Industry::entry).toList());
            cached = catalog;
        }
        return catalog;
    }

    /**
     * Puts {@code zhaoshang.industry-catalog.published.v1} with the current version in the outbox,
     * unless that version was published before. Returns whether it did.
     */
    @Transactional
    public boolean publishIfNew() {
        IndustryCatalog catalog = current();
        int claimed = Industry.getEntityManager().createNativeQuery(CLAIM_PUBLICATION)
                .setParameter("version", catalog.version())
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        outbox.append(IndustryEvents.AGGREGATE, IndustryEvents.AGGREGATE_ID, IndustryEvents.PUBLISHED,
                IndustryEvents.CatalogData.of(catalog));
        return true;
    }
}
