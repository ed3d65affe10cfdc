-- Reporting to the Provincial People's Committee: report forms as data (versioned by effective
-- day), the units that file them, and each unit's submission per period with its figures, their
-- source, the reviewers' comments and the timeline. The rules that read these tables are in
-- vn.tcc.reporting.internal.domain (ReportingCalendar: the Decree 09/2019 periods; Submission and
-- SubmissionLifecycle: the workflow; FigureRules: the checks).
CREATE SCHEMA IF NOT EXISTS reporting;

-- One version of one form. A form changes by a new version with a later effective day, never by
-- editing one: a submission keeps the version it was opened on, so what a unit filed stays legible.
CREATE TABLE reporting.form (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code           varchar(40)   NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    version        integer       NOT NULL CHECK (version > 0),
    effective_from date          NOT NULL,
    title_vi       varchar(300)  NOT NULL,
    title_en       varchar(300)  NOT NULL,
    period_kind    varchar(12)   NOT NULL CHECK (period_kind IN ('MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'YEARLY')),
    -- The kinds of unit that file it (reporting.unit.kind).
    filed_by       varchar(20)[] NOT NULL CHECK (cardinality(filed_by) > 0),
    UNIQUE (code, version),
    UNIQUE (code, effective_from)
);

CREATE TABLE reporting.form_section (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    form_id   bigint        NOT NULL REFERENCES reporting.form (id),
    code      varchar(20)   NOT NULL,
    position  smallint      NOT NULL,
    title_vi  varchar(300)  NOT NULL,
    title_en  varchar(300)  NOT NULL,
    UNIQUE (form_id, code),
    UNIQUE (form_id, position)
);

-- An indicator (chỉ tiêu). Its code is stable across the form's versions, so two periods compare
-- by code, and it is the code an IndicatorSource (violation, camera) computes the figure for.
CREATE TABLE reporting.indicator (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    section_id              bigint        NOT NULL REFERENCES reporting.form_section (id),
    form_id                 bigint        NOT NULL REFERENCES reporting.form (id),
    code                    varchar(60)   NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_.]{1,59}$'),
    position                smallint      NOT NULL,
    name_vi                 varchar(500)  NOT NULL,
    name_en                 varchar(500)  NOT NULL,
    value_type              varchar(12)   NOT NULL CHECK (value_type IN ('INTEGER', 'MONEY_VND', 'PERCENT', 'TEXT')),
    unit_vi                 varchar(40),
    unit_en                 varchar(40),
    min_value               numeric(20, 2),
    max_value               numeric(20, 2),
    -- A figure that moves more than this percentage from the previous period's needs a narrative.
    narrative_above_percent numeric(7, 2) CHECK (narrative_above_percent > 0),
    required                boolean       NOT NULL DEFAULT true,
    UNIQUE (form_id, code),
    UNIQUE (section_id, position),
    CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)
);

-- A unit that files reports: departments, commune police, the IOC's operator. Units with a
-- jurisdiction get TCC's figures for it pre-filled.
CREATE TABLE reporting.unit (
    code              varchar(64)   PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9_.-]{1,63}$'),
    name_vi           varchar(300)  NOT NULL,
    name_en           varchar(300)  NOT NULL,
    kind              varchar(20)   NOT NULL CHECK (kind IN ('DEPARTMENT', 'COMMUNE_POLICE', 'IOC_OPERATOR', 'PROVINCIAL_POLICE')),
    jurisdiction_code varchar(64)   REFERENCES shared.jurisdiction (code),
    active            boolean       NOT NULL DEFAULT true
);

-- A unit's report for one period on one form version. One per unit, form and period, whatever the
-- version: a new version of the form does not open a second report for the same period.
CREATE TABLE reporting.submission (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_code   varchar(64)   NOT NULL REFERENCES reporting.unit (code),
    form_code   varchar(40)   NOT NULL,
    form_id     bigint        NOT NULL REFERENCES reporting.form (id),
    -- 2026-M12, 2026-Q4, 2026-H1, 2026-Y (ReportingPeriod.key)
    period_key  varchar(10)   NOT NULL CHECK (period_key ~ '^[0-9]{4}-(M[0-9]{2}|Q[1-4]|H[12]|Y)$'),
    state       varchar(12)   NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    UNIQUE (unit_code, form_code, period_key)
);
CREATE INDEX submission_period ON reporting.submission (period_key, state);

CREATE TABLE reporting.submission_value (
    submission_id     bigint         NOT NULL REFERENCES reporting.submission (id),
    indicator_code    varchar(60)    NOT NULL,
    value_number      numeric(20, 2),
    value_text        varchar(4000),
    source            varchar(12)    NOT NULL CHECK (source IN ('PREFILLED', 'CORRECTED', 'TYPED')),
    -- TCC's own figure, kept beside a correction so the reviewer sees both.
    prefilled_number  numeric(20, 2),
    correction_reason varchar(1000),
    narrative         varchar(4000),
    updated_by        varchar(100)   NOT NULL,
    updated_at        timestamptz    NOT NULL,
    PRIMARY KEY (submission_id, indicator_code),
    CHECK ((source = 'CORRECTED') = (correction_reason IS NOT NULL)),
    CHECK (source = 'TYPED' OR prefilled_number IS NOT NULL)
);

