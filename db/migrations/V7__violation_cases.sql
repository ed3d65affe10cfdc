-- Violation cases: opened from accepted violation events, verified blind by two officers, then
-- owner identification, notice, payment or appeal, closure. Every move is a transition row.
CREATE SCHEMA IF NOT EXISTS violation;

CREATE TABLE violation.violation_case (
    id                 bigserial     PRIMARY KEY,
    -- What people quote on the phone and on the notice: VP-<year>-<id>.
    case_number        varchar(24)   NOT NULL UNIQUE,
    jurisdiction_code  varchar(64)   NOT NULL,
    camera_code        varchar(64)   NOT NULL,
    -- As detected by the camera; the reviewers' reading is in verified_*.
    detected_type      varchar(32)   NOT NULL,
    detected_plate     varchar(20),
    -- The normalised plate (PlateNumber): grouping and search compare this, not the printed form.
    plate_key          varchar(20),
    plate_confidence   numeric(5,2),
    vehicle_class      varchar(32),
    speed_kmh          numeric(6,1),
    speed_limit_kmh    numeric(6,1),
    first_event_id     bigint        NOT NULL,
    occurred_at        timestamptz   NOT NULL,
    last_detected_at   timestamptz   NOT NULL,
    detections         integer       NOT NULL DEFAULT 1 CHECK (detections > 0),
    state              varchar(24)   NOT NULL DEFAULT 'DETECTED',
    escalated_from     varchar(24),
    -- The first blind reviewer, kept here so the queue can skip his cases without a join.
    first_reviewer     varchar(100),
    -- Whoever took the case from the review queue, until when (another officer gets the next one).
    claimed_by         varchar(100),
    claimed_until      timestamptz,
    verified_plate     varchar(20),
    verified_type      varchar(32),
    -- The fine rule in force on the violation date, copied when the case is verified.
    fine_outcome       varchar(24),
    fine_min_vnd       bigint,
    fine_max_vnd       bigint,
    licence_points     smallint,
    legal_reference_vi varchar(300),
    legal_reference_en varchar(300),
    rule_effective_from date,
    identification_due date          NOT NULL,
    owner_identified_at timestamptz,
    notice_issued_at    timestamptz,
    responded_at        timestamptz,
    penalty_decided_at  timestamptz,
    paid_at             timestamptz,
    closed_at           timestamptz,
    version            integer       NOT NULL DEFAULT 0,
    opened_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    CHECK ((state = 'ESCALATED') = (escalated_from IS NOT NULL))
);
-- The review queue: the oldest waiting case of a jurisdiction.
CREATE INDEX violation_case_queue ON violation.violation_case (jurisdiction_code, occurred_at, id)
    WHERE state IN ('DETECTED', 'IN_REVIEW');
-- Joining a repeated detection to its case.
CREATE INDEX violation_case_grouping
    ON violation.violation_case (plate_key, detected_type, camera_code, occurred_at);
CREATE INDEX violation_case_search ON violation.violation_case (jurisdiction_code, state, occurred_at DESC);
CREATE INDEX violation_case_camera ON violation.violation_case (camera_code, occurred_at DESC);
CREATE INDEX violation_case_verified_plate ON violation.violation_case (verified_plate);

-- The accepted events a case is made of. An event belongs to one case; a second handover of the
-- same event finds it here and adds nothing.
CREATE TABLE violation.case_event (
    event_id     bigint       PRIMARY KEY,
    case_id      bigint       NOT NULL REFERENCES violation.violation_case (id),
    occurred_at  timestamptz  NOT NULL
);
CREATE INDEX case_event_case ON violation.case_event (case_id, occurred_at);

-- The blind reviews: two officers, and a supervisor when they disagree.
CREATE TABLE violation.case_review (
    id             bigserial     PRIMARY KEY,
    case_id        bigint        NOT NULL REFERENCES violation.violation_case (id),
    round          varchar(12)   NOT NULL CHECK (round IN ('FIRST', 'SECOND', 'SUPERVISOR')),
    reviewer       varchar(100)  NOT NULL,
    reviewer_name  varchar(200),
    verdict        varchar(8)    NOT NULL CHECK (verdict IN ('CONFIRM', 'REJECT')),
    plate          varchar(20),
    violation_type varchar(32),
    reason         varchar(500),
    reviewed_at    timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (case_id, round)
);

-- Every move of a case: who, when, from where to where, and why. Append-only.
CREATE TABLE violation.case_transition (
    id           bigserial     PRIMARY KEY,
    case_id      bigint        NOT NULL REFERENCES violation.violation_case (id),
    from_state   varchar(24),
    to_state     varchar(24)   NOT NULL,
    actor        varchar(100)  NOT NULL,
    actor_name   varchar(200),
    reason       varchar(1000),
    at           timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX case_transition_case ON violation.case_transition (case_id, id);
