-- Demo data for the retention pages (loaded only with TCC_DEMO_DATA=true, after R__demo_gia_lai:
-- repeatable migrations run in the order of their names). Idempotent: fixed source ids, NOT EXISTS
-- and ON CONFLICT DO NOTHING, so a restart adds nothing twice. Times are relative to the first
-- load, so the items below fall due within the week after it, then stay due until a purge runs.

-- Plate reads that are no violation, 25 to 29 days old: under the 30-day PLATE_READ policy they fall
-- due within 7 days. Old reads, so not in the outbox: nothing is left to hand over.
INSERT INTO vms.event (client_id, source_id, source_event_id, camera_code, jurisdiction_code, occurred_at,
                       utc_offset_minutes, event_type, plate, plate_confidence, vehicle_class, lane,
                       images, attributes, received_at)
SELECT 'demo-retention', 'DEMO-RETENTION', 'PLATE-' || lpad(n::text, 3, '0'), c.code, c.commune,
       now() - make_interval(days => 25 + n % 5, mins => n * 7), 420, 'PLATE_READ',
       '77A-' || lpad((10000 + n * 37)::text, 5, '0'), 92.50, 'CAR', '1', '[]', '{}',
       now() - make_interval(days => 25 + n % 5, mins => n * 7)
  FROM generate_series(1, 40) AS n
  JOIN (VALUES (0, 'GL-QN-0001', 'GL.QUY_NHON'), (1, 'GL-QN-0002', 'GL.QUY_NHON'),
               (2, 'GL-PK-0001', 'GL.PLEIKU'), (3, 'GL-CS-0001', 'GL.CHU_SE')) AS c (k, code, commune)
    ON c.k = n % 4
  JOIN camera.camera cam ON cam.code = c.code
ON CONFLICT (client_id, source_id, source_event_id) DO NOTHING;

-- Events quarantined about 85 days ago (a camera not yet registered): under the 90-day
-- QUARANTINED_EVENT policy they fall due within 7 days.
INSERT INTO vms.quarantine (client_id, client_jurisdiction, source_id, source_event_id, camera_code, payload,
                            reasons, received_at, times_received, state)
SELECT 'demo-retention', 'GL.QUY_NHON', 'DEMO-RETENTION', 'QUARANTINE-' || lpad(n::text, 3, '0'), 'GL-QN-9999',
       jsonb_build_object('sourceId', 'DEMO-RETENTION', 'sourceEventId', 'QUARANTINE-' || lpad(n::text, 3, '0'),
                          'cameraCode', 'GL-QN-9999', 'type', 'PLATE_READ',
                          'occurredAt', to_char(now() - make_interval(days => 84 + n % 3), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
       '[{"field":"cameraCode","key":"event.reason.camera.unknown","args":["GL-QN-9999"]}]'::jsonb,
       now() - make_interval(days => 84 + n % 3, mins => n), 1, 'WAITING'
  FROM generate_series(1, 12) AS n
 WHERE NOT EXISTS (SELECT 1 FROM vms.quarantine q
                    WHERE q.client_id = 'demo-retention' AND q.source_id = 'DEMO-RETENTION'
                      AND q.source_event_id = 'QUARANTINE-' || lpad(n::text, 3, '0'));

-- A hold on a Quy Nhon camera's footage of one afternoon, placed by the commune's officer for an
-- investigation; it keeps that footage whatever the 30-day policy says, until lifted.
INSERT INTO retention.legal_hold (scope_kind, camera_code, camera_from, camera_to, placed_by, reason,
                                  decision_number, placed_at, held_through)
SELECT 'CAMERA', 'GL-QN-0001', date_trunc('hour', now() - interval '20 days'),
       date_trunc('hour', now() - interval '20 days') + interval '3 hours', 'officer',
       'Va chạm giao thông tại ngã tư Nguyễn Tất Thành – Lê Hồng Phong: giữ đoạn phim phục vụ điều tra.',
       'DEMO 12/QĐ-CAP-QN', now() - interval '19 days', NULL
 WHERE NOT EXISTS (SELECT 1 FROM retention.legal_hold WHERE decision_number = 'DEMO 12/QĐ-CAP-QN');

-- A hold on a case under appeal, placed by a province supervisor, through the end of next year.
INSERT INTO retention.legal_hold (scope_kind, case_number, placed_by, reason, decision_number, placed_at,
                                  held_through)
SELECT 'CASE', 'VP-2026-000042', 'supervisor',
       'Người vi phạm khởi kiện quyết định xử phạt; giữ toàn bộ chứng cứ đến khi có bản án.',
       'DEMO 07/TB-TAND', now() - interval '5 days', make_date(extract(year FROM now())::int + 1, 12, 31)
 WHERE NOT EXISTS (SELECT 1 FROM retention.legal_hold WHERE decision_number = 'DEMO 07/TB-TAND');

-- A policy change to come: plate reads at commune centers kept 60 days from 2027, with its reason.
INSERT INTO retention.policy_version (data_class, storage_level, owner_type, period_years, period_months,
                                      period_days, end_action, legal_basis, effective_from, version, reason,
                                      changed_by)
SELECT 'PLATE_READ', 'COMMUNE_CENTER', 'ANY', 0, 0, 60, 'DELETE',
       'Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: biển số gắn với hành trình của một người là dữ liệu cá nhân, chỉ lưu trong thời gian mục đích cần. Thời hạn 60 ngày là chính sách của tỉnh (chưa tìm thấy quy định pháp luật về thời hạn lưu trữ).',
       DATE '2027-01-01',
       (SELECT coalesce(max(version), 0) + 1 FROM retention.policy_version
         WHERE data_class = 'PLATE_READ' AND storage_level = 'COMMUNE_CENTER' AND owner_type = 'ANY'),
       'Đề nghị của Phòng CSGT: điều tra các vụ gây tai nạn rồi bỏ chạy cần tra cứu biển số quá 30 ngày (dữ liệu mẫu).',
       'admin'
 WHERE NOT EXISTS (SELECT 1 FROM retention.policy_version
                    WHERE data_class = 'PLATE_READ' AND storage_level = 'COMMUNE_CENTER'
                      AND owner_type = 'ANY' AND effective_from = DATE '2027-01-01')
ON CONFLICT DO NOTHING;
