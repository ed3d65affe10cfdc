-- Demo data for data-sharing agreements (loaded only with TCC_DEMO_DATA=true, after R__demo_gia_lai:
-- repeatable migrations run in the order of their names). Idempotent: every row is keyed by a code or
-- a title and inserted only when missing, so a restart adds nothing twice. Days are relative to the
-- first load (Vietnam's calendar), so one agreement ends within 30 days of it.
--
-- Three providers: the bus company that owns camera GL-QN-0004 (a business; the demo user
-- "provider" represents it), the household that owns GL-PK-0003, and a university (an organization)
-- with a camera of its own added here, GL-QN-0005, as no demo camera belongs to an organization that
-- is not a business.

INSERT INTO camera.owner (code, name, owner_type, jurisdiction_code, tax_code) VALUES
    ('GL-DHQN', 'Trường Đại học Quy Nhơn', 'ORGANIZATION', 'GL.QUY_NHON', '4100256781')
ON CONFLICT (code) DO NOTHING;

INSERT INTO camera.camera (code, name, purposes, owner_id, jurisdiction_code, latitude, longitude, address,
                           site_code, resolution, codec, onvif, built_in_analytics, status, health,
                           created_at, updated_at)
SELECT 'GL-QN-0005', 'Cổng chính Trường Đại học Quy Nhơn – An Dương Vương', '{OBSERVATION}'::varchar(24)[], o.id,
       'GL.QUY_NHON', 13.759100, 109.218300, 'An Dương Vương, phường Quy Nhơn', 'GL-QN-CP1', '1920x1080', 'H.264',
       true, false, 'OPERATIONAL', 'UNKNOWN', now(), now()
  FROM camera.owner o
 WHERE o.code = 'GL-DHQN'
ON CONFLICT (code) DO NOTHING;

INSERT INTO sharing.provider (code, kind, name, jurisdiction_code, tax_code, camera_owner_code, contact_name,
                              contact_phone, contact_email, created_by, created_at) VALUES
    ('GL-VTVH', 'BUSINESS', 'Công ty TNHH Vận tải Vĩnh Hòa', 'GL.QUY_NHON', '4101234567', 'GL-VTVH',
     'Trần Văn Hòa', '0256 3821 456', 'hoa.tran@vinhhoa.example.vn', 'admin', now()),
    ('GL-PK-HGD01', 'HOUSEHOLD', 'Hộ kinh doanh Nguyễn Văn An', 'GL.PLEIKU', NULL, 'GL-PK-HGD01',
     'Nguyễn Văn An', '0905 123 456', NULL, 'admin', now()),
    ('GL-DHQN', 'ORGANIZATION', 'Trường Đại học Quy Nhơn', 'GL.QUY_NHON', '4100256781', 'GL-DHQN',
     'Lê Thị Mai (Phòng Quản trị thiết bị)', '0256 3846 156', 'quantri@qnu.example.edu.vn', 'admin', now())
ON CONFLICT (code) DO NOTHING;

-- The agreements, one row each: who, what, when, in which state.
WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS d),
     wanted (provider, title, unit, data_types, purposes, start_time, end_time, days, basis, decision, storage,
             retention, starts_in, ends_in, signed, state, ended_as, camera) AS (VALUES
    ('GL-VTVH', 'Camera cổng Bến xe Quy Nhơn: an ninh trật tự và điều tra vụ việc', 'GL.QUY_NHON',
     '{LIVE_VIEW,RECORDINGS,SNAPSHOTS,EVENTS}', '{SECURITY_AND_ORDER,INCIDENT_INVESTIGATION,TRAFFIC_MANAGEMENT,TRAFFIC_VIOLATION_HANDLING}',
     '00:00', '00:00', '{1,2,3,4,5,6,7}', 'VOLUNTARY_ART18', NULL, 'COMMUNE_CENTER', 30, -345, 20, true,
     'ACTIVE', NULL, 'GL-QN-0004'),
    ('GL-VTVH', 'Camera cổng Bến xe Quy Nhơn (thỏa thuận năm trước)', 'GL.QUY_NHON',
     '{LIVE_VIEW,RECORDINGS}', '{SECURITY_AND_ORDER}',
     '00:00', '00:00', '{1,2,3,4,5,6,7}', 'VOLUNTARY_ART18', NULL, 'COMMUNE_CENTER', 30, -710, -346, true,
     'PROVIDER_NOTIFIED', 'EXPIRED', 'GL-QN-0004'),
    ('GL-PK-HGD01', 'Camera cửa hàng Nguyễn Văn An: ban đêm khi cửa hàng đóng cửa', 'GL.PLEIKU',
     '{LIVE_VIEW,RECORDINGS}', '{SECURITY_AND_ORDER,INCIDENT_INVESTIGATION}',
     '22:00', '06:00', '{1,2,3,4,5,6,7}', 'VOLUNTARY_ART18', NULL, 'COMMUNE_CENTER', 15, -60, 305, true,
     'ACTIVE', NULL, 'GL-PK-0003'),
    ('GL-PK-HGD01', 'Camera cửa hàng Nguyễn Văn An: sự kiện giao thông phố Phạm Văn Đồng', 'GL.PLEIKU',
     '{EVENTS,SNAPSHOTS}', '{TRAFFIC_VIOLATION_HANDLING}',
     '06:00', '22:00', '{1,2,3,4,5}', 'VOLUNTARY_ART18', NULL, 'COMMUNE_CENTER', 90, -30, 335, true,
     'SUSPENDED', NULL, 'GL-PK-0003'),
    ('GL-DHQN', 'Camera cổng Trường Đại học Quy Nhơn: giờ tan học', 'GL.QUY_NHON',
     '{LIVE_VIEW}', '{TRAFFIC_MANAGEMENT,SECURITY_AND_ORDER}',
     '06:30', '18:30', '{1,2,3,4,5,6}', 'VOLUNTARY_ART18', NULL, 'LICENSED_CLOUD', 7, 3, 368, false,
     'DRAFT', NULL, 'GL-QN-0005'),
    ('GL-DHQN', 'Cung cấp bắt buộc khi bão đổ bộ: camera cổng trường', 'GL',
     '{LIVE_VIEW,SNAPSHOTS}', '{SEARCH_AND_RESCUE,SECURITY_AND_ORDER}',
     '00:00', '00:00', '{1,2,3,4,5,6,7}', 'DISASTER', 'DEMO 45/QĐ-UBND', 'COMMUNE_CENTER', 7, -40, -33, true,
     'EXPIRED', 'EXPIRED', 'GL-QN-0005')
), added AS (
    INSERT INTO sharing.agreement (provider_id, title, receiving_unit, data_types, purposes, start_time,
                                   end_time, days_of_week, legal_basis, decision_number, storage_place,
                                   retention_days, starts_on, ends_on, document_sha256, state, ended_as,
                                   created_by, created_at)
    SELECT p.id, w.title, w.unit, w.data_types::varchar(16)[], w.purposes::varchar(40)[], w.start_time::time,
           w.end_time::time, w.days::smallint[], w.basis, w.decision, w.storage, w.retention,
           t.d + w.starts_in, t.d + w.ends_in,
           CASE WHEN w.signed THEN encode(sha256(convert_to('demo signed agreement: ' || w.title, 'UTF8')), 'hex') END,
           w.state, w.ended_as, 'admin', now() - make_interval(days => greatest(0, -w.starts_in) + 5)
      FROM wanted w
      JOIN sharing.provider p ON p.code = w.provider
     CROSS JOIN today t
     WHERE NOT EXISTS (SELECT 1 FROM sharing.agreement a WHERE a.provider_id = p.id AND a.title = w.title)
    RETURNING id, title
)
INSERT INTO sharing.agreement_camera (agreement_id, camera_code)
SELECT a.id, w.camera FROM added a JOIN wanted w ON w.title = a.title;

