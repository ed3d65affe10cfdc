-- The provincial synthesis (báo cáo tổng hợp) of one form for one period: the accepted submissions
-- of the units rolled up, with TCC's own province-wide figure beside each total and the comparison
-- with the previous period and the same period a year before. Its figures are stored when it is
-- built and never recomputed after review: what the leader approved is what the PPC receives. A
-- submitted synthesis is numbered (a yearly sequence), dated and signed over its canonical text; a
-- later correction is a new version that states what changed. Rules: vn.tcc.reporting.internal.domain
-- (Synthesis, SynthesisRollUp).
CREATE TABLE reporting.synthesis (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    form_code          varchar(40)   NOT NULL,
    form_id            bigint        NOT NULL REFERENCES reporting.form (id),
    period_key         varchar(10)   NOT NULL CHECK (period_key ~ '^[0-9]{4}-(M[0-9]{2}|Q[1-4]|H[12]|Y)$'),
    version            integer       NOT NULL CHECK (version > 0),
    state              varchar(10)   NOT NULL CHECK (state IN ('DRAFT', 'REVIEWED', 'APPROVED', 'SUBMITTED')),
    row_version        bigint        NOT NULL DEFAULT 0,
    prepared_by        varchar(100)  NOT NULL,
    prepared_name      varchar(200),
    prepared_at        timestamptz   NOT NULL,
    reviewed_by        varchar(100),
    reviewed_name      varchar(200),
    reviewed_at        timestamptz,
    approved_by        varchar(100),
    approved_name      varchar(200),
    approved_at        timestamptz,
    submitted_by       varchar(100),
    submitted_name     varchar(200),
    submitted_at       timestamptz,
    -- Số hiệu: sequence/BC-CAT, the sequence yearly (reporting.synthesis_number).
    number             varchar(40)   UNIQUE,
    document_date      date,
    -- The exact UTF-8 text that was signed, the detached CMS signature over it, and the signer.
    signed_content     text,
    signature          bytea,
    signer_subject     varchar(500),
    signer_fingerprint char(64),
    -- For version 2 and later: what changed from the version before, figure by figure.
    changes            text,
    UNIQUE (form_code, period_key, version),
    -- Four eyes: the leader who approves is not the one who prepared it.
    CHECK (approved_by IS NULL OR approved_by <> prepared_by),
    CHECK ((state = 'SUBMITTED') = (number IS NOT NULL AND signature IS NOT NULL))
);

-- The units whose accepted submission went into the synthesis.
CREATE TABLE reporting.synthesis_unit (
    synthesis_id   bigint        NOT NULL REFERENCES reporting.synthesis (id),
    unit_code      varchar(64)   NOT NULL REFERENCES reporting.unit (code),
    position       smallint      NOT NULL,
    name_vi        varchar(300)  NOT NULL,
    submission_id  bigint        NOT NULL REFERENCES reporting.submission (id),
    PRIMARY KEY (synthesis_id, unit_code)
);

-- One indicator's line: the total, TCC's own figure, the two comparisons (null when the period had
-- no figure).
CREATE TABLE reporting.synthesis_line (
    synthesis_id   bigint         NOT NULL REFERENCES reporting.synthesis (id),
    indicator_code varchar(60)    NOT NULL,
    section_code   varchar(20)    NOT NULL,
    position       smallint       NOT NULL,
    total          numeric(20, 2),
    tcc_figure     numeric(20, 2),
    previous_total numeric(20, 2),
    last_year_total numeric(20, 2),
    PRIMARY KEY (synthesis_id, indicator_code)
);

-- Each unit's figure on each line, as accepted.
CREATE TABLE reporting.synthesis_figure (
    synthesis_id   bigint         NOT NULL REFERENCES reporting.synthesis (id),
    indicator_code varchar(60)    NOT NULL,
    unit_code      varchar(64)    NOT NULL,
    value_number   numeric(20, 2) NOT NULL,
    PRIMARY KEY (synthesis_id, indicator_code, unit_code)
);

-- The yearly sequence of synthesis numbers (one row per year; UPDATE … RETURNING takes the next).
CREATE TABLE reporting.synthesis_number (
    year      integer  PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
    last_used integer  NOT NULL CHECK (last_used >= 0)
);

-- Reminders to the units that have not submitted a report: a few days before its due day, and once
-- it is overdue (until the period locks). Written by a timer, at most one of each kind per unit,
-- form and period; shown on the coordinator's page.
CREATE TABLE reporting.reminder (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_code   varchar(64)  NOT NULL REFERENCES reporting.unit (code),
    form_code   varchar(40)  NOT NULL,
    period_key  varchar(10)  NOT NULL,
    kind        varchar(10)  NOT NULL CHECK (kind IN ('DUE_SOON', 'OVERDUE')),
    due_on      date         NOT NULL,
    created_at  timestamptz  NOT NULL,
    UNIQUE (unit_code, form_code, period_key, kind)
);
CREATE INDEX reminder_unit ON reporting.reminder (unit_code, created_at DESC);
