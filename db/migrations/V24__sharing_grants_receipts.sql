-- Compulsory access grants (the emergency bases of Law on Data 60/2024, Art. 18) and the documents
-- sharing hands to a provider: the receipt at signing and the destruction certificate. The rules are
-- in vn.tcc.sharing.internal.domain.CompulsoryGrant; the check that reads these tables is
-- SharedAccessChecks (an approved grant in its term allows what no agreement does).

-- One grant: requested by an officer or supervisor, approved or rejected by a supervisor other than
-- the requester (four eyes, checked here too), a short term of its own (end excluded, at most 30 days).
CREATE TABLE sharing.compulsory_grant (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider_id     bigint        NOT NULL REFERENCES sharing.provider (id),
    legal_basis     varchar(20)   NOT NULL CHECK (legal_basis IN ('EMERGENCY', 'SECURITY_THREAT',
                        'DISASTER', 'RIOT', 'TERRORISM')),
    decision_number varchar(100)  NOT NULL CHECK (btrim(decision_number) <> ''),
    receiving_unit  varchar(64)   NOT NULL REFERENCES shared.jurisdiction (code),
    data_types      varchar(16)[] NOT NULL CHECK (cardinality(data_types) > 0
                        AND data_types <@ ARRAY['LIVE_VIEW', 'RECORDINGS', 'EVENTS', 'SNAPSHOTS']::varchar(16)[]),
    purposes        varchar(40)[] NOT NULL CHECK (cardinality(purposes) > 0
                        AND purposes <@ ARRAY['TRAFFIC_VIOLATION_HANDLING', 'SECURITY_AND_ORDER',
                                              'INCIDENT_INVESTIGATION', 'TRAFFIC_MANAGEMENT',
                                              'SEARCH_AND_RESCUE']::varchar(40)[]),
    valid_from      timestamptz   NOT NULL,
    valid_until     timestamptz   NOT NULL,
    reason          varchar(1000) NOT NULL CHECK (btrim(reason) <> ''),
    state           varchar(12)   NOT NULL CHECK (state IN ('REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    requested_by    varchar(100)  NOT NULL,
    requested_at    timestamptz   NOT NULL,
    decided_by      varchar(100),
    decided_at      timestamptz,
    decision_note   varchar(1000),
    version         bigint        NOT NULL DEFAULT 0,
    CHECK (valid_from < valid_until),
    CHECK (valid_until - valid_from <= interval '30 days'),
    CHECK ((state = 'REQUESTED') = (decided_by IS NULL)),
    CHECK (state NOT IN ('APPROVED', 'REJECTED') OR decided_by <> requested_by)
);

CREATE INDEX compulsory_grant_provider ON sharing.compulsory_grant (provider_id, id DESC);

CREATE TABLE sharing.grant_camera (
    grant_id    bigint      NOT NULL REFERENCES sharing.compulsory_grant (id),
    camera_code varchar(64) NOT NULL,
    PRIMARY KEY (grant_id, camera_code)
);

CREATE INDEX grant_camera_code ON sharing.grant_camera (camera_code);

-- The grant that allowed a look (or came closest to), beside the agreement.
ALTER TABLE sharing.access_log ADD COLUMN grant_id bigint REFERENCES sharing.compulsory_grant (id);
CREATE INDEX access_log_grant ON sharing.access_log (grant_id, id DESC) WHERE grant_id IS NOT NULL;

-- The receipt given at signing and the destruction certificate: the Word file as issued, its SHA-256,
-- once per agreement and kind (issued again = the same bytes). Append-only.
CREATE TABLE sharing.agreement_document (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id bigint       NOT NULL REFERENCES sharing.agreement (id),
    kind         varchar(24)  NOT NULL CHECK (kind IN ('RECEIPT', 'DESTRUCTION_CERTIFICATE')),
    document_id  varchar(80)  NOT NULL UNIQUE,
    content      bytea        NOT NULL,
    sha256       char(64)     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    issued_by    varchar(100) NOT NULL,
    issued_at    timestamptz  NOT NULL,
    UNIQUE (agreement_id, kind)
);

CREATE TRIGGER agreement_document_append_only
    BEFORE UPDATE OR DELETE ON sharing.agreement_document
    FOR EACH ROW EXECUTE FUNCTION sharing.refuse_change();
