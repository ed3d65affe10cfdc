-- VMS connections, camera health transitions, ingested events, their durable handover, the
-- quarantine of rejected events, and the content-addressed evidence store's index.
CREATE SCHEMA IF NOT EXISTS vms;

-- One connected video management system. The secret is stored encrypted (AES-GCM with a key from
-- the server's environment), never returned by a page or the API.
CREATE TABLE vms.connection (
    id                 bigserial     PRIMARY KEY,
    code               varchar(64)   NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_.-]{1,63}$'),
    name               varchar(200)  NOT NULL,
    product            varchar(32)   NOT NULL CHECK (product IN ('ZONEMINDER')),
    -- The area the VMS serves: its admins, and the scope of the events it records itself.
    jurisdiction_code  varchar(64)   NOT NULL REFERENCES shared.jurisdiction (code),
    base_url           varchar(500)  NOT NULL,
    username           varchar(100)  NOT NULL,
    secret_ciphertext  bytea,
    timeout_ms         integer       NOT NULL DEFAULT 5000 CHECK (timeout_ms BETWEEN 500 AND 60000),
    poll_seconds       integer       NOT NULL DEFAULT 30 CHECK (poll_seconds BETWEEN 5 AND 3600),
    offline_alert_minutes integer    NOT NULL DEFAULT 15 CHECK (offline_alert_minutes BETWEEN 1 AND 10080),
    enabled            boolean       NOT NULL DEFAULT true,
    -- ZoneMinder's own events (e.g. plate triggers) are read from this id on.
    event_cursor       varchar(100),
    last_poll_at       timestamptz,
    last_poll_error    varchar(500),
    -- Polls that failed in a row: the poll backs off (doubling, up to 10 minutes) while it fails.
    poll_failures      integer       NOT NULL DEFAULT 0,
    version            integer       NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now()
);

-- A camera offline longer than its VMS's threshold: one open alert until it is back.
CREATE TABLE vms.offline_alert (
    id             bigserial    PRIMARY KEY,
    camera_code    varchar(64)  NOT NULL,
    jurisdiction_code varchar(64) NOT NULL,
    offline_since  timestamptz  NOT NULL,
    raised_at      timestamptz  NOT NULL,
    resolved_at    timestamptz
);
CREATE UNIQUE INDEX offline_alert_open ON vms.offline_alert (camera_code) WHERE resolved_at IS NULL;

-- Accepted events. The key (client, source, source's own id) makes resends after an outage safe;
-- the client is the authenticated machine client, so no client can claim another's ids.
CREATE TABLE vms.event (
    id                bigserial     PRIMARY KEY,
    client_id         varchar(100)  NOT NULL,
    source_id         varchar(100)  NOT NULL,
    source_event_id   varchar(100)  NOT NULL,
    camera_code       varchar(64)   NOT NULL,
    jurisdiction_code varchar(64)   NOT NULL,
    occurred_at       timestamptz   NOT NULL,
    utc_offset_minutes smallint     NOT NULL,
    event_type        varchar(32)   NOT NULL,
    plate             varchar(20),
    plate_confidence  numeric(5,2),
    vehicle_class     varchar(32),
    speed_kmh         numeric(6,1),
    speed_limit_kmh   numeric(6,1),
    lane              varchar(20),
    images            jsonb         NOT NULL DEFAULT '[]',
    attributes        jsonb         NOT NULL DEFAULT '{}',
    received_at       timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (client_id, source_id, source_event_id)
);
CREATE INDEX event_camera_time ON vms.event (camera_code, occurred_at);
CREATE INDEX event_jurisdiction_time ON vms.event (jurisdiction_code, occurred_at);

-- The durable handover to the modules that process events: written in the transaction that
-- accepts the event, deleted in the transaction that processes it. A crash in between leaves the
-- row, and the next start processes it.
CREATE TABLE vms.event_outbox (
    event_id      bigint       PRIMARY KEY REFERENCES vms.event (id),
    available_at  timestamptz  NOT NULL DEFAULT now(),
    attempts      integer      NOT NULL DEFAULT 0,
    last_error    varchar(500)
);
CREATE INDEX event_outbox_available ON vms.event_outbox (available_at, event_id);

-- Rejected events are kept, whole, with the reasons, until an admin replays or dismisses them.
CREATE TABLE vms.quarantine (
    id                bigserial     PRIMARY KEY,
    client_id         varchar(100)  NOT NULL,
    client_jurisdiction varchar(64) NOT NULL,
    source_id         varchar(100),
    source_event_id   varchar(100),
    camera_code       varchar(64),
    payload           jsonb         NOT NULL,
    reasons           jsonb         NOT NULL,
    received_at       timestamptz   NOT NULL DEFAULT now(),
    times_received    integer       NOT NULL DEFAULT 1,
    state             varchar(16)   NOT NULL DEFAULT 'WAITING' CHECK (state IN ('WAITING', 'REPLAYED', 'DISMISSED')),
    resolved_by       varchar(100),
    resolved_at       timestamptz,
    resolution_note   varchar(500),
    event_id          bigint        REFERENCES vms.event (id)
);
-- A resend of a waiting rejected event counts again instead of piling up copies.
CREATE UNIQUE INDEX quarantine_waiting_key ON vms.quarantine (client_id, source_id, source_event_id)
    WHERE state = 'WAITING' AND source_id IS NOT NULL AND source_event_id IS NOT NULL;
CREATE INDEX quarantine_state ON vms.quarantine (state, received_at DESC);

-- The evidence store's index: files live in a content-addressed directory, named by SHA-256.
CREATE TABLE vms.evidence (
    sha256        char(64)      PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    media_type    varchar(100)  NOT NULL,
    size_bytes    bigint        NOT NULL,
    captured_at   timestamptz   NOT NULL,
    captured_by   varchar(100)  NOT NULL
);
-- Where each piece of evidence came from: one file can serve several events.
CREATE TABLE vms.event_evidence (
    event_id      bigint        NOT NULL REFERENCES vms.event (id),
    sha256        char(64)      NOT NULL REFERENCES vms.evidence (sha256),
    kind          varchar(32)   NOT NULL,
    vms_code      varchar(64),
    vms_recording_id varchar(100),
    locked_in_vms boolean       NOT NULL DEFAULT false,
    PRIMARY KEY (event_id, sha256)
);

ALTER TABLE camera.camera ADD COLUMN last_event_at timestamptz;

-- Every change of a camera's health a VMS poll saw: online -> offline at T, back at T'. The
-- registry keeps it: uptime and gaps on the camera page.
CREATE TABLE camera.health_transition (
    id            bigserial    PRIMARY KEY,
    camera_id     bigint       NOT NULL REFERENCES camera.camera (id),
    from_health   varchar(16)  NOT NULL,
    to_health     varchar(16)  NOT NULL CHECK (to_health IN ('ONLINE', 'OFFLINE', 'DEGRADED', 'UNKNOWN')),
    changed_at    timestamptz  NOT NULL,
    vms_code      varchar(64),
    detail        varchar(200)
);
CREATE INDEX health_transition_camera ON camera.health_transition (camera_id, changed_at);
COMMENT ON COLUMN camera.camera.last_event_at IS 'Time of the latest event handed over from this camera';
