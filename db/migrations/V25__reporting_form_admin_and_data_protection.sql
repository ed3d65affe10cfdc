-- Report forms edited by the administrator (forms admin page, /api/v1/reports/forms): a new
-- version is made by copying the one in force, edited while it is a draft, then published. Only
-- published versions are in force; a submission keeps the version it was opened on (form_id).
-- Also: sums that must match (a total indicator equal to the sum of its parts), and the
-- data-protection report (identity lookups by purpose, deletions, access refusals), pre-filled
-- from the violation (identity requests), sharing (access log) and retention (deletion records)
-- modules through reporting.api.IndicatorSource.
ALTER TABLE reporting.form
    ADD COLUMN published_at timestamptz,
    ADD COLUMN published_by varchar(100),
    ADD COLUMN created_by   varchar(100),
    ADD COLUMN created_at   timestamptz,
    ADD CONSTRAINT form_published_pair CHECK ((published_at IS NULL) = (published_by IS NULL));

-- The forms shipped so far were in force from their effective day.
UPDATE reporting.form SET published_at = effective_from::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',
                          published_by = 'system', created_by = 'system',
                          created_at = effective_from::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh';

-- At most one draft per form: the one the administrator is editing.
CREATE UNIQUE INDEX form_one_draft ON reporting.form (code) WHERE published_at IS NULL;

-- A total that must equal the sum of its parts (all numeric indicators of the same form version).
CREATE TABLE reporting.sum_rule (
    form_id    bigint        NOT NULL REFERENCES reporting.form (id),
    total_code varchar(60)   NOT NULL,
    part_codes varchar(60)[] NOT NULL CHECK (cardinality(part_codes) BETWEEN 1 AND 200),
    PRIMARY KEY (form_id, total_code),
    FOREIGN KEY (form_id, total_code) REFERENCES reporting.indicator (form_id, code) ON DELETE CASCADE
);

-- The data-protection report (Decree 13/2023 on personal data protection): quarterly, by the
-- provincial police and the commune police.
INSERT INTO reporting.form (code, version, effective_from, title_vi, title_en, period_kind, filed_by,
                            published_at, published_by, created_by, created_at) VALUES
    ('DATA_PROTECTION', 1, DATE '2025-01-01',
     'Báo cáo kết quả bảo vệ dữ liệu cá nhân trong hoạt động của hệ thống camera giám sát giao thông',
     'Report on personal data protection in the traffic surveillance camera system',
     'QUARTERLY', ARRAY['COMMUNE_POLICE', 'PROVINCIAL_POLICE'],
     TIMESTAMPTZ '2025-01-01 00:00:00+07', 'system', 'system', TIMESTAMPTZ '2025-01-01 00:00:00+07');

INSERT INTO reporting.form_section (form_id, code, position, title_vi, title_en)
SELECT f.id, s.code, s.position, s.title_vi, s.title_en
  FROM reporting.form f
  JOIN (VALUES
    ('A', 1, 'I. Tra cứu, truy cập dữ liệu cá nhân theo mục đích', 'I. Identity lookups and personal data access by purpose'),
    ('B', 2, 'II. Xóa dữ liệu', 'II. Deletions'),
    ('C', 3, 'III. Từ chối truy cập', 'III. Access refusals'),
    ('D', 4, 'IV. Đánh giá, kiến nghị', 'IV. Assessment and proposals')
  ) AS s (code, position, title_vi, title_en) ON true
 WHERE f.code = 'DATA_PROTECTION' AND f.version = 1;

INSERT INTO reporting.indicator (section_id, form_id, code, position, name_vi, name_en, value_type,
                                 unit_vi, unit_en, min_value, max_value, narrative_above_percent, required)
