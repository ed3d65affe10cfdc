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

-- Review and transfer to the province (issue 15): red-light evidence of Quy Nhon's camera GL-QN-0001,
-- captured 92 to 99 days ago, past the commune's 90 days, waiting in the ward's review queue for
-- the demo officer ("officer", jurisdiction GL.QUY_NHON) to choose what goes to the province.
-- Each file is a small real JPEG whose comment segment (no checksum in JPEG) names its event, so the
-- eight files differ; SQL cannot write files, so their bytes wait in vms.demo_evidence_content and
-- DemoEvidenceFiles (event module) writes those missing into the commune store at start-up. The
-- hashes are computed here from the same bytes, so the queue, the index and the files agree.
INSERT INTO vms.event (client_id, source_id, source_event_id, camera_code, jurisdiction_code, occurred_at,
                       utc_offset_minutes, event_type, plate, plate_confidence, vehicle_class, lane,
                       images, attributes, received_at)
SELECT 'demo-retention', 'DEMO-RETENTION', 'EVIDENCE-' || lpad(n::text, 3, '0'), 'GL-QN-0001', 'GL.QUY_NHON',
       date_trunc('minute', now()) - make_interval(days => 91 + n, hours => n), 420, 'RED_LIGHT',
       '77A-' || lpad((20000 + n * 113)::text, 5, '0'), 95.00, 'CAR', '1', '[]', '{}',
       date_trunc('minute', now()) - make_interval(days => 91 + n, hours => n)
  FROM generate_series(1, 8) AS n
  JOIN camera.camera cam ON cam.code = 'GL-QN-0001'
ON CONFLICT (client_id, source_id, source_event_id) DO NOTHING;

CREATE TABLE IF NOT EXISTS vms.demo_evidence_content (
    sha256   char(64) PRIMARY KEY,
    event_id bigint   NOT NULL,
    content  bytea    NOT NULL
);
COMMENT ON TABLE vms.demo_evidence_content IS
    'Demo data only (db/demo/R__demo_retention.sql): the bytes of demo evidence files, written into the commune store by DemoEvidenceFiles.';

