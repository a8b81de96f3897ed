package io.zhaoshang.leads.leadimport;

import io.quarkus.panache.common.Parameters;
import io.zhaoshang.leads.company.Company;
import io.zhaoshang.leads.lead.Lead;
import io.zhaoshang.leads.lead.LeadService;
import io.zhaoshang.leads.lead.LeadStatus;
import io.zhaoshang.leads.projects.Project;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The collisions of a chunk's rows, looked up in a few queries for the whole chunk instead of two
 * per row: every active lead and project that any of the chunk's companies could collide with
 * (same company, same USCC, same normalised name), matched in memory by the rules of
 * {@link LeadService#activeLeadOf} and {@link Project#activeOf}. The leads the chunk reports are
 * added as it goes ({@link #registered}), so that a row collides with an earlier row of its company.
 * The companies are locked for the chunk, so no other report of them slips in between.
 */
final class ChunkCollisions implements LeadService.Collisions {

    /** An active lead and what its company is matched by. */
    private record Holder(Lead lead, UUID companyId, String uscc, Set<String> nameKeys) {
    }

    /** Oldest first, as the single-report queries order them; the chunk's own leads come last. */
    private final List<Holder> leads;
    private final List<Project> projects;
    /** The name keys of the chunk's companies, worked out once (CompanyName is not cheap). */
    private final Map<UUID, List<String>> keysOf;

    private ChunkCollisions(List<Holder> leads, List<Project> projects, Map<UUID, List<String>> keysOf) {
        this.leads = leads;
        this.projects = projects;
        this.keysOf = keysOf;
    }

    /** The candidates of the chunk's companies: a few queries for the whole chunk. */
    static ChunkCollisions of(String zone, Collection<Company> companies) {
        List<String> usccs = companies.stream().map(company -> company.uscc).filter(Objects::nonNull).distinct()
                .toList();
        Map<UUID, List<String>> keysOf = companies.stream()
                .collect(Collectors.toMap(company -> company.id, LeadService::nameKeys));
        List<String> keys = keysOf.values().stream().flatMap(List::stream).distinct().toList();
        if (companies.isEmpty()) {
            return new ChunkCollisions(new ArrayList<>(), List.of(), keysOf);
        }
        return new ChunkCollisions(activeLeads(zone, companies, usccs, keys), activeProjects(zone, usccs, keys), keysOf);
    }

    /** Adds a lead the chunk reported for the company. */
    void registered(Lead lead, Company company) {
        leads.add(new Holder(lead, company.id, company.uscc, new HashSet<>(keysOf(company))));
    }

    /**
     * A lead of the same company, of a company with the same USCC, or, where either company has no
     * USCC, of a company with the same normalised name; the oldest.
     */
    @Override
    public Optional<Lead> activeLeadOf(Company company) {
        List<String> keys = keysOf(company);
        return leads.stream()
                .filter(held -> held.companyId().equals(company.id)
                        || company.uscc != null && company.uscc.equals(held.uscc())
                        || (company.uscc == null || held.uscc() == null) && keys.stream().anyMatch(held.nameKeys()::contains))
                .map(Holder::lead).findFirst();
    }

    /** A project with the same USCC, or, where either side has no USCC, the same normalised name; the oldest. */
    @Override
    public Optional<Project> activeProjectOf(Company company) {
        List<String> keys = keysOf(company);
        return projects.stream()
                .filter(project -> company.uscc != null && company.uscc.equals(project.companyUscc)
                        || (company.uscc == null || project.companyUscc == null) && keys.contains(project.companyNameKey))
                .findFirst();
    }

    private List<String> keysOf(Company company) {
        return keysOf.computeIfAbsent(company.id, id -> LeadService.nameKeys(company));
    }

    /**
     * The active leads of the companies, of the zone's companies with their USCCs and of those with
     * one of their name keys, with the USCC and name keys of each lead's company; oldest first. In
     * three steps, each found by index whatever the statistics say (one query joining them let
     * PostgreSQL scan every company of the zone): the candidate companies, their active leads
     * (lead_active_company), the name keys of the companies that have one.
     */
    private static List<Holder> activeLeads(String zone, Collection<Company> companies, List<String> usccs,
            List<String> keys) {
        // the chunk's companies are at hand; the others of the zone that share a USCC or a name key are looked up
        Map<UUID, String> usccOf = new HashMap<>();
        companies.forEach(company -> usccOf.put(company.id, company.uscc));
        List<String> others = new ArrayList<>();
        Parameters parameters = Parameters.with("zone", zone);
        if (!usccs.isEmpty()) {
            others.add("select c.id, c.uscc from Company c where c.zone = :zone and c.uscc in :usccs");
            parameters.and("usccs", usccs);
        }
        if (!keys.isEmpty()) {
            others.add("select c.id, c.uscc from Company c join c.nameKeys k where c.zone = :zone and k.normalised in :keys");
            parameters.and("keys", keys);
        }
        if (!others.isEmpty()) {
            TypedQuery<Object[]> query = Lead.getEntityManager().createQuery(String.join(" union ", others),
                    Object[].class);
            parameters.map().forEach(query::setParameter);
            query.getResultStream().forEach(row -> usccOf.put((UUID) row[0], (String) row[1]));
        }
        List<Lead> active = Lead.<Lead>find("zone = ?1 and status in ?2 and companyId in ?3 order by createdAt, id",
                zone, LeadStatus.ACTIVE, usccOf.keySet()).list();
        if (active.isEmpty()) {
            return new ArrayList<>();
        }
        Map<UUID, Set<String>> keysOf = new HashMap<>();
        Lead.getEntityManager().createQuery("select c.id, k.normalised from Company c join c.nameKeys k where c.id in :ids",
                        Object[].class)
                .setParameter("ids", active.stream().map(lead -> lead.companyId).distinct().toList())
                .getResultStream()
                .filter(row -> !((String) row[1]).isEmpty())
                .forEach(row -> keysOf.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((String) row[1]));
        List<Holder> holders = new ArrayList<>();
        for (Lead lead : active) {
            holders.add(new Holder(lead, lead.companyId, usccOf.get(lead.companyId),
                    keysOf.getOrDefault(lead.companyId, Set.of())));
        }
        return holders;
    }

    /** The active projects of the zone with one of the USCCs or name keys, oldest first. */
    private static List<Project> activeProjects(String zone, List<String> usccs, List<String> keys) {
        if (usccs.isEmpty() && keys.isEmpty()) {
            return List.of();
        }
        StringBuilder query = new StringBuilder("zone = :zone and stage <> :abandoned and (false");
        Parameters parameters = Parameters.with("zone", zone).and("abandoned", Project.ABANDONED);
        if (!usccs.isEmpty()) {
            query.append(" or companyUscc in :usccs");
            parameters.and("usccs", usccs);
        }
        if (!keys.isEmpty()) {
            query.append(" or companyNameKey in :keys");
            parameters.and("keys", keys);
        }
        return Project.<Project>find(query.append(") order by createdAt, id").toString(), parameters).list();
    }
}
