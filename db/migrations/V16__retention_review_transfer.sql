-- The commune -> province review and transfer (Decision 502/QD-TTg: data analysed at a commune
-- center is kept a limited time, then reviewed, extracted and transmitted to the provincial center
-- for long-term storage). The code is vn.tcc.retention.internal (ReviewQueueService, PurgePlanner,
-- JdbcReviewQueue) and, for evidence files, vn.tcc.event.internal.evidence (EvidenceStore,
-- EvidenceTransferService).

-- Where kept data physically is: one commune center per commune and the provincial center. The
-- root names the setting of the directory its evidence files are in (all commune centers share
-- the commune store of this one server; the province has its own): the directory itself differs
-- per installation, so each custody entry records the real path it read and wrote. Capacity is
-- what the center's storage was sized for (NULL: not entered yet); used bytes are counted live
-- from what the owning modules report.
CREATE TABLE retention.storage_location (
    code              varchar(80)   PRIMARY KEY,
    storage_level     varchar(20)   NOT NULL CHECK (storage_level IN ('COMMUNE_CENTER', 'PROVINCIAL_CENTER')),
    -- The commune it serves; NULL for the provincial center, which serves every commune.
    jurisdiction_code varchar(64),
    root              varchar(200)  NOT NULL CHECK (btrim(root) <> ''),
    capacity_bytes    bigint        CHECK (capacity_bytes > 0),
    created_at        timestamptz   NOT NULL DEFAULT now(),
    CHECK ((storage_level = 'PROVINCIAL_CENTER') = (jurisdiction_code IS NULL)),
    CHECK (storage_level = 'PROVINCIAL_CENTER' OR code = 'COMMUNE:' || jurisdiction_code)
);
CREATE UNIQUE INDEX storage_location_one_province ON retention.storage_location ((true))
    WHERE storage_level = 'PROVINCIAL_CENTER';

INSERT INTO retention.storage_location (code, storage_level, jurisdiction_code, root)
VALUES ('PROVINCE', 'PROVINCIAL_CENTER', NULL, 'TCC_PROVINCE_EVIDENCE_DIR');
-- The communes known now; a commune added later gets its row when its first item is queued.
INSERT INTO retention.storage_location (code, storage_level, jurisdiction_code, root)
SELECT 'COMMUNE:' || code, 'COMMUNE_CENTER', code, 'TCC_EVIDENCE_DIR'
  FROM shared.jurisdiction WHERE parent_code IS NOT NULL
ON CONFLICT (code) DO NOTHING;

-- A transfer: what one person chose of one commune's queue and sent up, and why.
CREATE TABLE retention.review_transfer (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction_code varchar(64)   NOT NULL,
    reason            varchar(1000) NOT NULL CHECK (btrim(reason) <> ''),
    transferred_by    varchar(100)  NOT NULL CHECK (btrim(transferred_by) <> ''),
    transferred_at    timestamptz   NOT NULL,
    items             integer       NOT NULL CHECK (items > 0),
    bytes             bigint        NOT NULL CHECK (bytes >= 0)
);
CREATE INDEX review_transfer_newest ON retention.review_transfer (transferred_at DESC, id DESC);

