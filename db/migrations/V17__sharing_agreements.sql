-- Data-sharing agreements (Law on Data 60/2024, Art. 18): organizations, businesses and households
-- share their cameras with the police under an agreement that names the cameras, the data, the hours,
-- the purposes, the legal basis, where received data is kept and for how long, and the term. The rules
-- that read these tables are in vn.tcc.sharing.internal.domain (AgreementLifecycle, AccessRules).
-- Cameras are referred to by their registry code, not by a foreign key: the registry is another
-- module's, and an agreement's history must survive a camera leaving the registry.
CREATE SCHEMA IF NOT EXISTS sharing;

-- The party that shares: its contact person (name, phone, e-mail) is personal data, read with a
-- purpose and audited. camera_owner_code names the registry's owner whose cameras it shares.
CREATE TABLE sharing.provider (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              varchar(64)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_.-]{1,63}$'),
    kind              varchar(16)  NOT NULL CHECK (kind IN ('ORGANIZATION', 'BUSINESS', 'HOUSEHOLD')),
    name              varchar(300) NOT NULL CHECK (btrim(name) <> ''),
    jurisdiction_code varchar(64)  NOT NULL REFERENCES shared.jurisdiction (code),
    tax_code          varchar(20),
    camera_owner_code varchar(64),
    contact_name      varchar(200) NOT NULL CHECK (btrim(contact_name) <> ''),
    contact_phone     varchar(30),
    contact_email     varchar(200),
    created_by        varchar(100) NOT NULL,
    created_at        timestamptz  NOT NULL
);

-- One agreement. Its content is fixed once it leaves DRAFT (a change is a new agreement); only its
-- state moves, each move on the timeline below. Hours: from start_time to end_time local time in
-- Asia/Ho_Chi_Minh, end excluded; an end before the start crosses midnight (22:00-06:00), equal
-- ends mean the whole day. days_of_week are ISO numbers (1 Monday .. 7 Sunday) of the day a window
-- starts on. The term is a range of local days, both included.
CREATE TABLE sharing.agreement (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider_id      bigint        NOT NULL REFERENCES sharing.provider (id),
    title            varchar(300)  NOT NULL CHECK (btrim(title) <> ''),
    -- The police unit that receives the data: a commune/ward or the province.
    receiving_unit   varchar(64)   NOT NULL REFERENCES shared.jurisdiction (code),
    data_types       varchar(16)[] NOT NULL CHECK (cardinality(data_types) > 0
                         AND data_types <@ ARRAY['LIVE_VIEW', 'RECORDINGS', 'EVENTS', 'SNAPSHOTS']::varchar(16)[]),
    purposes         varchar(40)[] NOT NULL CHECK (cardinality(purposes) > 0
                         AND purposes <@ ARRAY['TRAFFIC_VIOLATION_HANDLING', 'SECURITY_AND_ORDER',
                                               'INCIDENT_INVESTIGATION', 'TRAFFIC_MANAGEMENT',
                                               'SEARCH_AND_RESCUE']::varchar(40)[]),
    start_time       time          NOT NULL,
    end_time         time          NOT NULL,
    days_of_week     smallint[]    NOT NULL CHECK (cardinality(days_of_week) > 0
                         AND days_of_week <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]),
    legal_basis      varchar(20)   NOT NULL CHECK (legal_basis IN ('VOLUNTARY_ART18', 'EMERGENCY',
                         'SECURITY_THREAT', 'DISASTER', 'RIOT', 'TERRORISM')),
    -- The decision that makes sharing compulsory; only with a compulsory basis.
    decision_number  varchar(100),
    storage_place    varchar(20)   NOT NULL CHECK (storage_place IN ('COMMUNE_CENTER', 'LICENSED_CLOUD')),
    retention_days   integer       NOT NULL CHECK (retention_days BETWEEN 1 AND 3650),
    starts_on        date          NOT NULL,
    ends_on          date          NOT NULL,
    document_sha256  char(64)      CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
    state            varchar(20)   NOT NULL CHECK (state IN ('DRAFT', 'ACTIVE', 'SUSPENDED', 'EXPIRED',
                         'REVOKED', 'DATA_DESTROYED', 'PROVIDER_NOTIFIED')),
    -- The state it ended in (EXPIRED or REVOKED), kept once data is destroyed and the provider notified.
    ended_as         varchar(20)   CHECK (ended_as IN ('EXPIRED', 'REVOKED')),
    version          bigint        NOT NULL DEFAULT 0,
    created_by       varchar(100)  NOT NULL,
    created_at       timestamptz   NOT NULL,
    CHECK (starts_on <= ends_on),
    CHECK ((legal_basis = 'VOLUNTARY_ART18') = (decision_number IS NULL)),
    -- A compulsory basis (emergency, security threat, disaster, riot, terrorism) is short: 30 days.
    CHECK (legal_basis = 'VOLUNTARY_ART18' OR ends_on - starts_on < 30),
    -- Nothing leaves DRAFT without the signed document's hash.
    CHECK (state NOT IN ('ACTIVE', 'SUSPENDED') OR document_sha256 IS NOT NULL)
);

