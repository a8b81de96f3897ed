package io.zhaoshang.scoring.fact;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.platform.event.IncomingEvent;
import io.zhaoshang.platform.event.PoisonEventException;
import io.zhaoshang.platform.security.Caller;
import io.zhaoshang.platform.web.Cursor;
import io.zhaoshang.platform.web.Page;
import io.zhaoshang.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Keeps every consumed lead and project event as a fact, and shows a zone its own. */
@ApplicationScoped
public class FactService {

    private final Caller caller;
    private final Event<FactRecorded> recorded;

    FactService(Caller caller, Event<FactRecorded> recorded) {
        this.caller = caller;
        this.recorded = recorded;
    }

    /**
     * The effect of consuming an event; runs in the transaction that records it in the inbox. An
     * event no period can hold (no time, data that is not an object) is poison.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(IncomingEvent event) {
        if (event.time() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no ce_time: a fact needs a period", null);
        }
        if (!event.data().isObject()) {
            throw new PoisonEventException("data of " + event.type() + " " + event.id() + " is not a JSON object", null);
        }
        // Facts and entries are written at commit, in JDBC batches (statement-batch-size): with the default
        // AUTO, the inbox's native insert of every next event flushed this one's rows one by one. The few
        // queries that must see this transaction's rows ask for AUTO themselves (Ledger).
        Fact.getEntityManager().unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
        Fact fact = new Fact();
        fact.eventId = event.id();
        fact.eventType = event.type();
        fact.source = event.source();
        fact.subject = event.subject();
        fact.occurredAt = event.time().toInstant();
        fact.zone = event.data().path("zone").isTextual() ? event.data().get("zone").asText() : null;
        fact.data = event.data();
        fact.persist();
        // the ledger books it here, in this transaction: a redelivered event is neither a second fact nor scored twice
        recorded.fire(new FactRecorded(fact));
    }

    public Page<Fact> list(PageRequest page, String type) {
        UUID after = page.cursor().map(Cursor::id).orElse(new UUID(0, 0));
        List<Fact> rows = Fact.<Fact>find("""
                zone = :zone and id > :after and (:type is null or eventType = :type)
                order by id""",
                Parameters.with("zone", caller.zone()).and("after", after).and("type", type))
                .page(0, page.fetchSize())
                .list();
        return Page.of(rows, page, fact -> Cursor.of("", fact.id));
    }
}