-- The review queue: one row per item that reached the end of its commune period under a policy
-- that ends in review and transfer, written by the dry run that found it due (PurgePlanner).
--   WAITING      in the commune's queue; the purge never deletes it
--   TRANSFERRED  chosen, copied to the provincial center and verified there; the provincial
--                policy applies from now on (the evidence index also says where its file is)
--   EXPIRED      not chosen: released by the commune ("release the rest") or left past its
--                grace period; the next purge deletes it as any item due
CREATE TABLE retention.review_item (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    data_class        varchar(24)   NOT NULL,
    item_id           varchar(300)  NOT NULL,
    jurisdiction_code varchar(64)   NOT NULL,
    camera_code       varchar(64),
    captured_from     timestamptz,
    captured_to       timestamptz,
    -- The instant it fell due for review (the local midnight after its last kept day).
    due_at            timestamptz   NOT NULL,
    size_bytes        bigint        NOT NULL DEFAULT 0 CHECK (size_bytes >= 0),
    -- Where the item is a file: the SHA-256 taken at capture.
    sha256            varchar(64)   CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    description       varchar(500),
    policy_key        varchar(200)  NOT NULL,
    queued_at         timestamptz   NOT NULL DEFAULT now(),
    queued_by_run     bigint,
    -- Left waiting this long, an item expires on its own (ReviewItem.GRACE).
    expires_at        timestamptz   NOT NULL,
    state             varchar(12)   NOT NULL DEFAULT 'WAITING'
                                    CHECK (state IN ('WAITING', 'TRANSFERRED', 'EXPIRED')),
    decided_by        varchar(100),
    decided_at        timestamptz,
    decision_reason   varchar(1000),
    transfer_id       bigint        REFERENCES retention.review_transfer (id),
    UNIQUE (data_class, item_id),
    CHECK ((state = 'WAITING') = (decided_by IS NULL)),
    CHECK (num_nonnulls(decided_by, decided_at) IN (0, 2)),
    CHECK ((state = 'TRANSFERRED') = (transfer_id IS NOT NULL))
);
-- The commune's queue, oldest due first; and the planner's look-up of what it queued before.
CREATE INDEX review_item_waiting ON retention.review_item (jurisdiction_code, due_at, id)
    WHERE state = 'WAITING';
CREATE INDEX review_item_expiry ON retention.review_item (expires_at) WHERE state = 'WAITING';

-- A decided item is not decided again: a transfer or an expiry stands.
CREATE FUNCTION retention.review_decided_once() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'retention.review_item: rows are kept (the chain of custody refers to them)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.state <> 'WAITING' THEN
        RAISE EXCEPTION 'retention.review_item %: already %', OLD.id, OLD.state
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER review_item_decided_once
    BEFORE UPDATE OR DELETE ON retention.review_item
    FOR EACH ROW EXECUTE FUNCTION retention.review_decided_once();

-- The chain of custody: each item a transfer moved, from where to where, by whom, with the
-- SHA-256 read at the commune before the copy and the one the provincial center computed from the
-- bytes it holds. Only verified moves are written (a mismatch refuses the transfer), so both hashes
-- are equal where the item is a file; a row item (a closed case) moves in the one database and has
-- neither. Append-only.
CREATE TABLE retention.custody_entry (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transfer_id       bigint        NOT NULL REFERENCES retention.review_transfer (id),
    review_item_id    bigint        NOT NULL REFERENCES retention.review_item (id),
    data_class        varchar(24)   NOT NULL,
    item_id           varchar(300)  NOT NULL,
    from_location     varchar(80)   NOT NULL REFERENCES retention.storage_location (code),
    to_location       varchar(80)   NOT NULL REFERENCES retention.storage_location (code),
    from_path         varchar(1000),
    to_path           varchar(1000),
    sha256_before     varchar(64),
    sha256_after      varchar(64),
    bytes             bigint        NOT NULL CHECK (bytes >= 0),
    moved_by          varchar(100)  NOT NULL CHECK (btrim(moved_by) <> ''),
    moved_at          timestamptz   NOT NULL,
    CHECK (from_location <> to_location),
    CHECK (num_nonnulls(sha256_before, sha256_after) IN (0, 2)),
    CHECK (sha256_before IS NULL OR sha256_before = sha256_after)
);
CREATE INDEX custody_entry_transfer ON retention.custody_entry (transfer_id, id);
CREATE INDEX custody_entry_newest ON retention.custody_entry (moved_at DESC, id DESC);
CREATE INDEX custody_entry_item ON retention.custody_entry (data_class, item_id);

CREATE FUNCTION retention.refuse_custody_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'retention.custody_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER custody_entry_append_only
    BEFORE UPDATE OR DELETE ON retention.custody_entry
    FOR EACH ROW EXECUTE FUNCTION retention.refuse_custody_change();

-- Where an evidence file is now: at a commune center (the store every file enters) or, once
-- transferred after review, at the provincial center (its own store, TCC_PROVINCE_EVIDENCE_DIR).
ALTER TABLE vms.evidence ADD COLUMN location varchar(20) NOT NULL DEFAULT 'COMMUNE_CENTER'
    CHECK (location IN ('COMMUNE_CENTER', 'PROVINCIAL_CENTER'));
