package io.zhaoshang.parks.industry;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Announces a new catalog version when the service starts after the migration that brought it,
 * so that leads and projects learn the codes without calling this service.
 */
@ApplicationScoped
class IndustryCatalogPublisher {

    private static final Logger LOG = Logger.getLogger(IndustryCatalogPublisher.class);

    private final IndustryCatalogService catalogs;

    IndustryCatalogPublisher(IndustryCatalogService catalogs) {
        this.catalogs = catalogs;
    }

    void onStart(@Observes StartupEvent start) {
        if (catalogs.publishIfNew()) {
            LOG.infof("Industry catalog version %d published", catalogs.current().version());
        }
    }
}
