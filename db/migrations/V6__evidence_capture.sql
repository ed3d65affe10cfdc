-- Evidence fetched from the VMS for an event: what is still to fetch (a queue the capture worker
-- drains, retried with growing delay while the VMS is away or still recording), and the outcome.
CREATE TABLE vms.evidence_capture (
    event_id      bigint        PRIMARY KEY REFERENCES vms.event (id),
    state         varchar(16)   NOT NULL DEFAULT 'PENDING'
                                CHECK (state IN ('PENDING', 'DONE', 'FAILED', 'SKIPPED')),
    requested_at  timestamptz   NOT NULL DEFAULT now(),
    requested_by  varchar(100)  NOT NULL,
    available_at  timestamptz   NOT NULL DEFAULT now(),
    attempts      integer       NOT NULL DEFAULT 0,
    outcome       varchar(500),
    finished_at   timestamptz
);
CREATE INDEX evidence_capture_due ON vms.evidence_capture (available_at) WHERE state = 'PENDING';

-- When each piece was captured and by whom is on vms.evidence; the link says when it was tied to
-- this event (a file already stored for another event keeps its first capture time).
ALTER TABLE vms.event_evidence ADD COLUMN linked_at timestamptz NOT NULL DEFAULT now();