SELECT s.id, f.id, i.code, i.position, i.name_vi, i.name_en, i.value_type, i.unit_vi, i.unit_en,
       i.min_value, NULL, i.narrative, i.required
  FROM reporting.form f
  JOIN reporting.form_section s ON s.form_id = f.id
  JOIN (VALUES
    ('A', 'DP.LOOKUPS', 1, 'Tổng số lượt tra cứu, truy cập dữ liệu cá nhân', 'Identity lookups and personal data accesses, total', 'INTEGER', 'lượt', 'accesses', 0::numeric, 50::numeric, true),
    ('A', 'DP.LOOKUPS.OWNER_IDENTIFICATION', 2, 'Tra cứu chủ phương tiện qua Trung tâm xác thực Cơ sở dữ liệu quốc gia về dân cư để xử lý vi phạm', 'Vehicle owner lookups at the National Population Database authentication center for violation handling', 'INTEGER', 'lượt', 'lookups', 0, NULL, true),
    ('A', 'DP.LOOKUPS.TRAFFIC_VIOLATION_HANDLING', 3, 'Truy cập dữ liệu camera được chia sẻ: xử lý vi phạm giao thông', 'Shared camera data accessed: traffic violation handling', 'INTEGER', 'lượt', 'accesses', 0, NULL, true),
    ('A', 'DP.LOOKUPS.SECURITY_AND_ORDER', 4, 'Truy cập dữ liệu camera được chia sẻ: bảo đảm an ninh, trật tự', 'Shared camera data accessed: security and order', 'INTEGER', 'lượt', 'accesses', 0, NULL, true),
    ('A', 'DP.LOOKUPS.INCIDENT_INVESTIGATION', 5, 'Truy cập dữ liệu camera được chia sẻ: điều tra vụ việc', 'Shared camera data accessed: incident investigation', 'INTEGER', 'lượt', 'accesses', 0, NULL, true),
    ('A', 'DP.LOOKUPS.TRAFFIC_MANAGEMENT', 6, 'Truy cập dữ liệu camera được chia sẻ: điều hành giao thông', 'Shared camera data accessed: traffic management', 'INTEGER', 'lượt', 'accesses', 0, NULL, true),
    ('A', 'DP.LOOKUPS.SEARCH_AND_RESCUE', 7, 'Truy cập dữ liệu camera được chia sẻ: tìm kiếm, cứu nạn', 'Shared camera data accessed: search and rescue', 'INTEGER', 'lượt', 'accesses', 0, NULL, true),
    ('B', 'DP.DELETION_RECORDS', 1, 'Số biên bản xóa dữ liệu đã ký', 'Signed deletion records', 'INTEGER', 'biên bản', 'records', 0, NULL, true),
    ('B', 'DP.ITEMS_DELETED', 2, 'Số mục dữ liệu đã xóa', 'Data items deleted', 'INTEGER', 'mục', 'items', 0, 50, true),
    ('B', 'DP.MANUAL_DELETIONS', 3, 'Số lần xóa dữ liệu ngoài lịch theo quyết định (đã thực hiện)', 'Deletions outside the schedule by decision (carried out)', 'INTEGER', 'lần', 'deletions', 0, NULL, true),
    ('C', 'DP.ACCESS_REFUSED', 1, 'Số lượt truy cập dữ liệu camera được chia sẻ bị từ chối', 'Shared camera data accesses refused', 'INTEGER', 'lượt', 'accesses', 0, 50, true),
    ('C', 'DP.LOOKUPS_UNANSWERED', 2, 'Số lượt tra cứu chủ phương tiện không được Trung tâm xác thực trả lời', 'Vehicle owner lookups the authentication center did not answer', 'INTEGER', 'lượt', 'lookups', 0, NULL, true),
    ('D', 'DP.ASSESSMENT', 1, 'Đánh giá chung, sự cố lộ, mất dữ liệu (nếu có) và kiến nghị', 'General assessment, data breaches (if any) and proposals', 'TEXT', NULL, NULL, NULL, NULL, false)
  ) AS i (section_code, code, position, name_vi, name_en, value_type, unit_vi, unit_en, min_value,
          narrative, required)
    ON i.section_code = s.code
 WHERE f.code = 'DATA_PROTECTION' AND f.version = 1;

INSERT INTO reporting.sum_rule (form_id, total_code, part_codes)
SELECT f.id, 'DP.LOOKUPS',
       ARRAY['DP.LOOKUPS.OWNER_IDENTIFICATION', 'DP.LOOKUPS.TRAFFIC_VIOLATION_HANDLING',
             'DP.LOOKUPS.SECURITY_AND_ORDER', 'DP.LOOKUPS.INCIDENT_INVESTIGATION',
             'DP.LOOKUPS.TRAFFIC_MANAGEMENT', 'DP.LOOKUPS.SEARCH_AND_RESCUE']::varchar(60)[]
  FROM reporting.form f
 WHERE f.code = 'DATA_PROTECTION' AND f.version = 1;
