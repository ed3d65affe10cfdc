-- Retention purge: a run is first planned (the dry run: every item due, with the policy version
-- and legal basis that made it due), then, once approved, carried out item by item. The plan row
-- is the idempotency key of a deletion: a run resumed after a crash works only the rows still DUE,
-- so nothing is deleted twice. The code is vn.tcc.retention.internal.application (PurgePlanner,
-- PurgeRunner, PurgeWorker) and internal.persistence.JdbcPurgeRuns.

-- One purge run, from its plan to its signed record.
--   PLANNING   the dry run is walking the sources (rows appear as it goes; a crash re-plans)
--   PLANNED    dry run finished; waits for a supervisor's or administrator's approval
--   APPROVED   approved (by a person, or because every policy version it uses was approved in an
--              earlier dry run); the worker starts it
--   RUNNING    deleting, chunk by chunk; after a crash the worker continues it
--   DONE       every planned row has its outcome and the deletion record is written
--   FAILED     the worker gave up (a failure it cannot get past); POST .../resume tries again
CREATE TABLE retention.purge_run (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state            varchar(10)   NOT NULL CHECK (state IN ('PLANNING', 'PLANNED', 'APPROVED', 'RUNNING', 'DONE', 'FAILED')),
    -- SCHEDULE: the daily timer; MANUAL: a person asked for a dry run through the API.
    trigger_kind     varchar(10)   NOT NULL CHECK (trigger_kind IN ('SCHEDULE', 'MANUAL')),
    -- The local day a scheduled run was planned for: one per day, whichever node's timer fires.
    scheduled_for    date          UNIQUE,
    requested_by     varchar(100)  NOT NULL CHECK (btrim(requested_by) <> ''),
    requested_at     timestamptz   NOT NULL DEFAULT now(),
    -- The instant the rules were asked at: the plan is what was due then.
    planned_as_of    timestamptz   NOT NULL,
    planned_at       timestamptz,
    -- PERSON: approved_by approved it; PRIOR_DRY_RUN: every policy version it uses had a dry run
    -- a person approved before (approved_by is then the schedule).
    approval_kind    varchar(14)   CHECK (approval_kind IN ('PERSON', 'PRIOR_DRY_RUN')),
    approved_by      varchar(100),
    approved_at      timestamptz,
    started_at       timestamptz,
    finished_at      timestamptz,
    -- The signed deletion record (DeletionRecorder) written when the run finished.
    record_id        bigint,
    items_due        bigint        NOT NULL DEFAULT 0,
    bytes_due        bigint        NOT NULL DEFAULT 0,
    items_review     bigint        NOT NULL DEFAULT 0,
    items_done       bigint        NOT NULL DEFAULT 0,
    failure          varchar(1000),
    CHECK (num_nonnulls(approval_kind, approved_by, approved_at) IN (0, 3)),
    -- Four eyes: the one who asked for a run does not approve it himself.
    CHECK (approval_kind <> 'PERSON' OR approved_by <> requested_by),
    CHECK (state NOT IN ('APPROVED', 'RUNNING', 'DONE') OR approval_kind IS NOT NULL),
    CHECK (state <> 'DONE' OR (record_id IS NOT NULL AND finished_at IS NOT NULL)),
    CHECK (scheduled_for IS NULL OR trigger_kind = 'SCHEDULE')
);
-- One run at a time, across restarts and nodes: at most one run is being planned or carried out
-- (the worker also takes a transaction-level advisory lock for each chunk, see PurgeRunner).
CREATE UNIQUE INDEX purge_run_one_active ON retention.purge_run ((true))
    WHERE state IN ('PLANNING', 'APPROVED', 'RUNNING');
CREATE INDEX purge_run_newest ON retention.purge_run (id DESC);

-- The policy versions (or sharing agreements) that made a run's items due, with their legal
-- basis, once per run rather than on each of a million item rows. policy_key names the version:
-- DATA_CLASS/LEVEL/OWNER/vN, or AGREEMENT/<id>/<period>.
CREATE TABLE retention.purge_run_policy (
    run_id       bigint        NOT NULL REFERENCES retention.purge_run (id),
    policy_key   varchar(200)  NOT NULL,
    version      integer       NOT NULL,
    legal_basis  varchar(2000) NOT NULL,
    PRIMARY KEY (run_id, policy_key)
);
CREATE INDEX purge_run_policy_key ON retention.purge_run_policy (policy_key);

-- One planned item of a run: the facts the rules decided on (kept so the run re-checks holds and
-- hands the owning module exactly the record it listed), why it is due, and what became of it.
--   DUE           to delete when the run is carried out
--   REVIEW_DUE    due at a commune center whose policy ends in review and transfer: not deleted,
--                 listed for the commune's review queue
--   DELETED, ALREADY_GONE, LOCKED, UNSUPPORTED, FAILED   the owning module's answer
--   SKIPPED_HELD  a legal hold placed after the plan reaches it: kept
--   SKIPPED_KEPT  a rule other than a hold keeps it now (a policy lengthened since the plan): kept
CREATE TABLE retention.purge_item (
    run_id             bigint        NOT NULL REFERENCES retention.purge_run (id),
    seq                integer       NOT NULL,
    data_class         varchar(24)   NOT NULL,
    storage_level      varchar(20)   NOT NULL,
    jurisdiction_code  varchar(64),
    owner_type         varchar(16),
    item_id            varchar(300)  NOT NULL,
    retention_starts_at timestamptz  NOT NULL,
    camera_code        varchar(64),
    captured_from      timestamptz,
    captured_to        timestamptz,
    -- The cases as number|standing|closedAt, separated by ';' (case numbers have neither).
    cases              text,
    agreement_id       varchar(64),
    agreement_period   varchar(20),
    size_bytes         bigint        NOT NULL DEFAULT 0 CHECK (size_bytes >= 0),
    sha256             varchar(64),
    description        varchar(500),
    policy_key         varchar(200)  NOT NULL,
    end_action         varchar(20)   NOT NULL CHECK (end_action IN ('DELETE', 'REVIEW_AND_TRANSFER')),
    -- The day the winning rule kept it through (it fell due at the next local midnight).
    kept_through       date,
    state              varchar(12)   NOT NULL CHECK (state IN ('DUE', 'REVIEW_DUE', 'DELETED',
                           'ALREADY_GONE', 'LOCKED', 'UNSUPPORTED', 'FAILED', 'SKIPPED_HELD',
                           'SKIPPED_KEPT')),
    outcome_detail     varchar(500),
    done_at            timestamptz,
    -- No unique key on the item id: a source listing one twice costs an idempotent second
    -- delete (ALREADY_GONE), while the key would cost every plan insert an index on text.
    PRIMARY KEY (run_id, seq),
    CHECK ((state = 'REVIEW_DUE') = (end_action = 'REVIEW_AND_TRANSFER'))
);
-- The runner's next chunk: the rows still DUE, in plan order.
CREATE INDEX purge_item_due ON retention.purge_item (run_id, seq) WHERE state = 'DUE';
-- The item list per class and level, and the summary.
CREATE INDEX purge_item_class ON retention.purge_item (run_id, data_class, storage_level, seq);