CREATE TABLE reporting.submission_comment (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id  bigint         NOT NULL REFERENCES reporting.submission (id),
    indicator_code varchar(60),
    section_code   varchar(20),
    body           varchar(2000)  NOT NULL,
    author         varchar(100)   NOT NULL,
    author_name    varchar(200),
    at             timestamptz    NOT NULL,
    CHECK (indicator_code IS NULL OR section_code IS NULL)
);
CREATE INDEX submission_comment_submission ON reporting.submission_comment (submission_id, id);

CREATE TABLE reporting.submission_move (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id  bigint         NOT NULL REFERENCES reporting.submission (id),
    from_state     varchar(12),
    to_state       varchar(12)    NOT NULL,
    actor          varchar(100)   NOT NULL,
    actor_name     varchar(200),
    reason         varchar(1000),
    at             timestamptz    NOT NULL
);
CREATE INDEX submission_move_submission ON reporting.submission_move (submission_id, id);

-- The first forms. Figures computed by TCC carry the codes the violation module
-- (JdbcViolationFigures) and the camera registry (JdbcCameraFigures) compute.

INSERT INTO reporting.form (code, version, effective_from, title_vi, title_en, period_kind, filed_by) VALUES
    ('VIOLATION_HANDLING', 1, DATE '2025-01-01',
     'Báo cáo kết quả phát hiện, xử lý vi phạm trật tự, an toàn giao thông qua hệ thống camera',
     'Report on traffic violations detected and handled through the camera system',
     'MONTHLY', ARRAY['COMMUNE_POLICE', 'PROVINCIAL_POLICE']),
    ('CAMERA_PROGRESS', 1, DATE '2025-01-01',
     'Báo cáo tiến độ lắp đặt, vận hành camera giám sát giao thông',
     'Report on the installation and operation of traffic surveillance cameras',
     'QUARTERLY', ARRAY['COMMUNE_POLICE', 'PROVINCIAL_POLICE', 'DEPARTMENT', 'IOC_OPERATOR']);

INSERT INTO reporting.form_section (form_id, code, position, title_vi, title_en)
SELECT f.id, s.code, s.position, s.title_vi, s.title_en
  FROM reporting.form f
  JOIN (VALUES
    ('VIOLATION_HANDLING', 'A', 1, 'I. Kết quả phát hiện và xử lý vi phạm', 'I. Violations detected and handled'),
    ('VIOLATION_HANDLING', 'B', 2, 'II. Số vụ vi phạm phát hiện theo hành vi', 'II. Violations detected by type'),
    ('VIOLATION_HANDLING', 'C', 3, 'III. Tiền phạt đã quyết định theo hành vi', 'III. Fines imposed by type'),
    ('VIOLATION_HANDLING', 'D', 4, 'IV. Đánh giá, kiến nghị', 'IV. Assessment and proposals'),
    ('CAMERA_PROGRESS', 'A', 1, 'I. Camera giám sát giao thông', 'I. Traffic surveillance cameras'),
    ('CAMERA_PROGRESS', 'B', 2, 'II. Khó khăn, vướng mắc và kiến nghị', 'II. Difficulties and proposals')
  ) AS s (form_code, code, position, title_vi, title_en) ON s.form_code = f.code AND f.version = 1;

-- The violation types of the event API, in the order of the notice documents.
CREATE TEMPORARY TABLE tmp_violation_type (code varchar(32), position smallint, name_vi varchar(200), name_en varchar(200));
INSERT INTO tmp_violation_type VALUES
    ('RED_LIGHT', 1, 'Vượt đèn đỏ', 'Running a red light'),
    ('SPEEDING', 2, 'Chạy quá tốc độ quy định', 'Speeding'),
    ('WRONG_WAY', 3, 'Đi ngược chiều', 'Driving the wrong way'),
    ('NO_HELMET', 4, 'Không đội mũ bảo hiểm', 'No helmet'),
    ('WRONG_LANE', 5, 'Đi sai làn đường', 'Wrong lane'),
    ('ILLEGAL_STOPPING', 6, 'Dừng, đỗ xe sai quy định', 'Illegal stopping or parking'),
    ('NO_SEATBELT', 7, 'Không thắt dây an toàn', 'No seatbelt'),
    ('PHONE_WHILE_DRIVING', 8, 'Sử dụng điện thoại khi lái xe', 'Using a phone while driving');

INSERT INTO reporting.indicator (section_id, form_id, code, position, name_vi, name_en, value_type,
                                 unit_vi, unit_en, min_value, max_value, narrative_above_percent, required)
