-- Incidents of the command room (issue 19): opened from the cameras' analytics events (accident,
-- congestion, ...) and camera faults, acknowledged by one operator, handled with recorded actions,
-- closed with an outcome; escalated to the supervisors when nobody takes them in time. The live
-- wall (V21) may create the schema as well.
CREATE SCHEMA IF NOT EXISTS command;

-- Which kinds open an incident, and how severe it is: data, so a center changes it without a build.
CREATE TABLE command.incident_severity (
    kind      varchar(32) PRIMARY KEY,
    severity  varchar(16) NOT NULL CHECK (severity IN ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW'))
);

INSERT INTO command.incident_severity (kind, severity) VALUES
    ('ACCIDENT',        'CRITICAL'),
    ('FIRE_SMOKE',      'CRITICAL'),
    ('WRONG_WAY',       'HIGH'),
    ('STOPPED_VEHICLE', 'MEDIUM'),
    ('CONGESTION',      'MEDIUM'),
    ('CROWD',           'MEDIUM'),
    ('CAMERA_OFFLINE',  'LOW');

CREATE TABLE command.incident (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind                varchar(32)   NOT NULL,
    severity            varchar(16)   NOT NULL,
    -- the accepted event that opened it: one incident per event, however often it is handed over
    event_id            bigint        UNIQUE,
    -- a camera fault: one incident per outage (the VMS's offline alert)
    offline_since       timestamptz,
    camera_code         varchar(64)   NOT NULL,
    camera_name         varchar(300),
    jurisdiction_code   varchar(64)   NOT NULL REFERENCES shared.jurisdiction (code),
    latitude            numeric(9, 6),
    longitude           numeric(9, 6),
    address             varchar(500),
    occurred_at         timestamptz   NOT NULL,
    opened_at           timestamptz   NOT NULL DEFAULT now(),
    evidence_ref        varchar(500),
    nearby_cameras      varchar(64)[] NOT NULL DEFAULT '{}',
    state               varchar(16)   NOT NULL DEFAULT 'NEW'
                                      CHECK (state IN ('NEW', 'ESCALATED', 'ACKNOWLEDGED', 'CLOSED')),
    escalated_at        timestamptz,
    acknowledged_by     varchar(100),
    acknowledged_name   varchar(300),
    acknowledged_at     timestamptz,
    closed_by           varchar(100),
    closed_name         varchar(300),
    closed_at           timestamptz,
    outcome             varchar(24)   CHECK (outcome IN ('RESOLVED', 'FALSE_ALARM', 'DUPLICATE', 'HANDED_OVER')),
    close_note          varchar(2000),
    CHECK ((state IN ('ACKNOWLEDGED', 'CLOSED')) = (acknowledged_by IS NOT NULL) OR state = 'CLOSED'),
    CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL AND outcome IS NOT NULL))
);

CREATE UNIQUE INDEX incident_one_per_outage ON command.incident (camera_code, offline_since)
    WHERE offline_since IS NOT NULL;
-- the room's screen: the open incidents, newest first; the escalation timer: the unacknowledged
CREATE INDEX incident_open ON command.incident (opened_at DESC) WHERE state <> 'CLOSED';
CREATE INDEX incident_unacknowledged ON command.incident (opened_at) WHERE state = 'NEW';
CREATE INDEX incident_opened ON command.incident (opened_at);

CREATE TABLE command.incident_action (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id   bigint        NOT NULL REFERENCES command.incident (id),
    action        varchar(24)   NOT NULL CHECK (action IN ('PATROL_DISPATCHED', 'IOC_INFORMED', 'RESCUE_CALLED',
                                                           'FIRE_BRIGADE_CALLED', 'TRAFFIC_DIVERTED', 'OTHER')),
    note          varchar(1000),
    recorded_by   varchar(100)  NOT NULL,
    recorded_name varchar(300)  NOT NULL,
    recorded_at   timestamptz   NOT NULL DEFAULT now(),
    CHECK (action <> 'OTHER' OR note IS NOT NULL)
);
CREATE INDEX incident_action_of ON command.incident_action (incident_id, id);
CREATE INDEX incident_action_time ON command.incident_action (recorded_at);

-- The handover note between shifts: written by the outgoing operator, acknowledged by the incoming.
CREATE TABLE command.shift_handover (
    shift_start        timestamptz  PRIMARY KEY,
    note               varchar(4000) NOT NULL,
    written_by         varchar(100) NOT NULL,
    written_name       varchar(300) NOT NULL,
    written_at         timestamptz  NOT NULL,
    acknowledged_by    varchar(100),
    acknowledged_name  varchar(300),
    acknowledged_at    timestamptz
);
