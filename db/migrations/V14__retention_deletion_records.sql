-- Signed deletion records (Circular 67/2024: every deletion of enforcement data has a signed
-- record) and two-person manual deletions. The record's document is the canonical JSON that was
-- signed, kept byte for byte; its CMS/PKCS#7 detached signature verifies outside TCC with
-- `openssl cms -verify` (README). vn.tcc.retention.internal.application.SignedDeletionRecorder
-- writes them, DeletionRecordVerification checks them again.

-- Every certificate the center has signed records with: a record signed by a certificate that is
-- neither the current one nor listed here does not verify. Rows are added, never changed.
CREATE TABLE retention.signing_certificate (
    -- SHA-256 of the DER certificate, lower-case hex.
    fingerprint   char(64)      PRIMARY KEY CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    certificate   bytea         NOT NULL,
    subject       varchar(1000) NOT NULL,
    not_after     timestamptz   NOT NULL,
    first_used_at timestamptz   NOT NULL DEFAULT now()
);

-- One record per run: a scheduled purge run (manual = false, run_id of the purge's run) or a
-- manual deletion (manual = true, run_id = retention.manual_deletion.id); the two number apart.
CREATE TABLE retention.deletion_record (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id             bigint        NOT NULL,
    manual             boolean       NOT NULL,
    requested_by       varchar(100)  NOT NULL,
    approved_by        varchar(100),
    started_at         timestamptz   NOT NULL,
    finished_at        timestamptz   NOT NULL,
    item_count         integer       NOT NULL CHECK (item_count >= 0),
    deleted_count      integer       NOT NULL CHECK (deleted_count >= 0),
    -- The canonical JSON document (UTF-8) exactly as signed, and its SHA-256 (lower-case hex).
    document           bytea         NOT NULL,
    document_sha256    char(64)      NOT NULL CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
    -- CMS SignedData (DER), detached: the document is not inside, the signer's certificate is.
    signature          bytea         NOT NULL,
    signer_fingerprint char(64)      NOT NULL REFERENCES retention.signing_certificate (fingerprint),
    recorded_at        timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (manual, run_id),
    CHECK (finished_at >= started_at)
);
CREATE INDEX deletion_record_recent ON retention.deletion_record (id DESC);

-- A record is evidence: it is never edited or removed through TCC (an intruder with the database
-- superuser can, and verification then shows it).
CREATE FUNCTION retention.refuse_record_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '%: % refused (signed records and certificates are append-only)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER deletion_record_append_only
    BEFORE UPDATE OR DELETE ON retention.deletion_record
    FOR EACH ROW EXECUTE FUNCTION retention.refuse_record_change();
CREATE TRIGGER deletion_record_no_truncate
    BEFORE TRUNCATE ON retention.deletion_record
    FOR EACH STATEMENT EXECUTE FUNCTION retention.refuse_record_change();
CREATE TRIGGER signing_certificate_append_only
    BEFORE UPDATE OR DELETE ON retention.signing_certificate
    FOR EACH ROW EXECUTE FUNCTION retention.refuse_record_change();

-- A manual deletion of data outside the schedule: one supervisor requests it with the reason and
-- the decision that orders it, a second supervisor approves (then it runs and is recorded) or
-- rejects it. The database refuses the same name twice too, so no other path lets one person
-- delete alone.
CREATE TABLE retention.manual_deletion (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    data_class      varchar(24)   NOT NULL CHECK (data_class IN (
                        'VMS_RECORDING', 'VIOLATION_EVIDENCE', 'PLATE_READ', 'FALSE_DETECTION',
                        'CLOSED_CASE', 'OWNER_IDENTITY', 'APPEAL_DOCUMENT', 'QUARANTINED_EVENT',
                        'SHARED_CAMERA_DATA', 'AUDIT_TRAIL')),
    -- The owning module's item ids (RetainedRecord.itemId), 1 to 100 of them.
    item_ids        text[]        NOT NULL CHECK (cardinality(item_ids) BETWEEN 1 AND 100),
    reason          varchar(1000) NOT NULL CHECK (btrim(reason) <> ''),
    decision_number varchar(100)  NOT NULL CHECK (btrim(decision_number) <> ''),
    -- The requester's jurisdiction: who may see and approve the request.
    jurisdiction    varchar(61)   NOT NULL,
    requested_by    varchar(100)  NOT NULL CHECK (btrim(requested_by) <> ''),
    requested_at    timestamptz   NOT NULL,
    state           varchar(10)   NOT NULL CHECK (state IN ('REQUESTED', 'EXECUTED', 'REJECTED')),
    decided_by      varchar(100),
    decided_at      timestamptz,
    rejection_reason varchar(1000),
    record_id       bigint        REFERENCES retention.deletion_record (id),
    CHECK ((state = 'REQUESTED') = (decided_by IS NULL)),
    CHECK (num_nonnulls(decided_by, decided_at) IN (0, 2)),
    CHECK (decided_by <> requested_by),
    CHECK ((state = 'EXECUTED') = (record_id IS NOT NULL)),
    CHECK ((state = 'REJECTED') = (rejection_reason IS NOT NULL))
);
CREATE INDEX manual_deletion_open ON retention.manual_deletion (jurisdiction, id) WHERE state = 'REQUESTED';