CREATE INDEX agreement_provider ON sharing.agreement (provider_id, id DESC);
CREATE INDEX agreement_state_end ON sharing.agreement (state, ends_on);

-- The cameras an agreement covers; the access check starts here, by camera.
CREATE TABLE sharing.agreement_camera (
    agreement_id bigint      NOT NULL REFERENCES sharing.agreement (id),
    camera_code  varchar(64) NOT NULL,
    PRIMARY KEY (agreement_id, camera_code)
);

CREATE INDEX agreement_camera_code ON sharing.agreement_camera (camera_code);

-- Every move of an agreement's state: who, what kind of actor, why, when. Append-only.
CREATE TABLE sharing.agreement_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id bigint        NOT NULL REFERENCES sharing.agreement (id),
    from_state   varchar(20),
    to_state     varchar(20)   NOT NULL,
    actor        varchar(100)  NOT NULL,
    actor_kind   varchar(12)   NOT NULL CHECK (actor_kind IN ('ADMIN', 'PROVIDER', 'SYSTEM')),
    reason       varchar(1000) NOT NULL CHECK (btrim(reason) <> ''),
    occurred_at  timestamptz   NOT NULL
);

CREATE INDEX agreement_event_agreement ON sharing.agreement_event (agreement_id, id);

-- Every access check on a shared camera, allowed or refused: when, which camera, which data and
-- purpose, which unit asked, the agreement that allowed it (or the reason it was refused). The actor
-- is kept for the auditors; the provider's view leaves it out. Append-only.
CREATE TABLE sharing.access_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    checked_at   timestamptz   NOT NULL,
    data_time    timestamptz   NOT NULL,
    camera_code  varchar(64)   NOT NULL,
    data_type    varchar(16)   NOT NULL,
    purpose      varchar(40)   NOT NULL,
    unit         varchar(64),
    actor        varchar(200)  NOT NULL,
    allowed      boolean       NOT NULL,
    reason       varchar(40)   NOT NULL,
    agreement_id bigint        REFERENCES sharing.agreement (id),
    provider_id  bigint        REFERENCES sharing.provider (id),
    request_id   varchar(64)
);

CREATE INDEX access_log_provider ON sharing.access_log (provider_id, id DESC);
CREATE INDEX access_log_agreement ON sharing.access_log (agreement_id, id DESC);

-- Reminders that an agreement's term ends in 30 or 7 days; one per agreement, kind and end day, so
-- the timer running twice (two nodes, a missed run) raises each once.
CREATE TABLE sharing.reminder (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id bigint      NOT NULL REFERENCES sharing.agreement (id),
    kind         varchar(12) NOT NULL CHECK (kind IN ('DAYS_30', 'DAYS_7')),
    ends_on      date        NOT NULL,
    raised_at    timestamptz NOT NULL,
    UNIQUE (agreement_id, kind, ends_on)
);

CREATE FUNCTION sharing.refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER agreement_event_append_only
    BEFORE UPDATE OR DELETE ON sharing.agreement_event
    FOR EACH ROW EXECUTE FUNCTION sharing.refuse_change();

CREATE TRIGGER access_log_append_only
    BEFORE UPDATE OR DELETE ON sharing.access_log
    FOR EACH ROW EXECUTE FUNCTION sharing.refuse_change();
