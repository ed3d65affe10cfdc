-- Demo data for the reports to the Provincial People's Committee (loaded only with TCC_DEMO_DATA=true,
-- after R__demo_gia_lai: repeatable migrations run in the order of their names). Idempotent: ON
-- CONFLICT DO NOTHING on natural keys, so a restart adds nothing twice. Periods are relative to the
-- first load, with the Decree 09/2019 cut-off on the 15th (TCC_REPORT_CUTOFF_DAY's default): the
-- previous month and quarter are filed and accepted; the current ones are part-filed. The
-- coordinator's unit (Công an phường Quy Nhơn) has not opened its current reports, so he lands on the
-- empty state and opens them pre-filled from the demo cases and cameras.

INSERT INTO reporting.unit (code, name_vi, name_en, kind, jurisdiction_code) VALUES
    ('CA.QUY_NHON', 'Công an phường Quy Nhơn', 'Quy Nhon ward police', 'COMMUNE_POLICE', 'GL.QUY_NHON'),
    ('CA.PLEIKU', 'Công an phường Pleiku', 'Pleiku ward police', 'COMMUNE_POLICE', 'GL.PLEIKU'),
    ('CA.CHU_SE', 'Công an xã Chư Sê', 'Chu Se commune police', 'COMMUNE_POLICE', 'GL.CHU_SE'),
    ('CA.AN_KHE', 'Công an phường An Khê', 'An Khe ward police', 'COMMUNE_POLICE', 'GL.AN_KHE'),
    ('PC08', 'Phòng Cảnh sát giao thông Công an tỉnh Gia Lai', 'Traffic Police Division, Gia Lai Provincial Police', 'PROVINCIAL_POLICE', 'GL'),
    ('SO-XAY-DUNG', 'Sở Xây dựng tỉnh Gia Lai', 'Gia Lai Department of Construction', 'DEPARTMENT', NULL),
    ('SO-KHCN', 'Sở Khoa học và Công nghệ tỉnh Gia Lai', 'Gia Lai Department of Science and Technology', 'DEPARTMENT', NULL),
    ('IOC', 'Trung tâm Giám sát, điều hành đô thị thông minh (IOC) tỉnh Gia Lai', 'Gia Lai Smart City Intelligent Operations Center (IOC)', 'IOC_OPERATOR', NULL)
ON CONFLICT (code) DO NOTHING;

-- The reporting month of today (from the 15th, the next calendar month's) and its quarter.
CREATE TEMPORARY TABLE demo_period AS
WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS d),
     month AS (SELECT (date_trunc('month', d)
                       + CASE WHEN extract(day FROM d) >= 15 THEN interval '1 month' ELSE interval '0 month' END)::date AS m
                 FROM today)
SELECT to_char(m, 'YYYY') || '-M' || to_char(m, 'MM') AS month_now,
       to_char(m - interval '1 month', 'YYYY') || '-M' || to_char(m - interval '1 month', 'MM') AS month_before,
       to_char(m, 'YYYY') || '-Q' || ((extract(month FROM m)::int - 1) / 3 + 1) AS quarter_now,
       to_char(m - interval '3 month', 'YYYY') || '-Q' || ((extract(month FROM m - interval '3 month')::int - 1) / 3 + 1) AS quarter_before
  FROM month;

-- The demo's submissions: (unit, form, which period, state, days ago it was opened).
CREATE TEMPORARY TABLE demo_submission AS
SELECT s.unit_code, s.form_code, f.id AS form_id,
       CASE s.which WHEN 'month_now' THEN p.month_now WHEN 'month_before' THEN p.month_before
                    WHEN 'quarter_now' THEN p.quarter_now ELSE p.quarter_before END AS period_key,
       s.state, s.opened_days_ago
  FROM (VALUES
    ('CA.QUY_NHON', 'VIOLATION_HANDLING', 'month_before', 'ACCEPTED', 30),
    ('CA.PLEIKU', 'VIOLATION_HANDLING', 'month_before', 'ACCEPTED', 31),
    ('CA.CHU_SE', 'VIOLATION_HANDLING', 'month_before', 'ACCEPTED', 29),
    ('CA.AN_KHE', 'VIOLATION_HANDLING', 'month_before', 'ACCEPTED', 28),
    ('CA.QUY_NHON', 'CAMERA_PROGRESS', 'quarter_before', 'ACCEPTED', 85),
    ('CA.PLEIKU', 'CAMERA_PROGRESS', 'quarter_before', 'ACCEPTED', 86),
    ('SO-XAY-DUNG', 'CAMERA_PROGRESS', 'quarter_before', 'ACCEPTED', 84),
    ('IOC', 'CAMERA_PROGRESS', 'quarter_before', 'ACCEPTED', 83),
    ('CA.PLEIKU', 'VIOLATION_HANDLING', 'month_now', 'SUBMITTED', 3),
    ('CA.CHU_SE', 'VIOLATION_HANDLING', 'month_now', 'DRAFT', 2),
    ('CA.AN_KHE', 'VIOLATION_HANDLING', 'month_now', 'RETURNED', 4),
    ('SO-XAY-DUNG', 'CAMERA_PROGRESS', 'quarter_now', 'SUBMITTED', 2)
  ) AS s (unit_code, form_code, which, state, opened_days_ago)
  JOIN reporting.form f ON f.code = s.form_code AND f.version = 1
 CROSS JOIN demo_period p;

INSERT INTO reporting.submission (unit_code, form_code, form_id, period_key, state, created_at, updated_at)
SELECT unit_code, form_code, form_id, period_key, state,
       now() - make_interval(days => opened_days_ago), now() - make_interval(days => opened_days_ago - 1)
  FROM demo_submission
ON CONFLICT (unit_code, form_code, period_key) DO NOTHING;

-- Figures: commune police and the province's division get TCC's figures (PREFILLED); departments
-- and the IOC type theirs. Deterministic per unit and indicator, so a reload writes the same.
INSERT INTO reporting.submission_value (submission_id, indicator_code, value_number, value_text, source,
                                        prefilled_number, correction_reason, narrative, updated_by, updated_at)
SELECT s.id, i.code,
       CASE i.value_type
           WHEN 'INTEGER' THEN 5 + abs(hashtext(s.unit_code || i.code || s.period_key)::bigint) % 60
           WHEN 'MONEY_VND' THEN (5 + abs(hashtext(s.unit_code || i.code || s.period_key)::bigint) % 60) * 800000
           WHEN 'PERCENT' THEN 60 + abs(hashtext(s.unit_code || i.code || s.period_key)::bigint) % 40
       END,
       CASE WHEN i.value_type = 'TEXT' THEN 'Hệ thống camera hoạt động ổn định; đề nghị bổ sung kinh phí bảo trì.' END,
       CASE WHEN i.value_type = 'TEXT' OR u.jurisdiction_code IS NULL THEN 'TYPED' ELSE 'PREFILLED' END,
       CASE WHEN i.value_type = 'TEXT' OR u.jurisdiction_code IS NULL THEN NULL
            WHEN i.value_type = 'INTEGER' THEN 5 + abs(hashtext(s.unit_code || i.code || s.period_key)::bigint) % 60
            WHEN i.value_type = 'MONEY_VND' THEN (5 + abs(hashtext(s.unit_code || i.code || s.period_key)::bigint) % 60) * 800000
            ELSE 60 + abs(hashtext(s.unit_code || i.code || s.period_key)::bigint) % 40
       END,
       NULL,
       -- The narrative rule asks for one where a figure moves far; the demo explains its totals.
       CASE WHEN i.narrative_above_percent IS NOT NULL THEN 'Biến động do điều chỉnh pha đèn và bổ sung camera tại các nút giao.' END,
       'demo', s.updated_at
  FROM reporting.submission s
  JOIN demo_submission d ON d.unit_code = s.unit_code AND d.form_code = s.form_code AND d.period_key = s.period_key
  JOIN reporting.unit u ON u.code = s.unit_code
  JOIN reporting.indicator i ON i.form_id = s.form_id
ON CONFLICT (submission_id, indicator_code) DO NOTHING;

-- The totals of a violation report are the sums of its breakdown by type.
UPDATE reporting.submission_value v
   SET value_number = t.total, prefilled_number = CASE WHEN v.source = 'PREFILLED' THEN t.total ELSE v.prefilled_number END
  FROM (SELECT sv.submission_id, split_part(sv.indicator_code, '.', 1) || '.' || split_part(sv.indicator_code, '.', 2) AS total_code,
               sum(sv.value_number) AS total
          FROM reporting.submission_value sv
          JOIN demo_submission d ON true
          JOIN reporting.submission s ON s.id = sv.submission_id AND s.unit_code = d.unit_code
                                     AND s.form_code = d.form_code AND s.period_key = d.period_key
         WHERE sv.indicator_code LIKE 'VIO.DETECTED.%' OR sv.indicator_code LIKE 'VIO.FINES_IMPOSED.%'
         GROUP BY 1, 2) t
 WHERE v.submission_id = t.submission_id AND v.indicator_code = t.total_code AND v.updated_by = 'demo';

-- One correction with its reason, as a reviewer sees it: An Khê's current notices.
UPDATE reporting.submission_value v
   SET value_number = v.prefilled_number - 2, source = 'CORRECTED',
       correction_reason = 'Hai thông báo gửi nhầm địa chỉ đã hủy, gửi lại kỳ sau.'
  FROM reporting.submission s, demo_submission d
 WHERE v.submission_id = s.id AND v.indicator_code = 'VIO.NOTICES' AND v.source = 'PREFILLED'
   AND s.unit_code = 'CA.AN_KHE' AND d.unit_code = s.unit_code AND d.form_code = s.form_code
   AND d.period_key = s.period_key AND d.state = 'RETURNED';

-- Each demo submission's timeline: opened by its unit's coordinator, submitted a day later, then
-- returned (with the reviewer's comment on one cell) or accepted by a provincial supervisor.
INSERT INTO reporting.submission_move (submission_id, from_state, to_state, actor, actor_name, reason, at)
SELECT s.id, m.from_state, m.to_state, m.actor, m.actor_name, m.reason,
       s.created_at + make_interval(days => m.day)
  FROM reporting.submission s
  JOIN demo_submission d ON d.unit_code = s.unit_code AND d.form_code = s.form_code AND d.period_key = s.period_key
  JOIN (VALUES
    (0, NULL, 'DRAFT', 'demo-coordinator', 'Điều phối viên đơn vị', NULL, ARRAY['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED']),
    (1, 'DRAFT', 'SUBMITTED', 'demo-coordinator', 'Điều phối viên đơn vị', NULL, ARRAY['SUBMITTED', 'RETURNED', 'ACCEPTED']),
    (2, 'SUBMITTED', 'RETURNED', 'supervisor', 'Trần Thị Bình', 'Số thông báo đã điều chỉnh cần kèm danh sách thông báo hủy.', ARRAY['RETURNED']),
    (2, 'SUBMITTED', 'ACCEPTED', 'supervisor', 'Trần Thị Bình', NULL, ARRAY['ACCEPTED'])
  ) AS m (day, from_state, to_state, actor, actor_name, reason, for_states)
    ON d.state = ANY (m.for_states)
 WHERE NOT EXISTS (SELECT 1 FROM reporting.submission_move x WHERE x.submission_id = s.id);

INSERT INTO reporting.submission_comment (submission_id, indicator_code, section_code, body, author, author_name, at)
SELECT s.id, 'VIO.NOTICES', NULL, 'Đề nghị gửi kèm danh sách hai thông báo đã hủy.', 'supervisor', 'Trần Thị Bình',
       s.created_at + interval '2 days'
  FROM reporting.submission s
  JOIN demo_submission d ON d.unit_code = s.unit_code AND d.form_code = s.form_code AND d.period_key = s.period_key
 WHERE d.state = 'RETURNED'
   AND NOT EXISTS (SELECT 1 FROM reporting.submission_comment c WHERE c.submission_id = s.id);

DROP TABLE demo_submission;
DROP TABLE demo_period;