-- Each agreement's timeline, from its draft to where it is now (only for agreements that have none).
WITH steps (title, step, from_state, to_state, actor, actor_kind, reason, days_after_draft) AS (VALUES
    ('Camera cổng Bến xe Quy Nhơn: an ninh trật tự và điều tra vụ việc', 1, NULL, 'DRAFT', 'admin', 'ADMIN', 'drafted', 0),
    ('Camera cổng Bến xe Quy Nhơn: an ninh trật tự và điều tra vụ việc', 2, 'DRAFT', 'ACTIVE', 'admin', 'ADMIN', 'Đã ký thỏa thuận, bản quét lưu hồ sơ số 12/TT-CAP-QN.', 5),
    ('Camera cổng Bến xe Quy Nhơn (thỏa thuận năm trước)', 1, NULL, 'DRAFT', 'admin', 'ADMIN', 'drafted', 0),
    ('Camera cổng Bến xe Quy Nhơn (thỏa thuận năm trước)', 2, 'DRAFT', 'ACTIVE', 'admin', 'ADMIN', 'Đã ký thỏa thuận số 03/TT-CAP-QN.', 5),
    ('Camera cổng Bến xe Quy Nhơn (thỏa thuận năm trước)', 3, 'ACTIVE', 'EXPIRED', 'system', 'SYSTEM', 'term ended', 370),
    ('Camera cổng Bến xe Quy Nhơn (thỏa thuận năm trước)', 4, 'EXPIRED', 'DATA_DESTROYED', 'admin', 'ADMIN', 'Đã xóa 214 đoạn video và ảnh nhận theo thỏa thuận tại trung tâm camera phường Quy Nhơn.', 380),
    ('Camera cổng Bến xe Quy Nhơn (thỏa thuận năm trước)', 5, 'DATA_DESTROYED', 'PROVIDER_NOTIFIED', 'admin', 'ADMIN', 'Đã gửi công văn thông báo hủy dữ liệu cho Công ty TNHH Vận tải Vĩnh Hòa.', 382),
    ('Camera cửa hàng Nguyễn Văn An: ban đêm khi cửa hàng đóng cửa', 1, NULL, 'DRAFT', 'admin', 'ADMIN', 'drafted', 0),
    ('Camera cửa hàng Nguyễn Văn An: ban đêm khi cửa hàng đóng cửa', 2, 'DRAFT', 'ACTIVE', 'admin', 'ADMIN', 'Hộ kinh doanh đã ký thỏa thuận tại Công an phường Pleiku.', 5),
    ('Camera cửa hàng Nguyễn Văn An: sự kiện giao thông phố Phạm Văn Đồng', 1, NULL, 'DRAFT', 'admin', 'ADMIN', 'drafted', 0),
    ('Camera cửa hàng Nguyễn Văn An: sự kiện giao thông phố Phạm Văn Đồng', 2, 'DRAFT', 'ACTIVE', 'admin', 'ADMIN', 'Đã ký thỏa thuận.', 5),
    ('Camera cửa hàng Nguyễn Văn An: sự kiện giao thông phố Phạm Văn Đồng', 3, 'ACTIVE', 'SUSPENDED', 'admin', 'ADMIN', 'Camera đang lắp đặt lại, chưa đạt QCVN 05:2024/BCA; tạm dừng đến khi kiểm định lại.', 12),
    ('Camera cổng Trường Đại học Quy Nhơn: giờ tan học', 1, NULL, 'DRAFT', 'admin', 'ADMIN', 'drafted', 0),
    ('Cung cấp bắt buộc khi bão đổ bộ: camera cổng trường', 1, NULL, 'DRAFT', 'admin', 'ADMIN', 'drafted', 0),
    ('Cung cấp bắt buộc khi bão đổ bộ: camera cổng trường', 2, 'DRAFT', 'ACTIVE', 'admin', 'ADMIN', 'Quyết định 45/QĐ-UBND về ứng phó bão: cung cấp bắt buộc 8 ngày.', 0),
    ('Cung cấp bắt buộc khi bão đổ bộ: camera cổng trường', 3, 'ACTIVE', 'EXPIRED', 'system', 'SYSTEM', 'term ended', 8)
)
INSERT INTO sharing.agreement_event (agreement_id, from_state, to_state, actor, actor_kind, reason, occurred_at)
SELECT a.id, s.from_state, s.to_state, s.actor, s.actor_kind, s.reason,
       a.created_at + make_interval(days => s.days_after_draft, mins => s.step)
  FROM steps s
  JOIN sharing.agreement a ON a.title = s.title
 WHERE NOT EXISTS (SELECT 1 FROM sharing.agreement_event e WHERE e.agreement_id = a.id)
 ORDER BY a.id, s.step;

