-- The full verification of the evidence stores (issue 21): every indexed file read back and hashed,
-- nightly and on request; the run is the report (counts, and each file missing or altered).
CREATE TABLE vms.evidence_verification (
    id             bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    requested_by   varchar(100)  NOT NULL,
    requested_at   timestamptz   NOT NULL,
    state          varchar(12)   NOT NULL CHECK (state IN ('REQUESTED', 'RUNNING', 'DONE', 'FAILED')),
    -- Where a run taken over after a crash goes on: the last file checked (files go by SHA-256).
    cursor_sha256  char(64),
    files_total    bigint        NOT NULL DEFAULT 0,
    files_checked  bigint        NOT NULL DEFAULT 0,
    bytes_checked  bigint        NOT NULL DEFAULT 0,
    files_missing  bigint        NOT NULL DEFAULT 0,
    files_altered  bigint        NOT NULL DEFAULT 0,
    started_at     timestamptz,
    updated_at     timestamptz   NOT NULL,
    finished_at    timestamptz,
    failure        varchar(500)
);
-- At most one run waiting or under way: a second request gets the first.
CREATE UNIQUE INDEX evidence_verification_one_open ON vms.evidence_verification ((true))
    WHERE state IN ('REQUESTED', 'RUNNING');

CREATE TABLE vms.evidence_verification_problem (
    verification_id bigint       NOT NULL REFERENCES vms.evidence_verification (id),
    sha256          char(64)     NOT NULL,
    location        varchar(20)  NOT NULL,
    problem         varchar(12)  NOT NULL CHECK (problem IN ('MISSING', 'ALTERED')),
    found_sha256    char(64),
    found_at        timestamptz  NOT NULL,
    PRIMARY KEY (verification_id, sha256)
);

COMMENT ON TABLE vms.evidence_verification IS 'Full verifications of the evidence stores: every file hashed again';
COMMENT ON TABLE vms.evidence_verification_problem IS 'A file a verification found missing or altered';
