-- What the retention sources need of the owning modules' tables: keyset indexes for the purge's
-- lists (each in the order its source pages through: the instant retention counts from, then the
-- id), the mark of a case whose personal data and documents retention erased, and the queue of
-- VMS evidence locks for footage under a legal hold.

-- Plate reads by time: the purge's list reads the due ones in order instead of every event.
CREATE INDEX event_plate_read_time ON vms.event (occurred_at, id) WHERE event_type = 'PLATE_READ';
-- Quarantine entries by arrival.
CREATE INDEX quarantine_received ON vms.quarantine (received_at, id);
-- Evidence files by capture.
CREATE INDEX evidence_captured ON vms.evidence (captured_at, sha256);
-- The files of an event are found by the primary key (event_id, sha256); the events of a file
-- were not: deleting a file, or asking whether another event still uses it, read the whole table.
CREATE INDEX event_evidence_file ON vms.event_evidence (sha256);

-- A closed or rejected case whose retention ran out is erased, not removed: its plates, the owner
-- the population database named, its notice documents, its appeal's grounds and documents and the
-- reasons on its timeline go; its number, camera, dates, violation, fine and state stay, so the
-- statistics reported to the Provincial People's Committee, the camera's false-detection rate, the
-- audit trail and the signed deletion record still name a case that existed. Set once.
ALTER TABLE violation.violation_case ADD COLUMN erased_at timestamptz;
CREATE INDEX violation_case_closed_unerased ON violation.violation_case (closed_at, id)
    WHERE state = 'CLOSED' AND erased_at IS NULL;
CREATE INDEX violation_case_rejected_unerased ON violation.violation_case (id)
    WHERE state = 'REJECTED' AND erased_at IS NULL;

-- Recordings of a camera over a time range that a legal hold keeps: locked in the VMS with its
-- evidence lock, so the VMS's own ring cannot overwrite them. Written with the hold (same
-- transaction), worked by a timer that retries with growing delay while the VMS is away, and kept
-- pending until the range has passed, so recordings made later within it are locked too.
CREATE TABLE vms.footage_lock (
    hold_id          bigint        PRIMARY KEY,
    decision_number  varchar(100)  NOT NULL,
    camera_code      varchar(64)   NOT NULL,
    footage_from     timestamptz   NOT NULL,
    footage_to       timestamptz   NOT NULL CHECK (footage_to >= footage_from),
    state            varchar(16)   NOT NULL DEFAULT 'PENDING'
                                   CHECK (state IN ('PENDING', 'DONE', 'FAILED', 'SKIPPED')),
    requested_at     timestamptz   NOT NULL DEFAULT now(),
    available_at     timestamptz   NOT NULL DEFAULT now(),
    attempts         integer       NOT NULL DEFAULT 0,
    locked_recordings integer      NOT NULL DEFAULT 0,
    outcome          varchar(500),
    finished_at      timestamptz
);
CREATE INDEX footage_lock_due ON vms.footage_lock (available_at) WHERE state = 'PENDING';
