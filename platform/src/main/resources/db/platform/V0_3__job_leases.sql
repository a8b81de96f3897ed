-- Scheduled jobs that must run once per cluster, not once per replica, take a lease here before each
-- run (platform/job/OncePerCluster). The holder renews it at every run; when the holder stops or dies,
-- its lease runs out and another replica takes the job over.

create table job_lease (
    job         text        primary key,           -- the @Scheduled identity
    holder      text        not null,              -- host/pid/random of the replica holding it
    expires_at  timestamptz not null,
    taken_at    timestamptz not null default now()
);
