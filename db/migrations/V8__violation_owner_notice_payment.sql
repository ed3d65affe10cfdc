-- After verification: the owner found through the population-database authentication center, the
-- notice, the penalty decision and payment, appeals, and the deadline warnings.

-- Every request to the authentication center, answered or not: the access id, who asked, for which
-- case, why and which fields. Per-officer daily limits count these rows.
CREATE TABLE violation.identity_request (
    access_request_id uuid          PRIMARY KEY,
    case_id           bigint        NOT NULL REFERENCES violation.violation_case (id),
    requested_by      varchar(100)  NOT NULL,
    purpose           varchar(500)  NOT NULL,
    fields            varchar(300)  NOT NULL,
    state             varchar(16)   NOT NULL DEFAULT 'PENDING'
                      CHECK (state IN ('PENDING', 'ANSWERED', 'FAILED')),
    outcome           varchar(100),
    center_access_id  varchar(64),
    requested_at      timestamptz   NOT NULL DEFAULT now(),
    finished_at       timestamptz
);
CREATE INDEX identity_request_daily ON violation.identity_request (lower(requested_by), requested_at);
CREATE INDEX identity_request_case ON violation.identity_request (case_id, requested_at);

-- The owner as the center answered: only the fields that were asked for.
CREATE TABLE violation.case_owner (
    case_id           bigint        PRIMARY KEY REFERENCES violation.violation_case (id),
    access_request_id uuid          NOT NULL REFERENCES violation.identity_request (access_request_id),
    center_access_id  varchar(64)   NOT NULL,
    owner             jsonb         NOT NULL,
    vehicle           jsonb         NOT NULL,
    identified_by     varchar(100)  NOT NULL,
    identified_at     timestamptz   NOT NULL
);

-- The notice as issued: its documents are kept as sent, never regenerated.
CREATE TABLE violation.notice (
    case_id           bigint        PRIMARY KEY REFERENCES violation.violation_case (id),
    notice_number     varchar(24)   NOT NULL UNIQUE,
    verification_code varchar(16)   NOT NULL UNIQUE,
    evidence_sha256   char(64),
    issued_by         varchar(100)  NOT NULL,
    issued_at         timestamptz   NOT NULL,
    response_due      date          NOT NULL,
    docx              bytea         NOT NULL,
    pdf               bytea,
    docx_sha256       char(64)      NOT NULL,
    pdf_sha256        char(64)
);
CREATE SEQUENCE violation.notice_number_seq;

-- The penalty decision (the fine within the rule's range) and the payment due 10 days after it.
ALTER TABLE violation.violation_case
    ADD COLUMN fine_vnd     bigint,
    ADD COLUMN decided_by   varchar(100),
    ADD COLUMN payment_due  date,
    ADD COLUMN response_due date;

-- Payments, by hand at the counter or from the payment gateway; a gateway transaction is recorded
-- once however often the gateway calls back.
CREATE TABLE violation.payment (
    id               bigserial     PRIMARY KEY,
    case_id          bigint        NOT NULL REFERENCES violation.violation_case (id),
    channel          varchar(16)   NOT NULL CHECK (channel IN ('COUNTER', 'GATEWAY')),
    transaction_ref  varchar(100)  NOT NULL UNIQUE,
    fine_vnd         bigint        NOT NULL,
    late_fee_vnd     bigint        NOT NULL,
    amount_vnd       bigint        NOT NULL,
    paid_at          timestamptz   NOT NULL,
    recorded_by      varchar(100)  NOT NULL,
    recorded_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX payment_case ON violation.payment (case_id);

-- An appeal against the penalty, its documents, and the supervisor's decision.
CREATE TABLE violation.appeal (
    case_id          bigint        PRIMARY KEY REFERENCES violation.violation_case (id),
    grounds          varchar(4000) NOT NULL,
    filed_by         varchar(100)  NOT NULL,
    filed_at         timestamptz   NOT NULL,
    decision         varchar(16)   CHECK (decision IN ('DISMISSED', 'UPHELD')),
    decision_reason  varchar(2000),
    decided_by       varchar(100),
    decided_at       timestamptz
);
CREATE TABLE violation.appeal_document (
    id               bigserial     PRIMARY KEY,
    case_id          bigint        NOT NULL REFERENCES violation.appeal (case_id),
    file_name        varchar(255)  NOT NULL,
    media_type       varchar(100)  NOT NULL,
    sha256           char(64)      NOT NULL,
    content          bytea         NOT NULL,
    uploaded_by      varchar(100)  NOT NULL,
    uploaded_at      timestamptz   NOT NULL DEFAULT now()
);

-- A deadline that passed, once per case, deadline and recipient: the escalation and the warnings
-- to the registration agency (and, for motorbikes, the commune police) after 20 days unanswered.
CREATE TABLE violation.deadline_breach (
    case_id          bigint        NOT NULL REFERENCES violation.violation_case (id),
    deadline         varchar(24)   NOT NULL,
    recipient        varchar(32)   NOT NULL DEFAULT 'SUPERVISOR',
    due_on           date          NOT NULL,
    raised_at        timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, deadline, recipient)
);
CREATE INDEX violation_case_identification_due ON violation.violation_case (identification_due)
    WHERE state IN ('DETECTED', 'IN_REVIEW', 'DISPUTED', 'VERIFIED');
CREATE INDEX violation_case_response_due ON violation.violation_case (response_due)
    WHERE state = 'NOTICE_ISSUED';
CREATE INDEX violation_case_payment_due ON violation.violation_case (payment_due)
    WHERE state IN ('NOTICE_ISSUED', 'APPEAL_DECIDED');