SELECT s.id, f.id, i.code, i.position, i.name_vi, i.name_en, i.value_type, i.unit_vi, i.unit_en,
       i.min_value, i.max_value, i.narrative, i.required
  FROM reporting.form f
  JOIN reporting.form_section s ON s.form_id = f.id
  JOIN (VALUES
    ('VIOLATION_HANDLING', 'A', 'VIO.DETECTED', 1, 'Số vụ vi phạm phát hiện qua camera', 'Violations detected by cameras', 'INTEGER', 'vụ', 'cases', 0::numeric, NULL::numeric, 50::numeric, true),
    ('VIOLATION_HANDLING', 'A', 'VIO.VERIFIED', 2, 'Số vụ đã xác minh vi phạm', 'Violations verified', 'INTEGER', 'vụ', 'cases', 0, NULL, NULL, true),
    ('VIOLATION_HANDLING', 'A', 'VIO.REJECTED', 3, 'Số vụ loại bỏ (phát hiện sai)', 'Detections rejected (false)', 'INTEGER', 'vụ', 'cases', 0, NULL, NULL, true),
    ('VIOLATION_HANDLING', 'A', 'VIO.NOTICES', 4, 'Số thông báo vi phạm đã gửi', 'Notices issued', 'INTEGER', 'thông báo', 'notices', 0, NULL, NULL, true),
    ('VIOLATION_HANDLING', 'A', 'VIO.FINES_IMPOSED', 5, 'Tiền phạt đã ra quyết định', 'Fines imposed', 'MONEY_VND', 'đồng', 'VND', 0, NULL, 50, true),
    ('VIOLATION_HANDLING', 'A', 'VIO.FINES_COLLECTED', 6, 'Tiền phạt đã thu', 'Fines collected', 'MONEY_VND', 'đồng', 'VND', 0, NULL, 50, true),
    ('VIOLATION_HANDLING', 'A', 'VIO.COLLECTION_RATE', 7, 'Tỷ lệ thu tiền phạt trên số đã quyết định', 'Fines collected as a share of fines imposed', 'PERCENT', '%', '%', 0, 100, NULL, false),
    ('VIOLATION_HANDLING', 'D', 'VIO.ASSESSMENT', 1, 'Đánh giá chung, khó khăn và kiến nghị', 'General assessment, difficulties and proposals', 'TEXT', NULL, NULL, NULL, NULL, NULL, false),
    ('CAMERA_PROGRESS', 'A', 'CAM.REGISTERED', 1, 'Số camera đã đăng ký trong hệ thống', 'Cameras registered', 'INTEGER', 'camera', 'cameras', 0, NULL, NULL, true),
    ('CAMERA_PROGRESS', 'A', 'CAM.INSTALLED', 2, 'Số camera đã lắp đặt', 'Cameras installed', 'INTEGER', 'camera', 'cameras', 0, NULL, NULL, true),
    ('CAMERA_PROGRESS', 'A', 'CAM.OPERATIONAL', 3, 'Số camera đang vận hành', 'Cameras operational', 'INTEGER', 'camera', 'cameras', 0, NULL, NULL, true),
    ('CAMERA_PROGRESS', 'A', 'CAM.CERTIFIED', 4, 'Số camera có chứng nhận hợp quy QCVN 05:2024/BCA còn hiệu lực', 'Cameras with a valid QCVN 05:2024/BCA certificate', 'INTEGER', 'camera', 'cameras', 0, NULL, NULL, true),
    ('CAMERA_PROGRESS', 'A', 'CAM.OPERATIONAL_RATE', 5, 'Tỷ lệ camera vận hành trên số đã lắp đặt', 'Operational cameras as a share of those installed', 'PERCENT', '%', '%', 0, 100, NULL, false),
    ('CAMERA_PROGRESS', 'B', 'CAM.NOTES', 1, 'Khó khăn, vướng mắc và kiến nghị', 'Difficulties and proposals', 'TEXT', NULL, NULL, NULL, NULL, NULL, false)
  ) AS i (form_code, section_code, code, position, name_vi, name_en, value_type, unit_vi, unit_en,
          min_value, max_value, narrative, required)
    ON i.form_code = f.code AND i.section_code = s.code
 WHERE f.version = 1;

INSERT INTO reporting.indicator (section_id, form_id, code, position, name_vi, name_en, value_type,
                                 unit_vi, unit_en, min_value, required)
SELECT s.id, f.id, 'VIO.DETECTED.' || t.code, t.position, t.name_vi, t.name_en, 'INTEGER', 'vụ', 'cases', 0, true
  FROM reporting.form f
  JOIN reporting.form_section s ON s.form_id = f.id AND s.code = 'B'
 CROSS JOIN tmp_violation_type t
 WHERE f.code = 'VIOLATION_HANDLING' AND f.version = 1;

INSERT INTO reporting.indicator (section_id, form_id, code, position, name_vi, name_en, value_type,
                                 unit_vi, unit_en, min_value, required)
SELECT s.id, f.id, 'VIO.FINES_IMPOSED.' || t.code, t.position, t.name_vi, t.name_en, 'MONEY_VND', 'đồng', 'VND', 0, true
  FROM reporting.form f
  JOIN reporting.form_section s ON s.form_id = f.id AND s.code = 'C'
 CROSS JOIN tmp_violation_type t
 WHERE f.code = 'VIOLATION_HANDLING' AND f.version = 1;

DROP TABLE tmp_violation_type;
