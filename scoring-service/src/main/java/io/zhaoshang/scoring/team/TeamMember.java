package io.zhaoshang.scoring.team;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person of a team, known by the subject of their token so that their requests can be matched to the team. */
@Embeddable
public class TeamMember {

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamRole role;

    static TeamMember of(MemberRequest request) {
        TeamMember member = new TeamMember();
        member.subject = request.subject().strip();
        member.name = request.name().strip();
        member.role = request.role();
        return member;
    }
}