WITH base AS (
    SELECT decode(
        'ffd8ffe000104a46494600010200000100010000ffdb004300100b0c0e0c0a100e0d0e1211101318281a181616183123251d' ||
        '283a333d3c3933383740485c4e404457453738506d51575f626768673e4d71797064785c656763ffc0000b08005a00a00101' ||
        '1100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b51000020103030204030505' ||
        '04040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a' ||
        '25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a8384858687' ||
        '88898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2' ||
        'e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00e4e8a28a28a28a28a28a28a28a28a28a28a28a28a28a' ||
        '28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a2afc3a35e4f6ed711880c4a14b37da631b33d3765b8fc6' ||
        'a2b7d3aeeea5963822f33cacf98e186c4033c97ced0383ce79a26d3ae61f2b2a9279cc523f264597730c71f293cfcc38f7a9' ||
        '5f46be8c37991c68ea86468da7412050bbb94ceee9ce319aaf65693dfdd25b5aa79933e76ae40ce064f27d854b3e977905bf' ||
        'da1a20f003832c522c8aa78e095240ea3afad3ce8d78b1c4f2082312a0913ccb98d0b29e8705b34c6d2ef574d5d44c07ec8c' ||
        '7024041ee4723a8e4639a27d2ef6df4f8afa680a5b4c404724739c91c75e80d2ff00645f7ddf23f7bff3c37af9bff7ef3bbd' ||
        'fa74e7a552a28a28a28a28a2b6f4aff915f5dffb77ff00d0cd3b4e4379e1abab1b4205e7da16568f700d3c614fcaa3ab6082' ||
        'd8fcb9a6e8b6f2695add85c6a96cf0c2d2151e72edc1c63761ba00594e7dbdaab5d68daa2cd33c90493280d2b5cae5a375c6' ||
        'edc1fa1c8e7d7f1ab3e0dff91a2cff00e07ffa0354ba75b4da669ba9cba946618a7b7314704bf2b4926461821ebb739cf6cf' ||
        '1deae6ad04f2c1a5345a37db97fb3e11e66c94e0e0f1f2301ffeba582f61b6d034682f49fb15d25cc53e0676fce30c07a83c' ||
        'e7071ce29d77a9c577a347792c59b48f5640b0ed18112c630a1738e9dba649a83ecd75ff000987f6879dfe89f69f33edbb8f' ||
        '95e5e7eeefe9d3e4c74cf15cf5f4914d7d712c09e5c2f23322600daa4f0303a7150514514514514514514514514514514514' ||
        '51451453e0864b89e38625dd248c114671924e055c3a5e6ee2b782f6d67792610e6366c2b1380790323dd723f319a15a3fd8' ||
        'f2f91bfed16de7791f68fb3ef3bf66339e98cedf9b19ce3b546fa55ca491ab6cc49019d581c82047e611ecd8c71ee3b106a1' ||
        'b5b6372cff00bc489235def23e70a3207604f520703bd5a5d1e62e10cb0ab48c12004b7efc90ac36f1c643a7dec7def6388f' ||
        'fb31c441da785582a49221dd98d1b1863c608f9978049e7a75c43796c6d2e0c4d2249f2ab874ce08650c3a807a11da9ffd99' ||
        '7fe7f91f61b9f3b6eff2fca6ddb738ce31d33de9d65a75c5e2492ac7208234919a51192a0aa16c13d067007e34d1679d385d' ||
        'ee739675daa99036ece49cf03e7fcc01df89e2d12fdc4c1ed2e639123f3110c2d993e655207d3767f0a8a5d2ef61b217725b' ||
        'c8b16f6462508da5481cf1c7271f50476aa7451451454b6b70f6b770dc4601785d5d4374241cf35a635a8e26b75b6b7992de' ||
        '1b95b810c971bc29524854e06d1f31cf5cf1f8d3375041207b1b72870437da4a4e0f4e80a002a67d4a178778b7315e0b7107' ||
        '9a1b72b0c6cfba7a1d9c67247b027205d61c3b6610d19b7f25559bee379423de0f6c81c8e878f4044506a2550c53c28f0b47' ||
        'e530895627232ac3e60bc9ca8e483dfd735657594f32276b624db3abdb624c6d215146fe3e6e235e9b7bfa8c4475189e221e' ||
        'ddfcc9238e19584a0031a6dc6d1b786f9179248ebc7a45a8dd5bddc91bc10491154543be50f90aa1474518e073fd2ad45aca' ||
        'adddf492db078aee6f38a7c8c54e5b1cbab0fe23db3ee39047d62396479a6b791e7d93468fe6800093792586de4e646e981d' ||
        '38151d86b0f616cb1c70867572eaccdc67744dc8ff00b65ebdfdaa7bcbcb2b7d3cd958e651207dcfe6160b9688f528a7fe59' ||
        '74c77ebdaabde6a315dd9242f6eeb245b76389463848d0e46de7fd5e7a8ebdeb3a8a28a28a28a28a28a28a28a28a28a28a28' ||
        'a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a28a2bffd9', 'hex') AS jpeg
), files AS (
    SELECT e.id AS event_id, e.occurred_at,
           convert_to('TCC demo evidence: event ' || e.source_event_id || ', camera ' || e.camera_code
                      || ', plate ' || e.plate || ', red light at '
                      || to_char(e.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI'), 'UTF8') AS note
      FROM vms.event e
     WHERE e.client_id = 'demo-retention' AND e.source_id = 'DEMO-RETENTION'
       AND e.source_event_id LIKE 'EVIDENCE-%'
), contents AS (
    SELECT f.event_id, f.occurred_at,
           substring(b.jpeg FROM 1 FOR 20) || '\xfffe'::bytea || int2send((octet_length(f.note) + 2)::smallint)
           || f.note || substring(b.jpeg FROM 21) AS content
      FROM files f CROSS JOIN base b
)
INSERT INTO vms.demo_evidence_content (sha256, event_id, content)
SELECT encode(sha256(c.content), 'hex'), c.event_id, c.content FROM contents c
ON CONFLICT (sha256) DO NOTHING;

INSERT INTO vms.evidence (sha256, media_type, size_bytes, captured_at, captured_by)
SELECT d.sha256, 'image/jpeg', octet_length(d.content), e.occurred_at, 'demo:retention'
  FROM vms.demo_evidence_content d JOIN vms.event e ON e.id = d.event_id
ON CONFLICT (sha256) DO NOTHING;

INSERT INTO vms.event_evidence (event_id, sha256, kind)
SELECT d.event_id, d.sha256, 'snapshot'
  FROM vms.demo_evidence_content d
ON CONFLICT (event_id, sha256) DO NOTHING;

-- Queued as the nightly dry run would queue them: due at the local midnight after their 90th day.
INSERT INTO retention.review_item (data_class, item_id, jurisdiction_code, camera_code, captured_from,
                                   captured_to, due_at, size_bytes, sha256, description, policy_key,
                                   queued_at, expires_at)
SELECT 'VIOLATION_EVIDENCE', d.sha256, e.jurisdiction_code, e.camera_code, e.occurred_at, e.occurred_at,
       (((e.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 91)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'),
       octet_length(d.content), d.sha256, 'image/jpeg of event ' || e.id || ' (RED_LIGHT)',
       'VIOLATION_EVIDENCE/COMMUNE_CENTER/ANY/v1', now(),
       ((current_date + 31)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
  FROM vms.demo_evidence_content d JOIN vms.event e ON e.id = d.event_id
ON CONFLICT (data_class, item_id) DO NOTHING;

INSERT INTO retention.storage_location (code, storage_level, jurisdiction_code, root)
SELECT 'COMMUNE:' || code, 'COMMUNE_CENTER', code, 'TCC_EVIDENCE_DIR'
  FROM shared.jurisdiction WHERE parent_code IS NOT NULL
ON CONFLICT (code) DO NOTHING;

-- What the demo centers were sized for (the province enters the real figures).
UPDATE retention.storage_location SET capacity_bytes = 50::bigint * 1024 * 1024 * 1024 * 1024
 WHERE code = 'PROVINCE' AND capacity_bytes IS NULL;
UPDATE retention.storage_location SET capacity_bytes = 4::bigint * 1024 * 1024 * 1024 * 1024
 WHERE storage_level = 'COMMUNE_CENTER' AND capacity_bytes IS NULL;
