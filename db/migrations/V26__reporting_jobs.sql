-- Background jobs of the reporting module (issue 17): a synthesis's or a unit report's file written
-- off the request, with its progress for the page's progress bar and the REST API, and the file
-- itself once done. Only the requester reads a job (and only within his jurisdiction).
CREATE TABLE reporting.report_job (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind              varchar(16)   NOT NULL CHECK (kind IN ('SYNTHESIS', 'SUBMISSION')),
    target_id         bigint        NOT NULL,
    format            varchar(8)    NOT NULL CHECK (format IN ('xlsx', 'docx')),
    state             varchar(12)   NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress          smallint      NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    requested_by      varchar(200)  NOT NULL,
    jurisdiction_code varchar(64),
    unit_code         varchar(64),
    file_name         varchar(300),
    content           bytea,
    failure           varchar(1000),
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    finished_at       timestamptz,
    CHECK ((state = 'DONE') = (content IS NOT NULL))
);

CREATE INDEX report_job_requester ON reporting.report_job (requested_by, created_at DESC);

COMMENT ON TABLE reporting.report_job IS 'A report file written in the background: progress 0-100, then the file for its requester';