-- The 30-day reminder of the bus station's agreement (the hourly timer raises the 7-day one).
INSERT INTO sharing.reminder (agreement_id, kind, ends_on, raised_at)
SELECT a.id, 'DAYS_30', a.ends_on, now()
  FROM sharing.agreement a
 WHERE a.title = 'Camera cổng Bến xe Quy Nhơn: an ninh trật tự và điều tra vụ việc'
ON CONFLICT (agreement_id, kind, ends_on) DO NOTHING;

-- Accesses of the last days: Quy Nhon's officers looking at the bus station's camera (one refused:
-- a purpose the agreement does not name), Pleiku's at the shop's camera by night and once by day.
WITH looks (camera, title, days_ago, hour, data_type, purpose, unit, actor, allowed, reason) AS (VALUES
    ('GL-QN-0004', 'Camera cổng Bến xe Quy Nhơn: an ninh trật tự và điều tra vụ việc', 6, 9, 'LIVE_VIEW', 'SECURITY_AND_ORDER', 'GL.QUY_NHON', 'officer', true, 'AGREEMENT'),
    ('GL-QN-0004', 'Camera cổng Bến xe Quy Nhơn: an ninh trật tự và điều tra vụ việc', 4, 14, 'RECORDINGS', 'INCIDENT_INVESTIGATION', 'GL.QUY_NHON', 'officer3', true, 'AGREEMENT'),
    ('GL-QN-0004', 'Camera cổng Bến xe Quy Nhơn: an ninh trật tự và điều tra vụ việc', 2, 17, 'SNAPSHOTS', 'SEARCH_AND_RESCUE', 'GL.QUY_NHON', 'officer', false, 'WRONG_PURPOSE'),
    ('GL-QN-0004', 'Camera cổng Bến xe Quy Nhơn: an ninh trật tự và điều tra vụ việc', 1, 7, 'LIVE_VIEW', 'TRAFFIC_MANAGEMENT', 'GL.QUY_NHON', 'officer', true, 'AGREEMENT'),
    ('GL-PK-0003', 'Camera cửa hàng Nguyễn Văn An: ban đêm khi cửa hàng đóng cửa', 3, 23, 'LIVE_VIEW', 'SECURITY_AND_ORDER', 'GL.PLEIKU', 'officer2', true, 'AGREEMENT'),
    ('GL-PK-0003', 'Camera cửa hàng Nguyễn Văn An: ban đêm khi cửa hàng đóng cửa', 2, 11, 'RECORDINGS', 'SECURITY_AND_ORDER', 'GL.PLEIKU', 'officer2', false, 'OUTSIDE_HOURS')
)
INSERT INTO sharing.access_log (checked_at, data_time, camera_code, data_type, purpose, unit, actor, allowed,
                                reason, agreement_id, provider_id, request_id)
