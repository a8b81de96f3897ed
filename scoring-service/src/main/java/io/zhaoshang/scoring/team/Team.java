package io.zhaoshang.scoring.team;

import io.zhaoshang.platform.persistence.Aggregate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An investment-promotion team (招商队伍) of one zone, competing for points in its rankings. */
@Entity
@Table(name = "team")
public class Team extends Aggregate {

    /** The zone the team belongs to: every read and change is scoped to it. */
    @Column(nullable = false, updatable = false)
    public String zone;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamStatus status;

    /** A change of the members is a change of the team: a new version and a team.changed event. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @OrderBy("subject")
    public List<TeamMember> members = new ArrayList<>();

    /** A new team of the zone, ACTIVE until the rankings say otherwise. */
    static Team register(String zone, TeamRequest request) {
        Team team = new Team();
        team.zone = zone;
        team.code = request.code();
        team.status = TeamStatus.ACTIVE;
        team.apply(request);
        return team;
    }

    /** Takes the stated name and kind; the code and the status are not the requester's to set. */
    void apply(TeamRequest request) {
        name = request.name().strip();
        kind = request.kind();
    }

    Optional<TeamMember> member(String subject) {
        return members.stream().filter(member -> member.subject.equals(subject)).findFirst();
    }

    public static Optional<Team> findByCode(String zone, String code) {
        return find("zone = ?1 and code = ?2", zone, code).firstResultOptional();
    }
}