SELECT t.at, t.at, l.camera, l.data_type, l.purpose, l.unit, l.actor, l.allowed, l.reason, a.id, a.provider_id,
       'demo-sharing-' || l.camera || '-' || l.days_ago
  FROM looks l
  JOIN sharing.agreement a ON a.title = l.title
 CROSS JOIN LATERAL (SELECT ((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - l.days_ago + make_time(l.hour, 12, 0))
                            AT TIME ZONE 'Asia/Ho_Chi_Minh' AS at) t
 WHERE NOT EXISTS (SELECT 1 FROM sharing.access_log x WHERE x.request_id = 'demo-sharing-' || l.camera || '-' || l.days_ago);

-- The bus company agreed that its gate camera's list entry and counts go on to the Smart City IOC
-- (the consumer profiles themselves are in V20): the IOC's feed shows GL-QN-0004 while that
-- agreement is active.
INSERT INTO sharing.agreement_consumer (agreement_id, consumer, added_by, added_at)
SELECT a.id, 'tcc-ioc', 'admin', a.created_at
  FROM sharing.agreement a
 WHERE a.title = 'Camera cổng Bến xe Quy Nhơn: an ninh trật tự và điều tra vụ việc'
ON CONFLICT DO NOTHING;

-- A café chain (a business: an ORGANIZATION owner in the registry, as the bus company) with a camera
-- in the registry that has not signed anything yet: the demo user
-- "provider2" represents it, so an administrator can register it as a provider on the agreements
-- page (code GL-CPPN, camera owner GL-CPPN), draft and activate its agreement for GL-QN-0006, and
-- provider2 then sees it (the browser test SharingStoryBrowserIT does the same with a camera of its
-- own).
INSERT INTO camera.owner (code, name, owner_type, jurisdiction_code, tax_code) VALUES
    ('GL-CPPN', 'Công ty TNHH Cà phê Phố Núi', 'ORGANIZATION', 'GL.QUY_NHON', '4101987654')
ON CONFLICT (code) DO NOTHING;

INSERT INTO camera.camera (code, name, purposes, owner_id, jurisdiction_code, latitude, longitude, address,
                           site_code, resolution, codec, onvif, built_in_analytics, status, health,
                           created_at, updated_at)
SELECT 'GL-QN-0006', 'Cà phê Phố Núi – ngã tư Nguyễn Huệ, Trần Hưng Đạo', '{OBSERVATION}'::varchar(24)[], o.id,
       'GL.QUY_NHON', 13.768400, 109.223900, 'Nguyễn Huệ, phường Quy Nhơn', 'GL-QN-CP1', '1920x1080', 'H.264',
       true, false, 'OPERATIONAL', 'UNKNOWN', now(), now()
  FROM camera.owner o
 WHERE o.code = 'GL-CPPN'
ON CONFLICT (code) DO NOTHING;

-- Two compulsory grants (Art. 18's emergency bases), each requested by one supervisor and approved
-- by another: one in force for a week from the first load on the household's shop camera (a
-- reported security threat in Pleiku), and one that is over, three days on the bus station's camera
-- during a flood alert twenty days before, which the bus company sees on its page afterwards.
WITH wanted (provider, basis, decision, unit, data_types, purposes, from_days, hours, reason, camera, note) AS (VALUES
    ('GL-PK-HGD01', 'SECURITY_THREAT', 'DEMO 112/QĐ-CAT-PC06', 'GL.PLEIKU', '{LIVE_VIEW,RECORDINGS}',
     '{SECURITY_AND_ORDER,INCIDENT_INVESTIGATION}', -1, 168,
     'Tin báo nhóm đối tượng tụ tập gây rối trước cửa hàng ban ngày; cần xem trực tiếp và ghi hình ngoài khung giờ đã thỏa thuận.',
     'GL-PK-0003', 'Đồng ý trong 7 ngày, chỉ phục vụ xác minh tin báo.'),
    ('GL-VTVH', 'EMERGENCY', 'DEMO 58/QĐ-UBND', 'GL.QUY_NHON', '{LIVE_VIEW,SNAPSHOTS}',
     '{SEARCH_AND_RESCUE,TRAFFIC_MANAGEMENT}', -20, 72,
     'Cảnh báo lũ trên sông Hà Thanh: theo dõi dòng người và xe rời bến xe.',
     'GL-QN-0004', 'Đồng ý trong 3 ngày của đợt cảnh báo lũ.')
), added AS (
    INSERT INTO sharing.compulsory_grant (provider_id, legal_basis, decision_number, receiving_unit, data_types,
                                          purposes, valid_from, valid_until, reason, state, requested_by,
                                          requested_at, decided_by, decided_at, decision_note)
    SELECT p.id, w.basis, w.decision, w.unit, w.data_types::varchar(16)[], w.purposes::varchar(40)[],
           date_trunc('hour', now()) + make_interval(days => w.from_days),
           date_trunc('hour', now()) + make_interval(days => w.from_days, hours => w.hours),
           w.reason, 'APPROVED', 'supervisor', date_trunc('hour', now()) + make_interval(days => w.from_days, hours => -2),
           'supervisor2', date_trunc('hour', now()) + make_interval(days => w.from_days, hours => -1), w.note
      FROM wanted w
      JOIN sharing.provider p ON p.code = w.provider
     WHERE NOT EXISTS (SELECT 1 FROM sharing.compulsory_grant g WHERE g.decision_number = w.decision)
    RETURNING id, decision_number
)
INSERT INTO sharing.grant_camera (grant_id, camera_code)
SELECT a.id, w.camera FROM added a JOIN wanted w ON w.decision = a.decision_number;

-- The receipts of the signed agreements and the signed destruction certificate of the one whose
-- data was destroyed are Word files signed with the center's key: DemoSharingPapers issues them at
-- start-up, which SQL cannot.
