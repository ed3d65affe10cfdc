-- Demo data (loaded only with TCC_DEMO_DATA=true): Gia Lai province, one of the pilot provinces of
-- Decision 502/QD-TTg, after the July 2025 merger (two levels: province, commune/ward).
-- Unit names are taken from public reporting on the merger (medium confidence); the codes are TCC's own.
INSERT INTO shared.jurisdiction (code, kind, name_vi, name_en, parent_code) VALUES
    ('GL', 'PROVINCE', 'Gia Lai', 'Gia Lai', NULL)
ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name_vi = excluded.name_vi, name_en = excluded.name_en;

INSERT INTO shared.jurisdiction (code, kind, name_vi, name_en, parent_code) VALUES
    ('GL.QUY_NHON',     'WARD',    'Quy Nhơn',     'Quy Nhon',     'GL'),
    ('GL.QUY_NHON_NAM', 'WARD',    'Quy Nhơn Nam', 'Quy Nhon Nam', 'GL'),
    ('GL.QUY_NHON_BAC', 'WARD',    'Quy Nhơn Bắc', 'Quy Nhon Bac', 'GL'),
    ('GL.PLEIKU',       'WARD',    'Pleiku',       'Pleiku',       'GL'),
    ('GL.HOI_PHU',      'WARD',    'Hội Phú',      'Hoi Phu',      'GL'),
    ('GL.AN_KHE',       'WARD',    'An Khê',       'An Khe',       'GL'),
    ('GL.IA_GRAI',      'COMMUNE', 'Ia Grai',      'Ia Grai',      'GL'),
    ('GL.CHU_SE',       'COMMUNE', 'Chư Sê',       'Chu Se',       'GL')
ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name_vi = excluded.name_vi, name_en = excluded.name_en,
                                 parent_code = excluded.parent_code;

INSERT INTO camera.site (code, name, kind, jurisdiction_code, parent_code) VALUES
    ('GL-PCC', 'Trung tâm camera Công an tỉnh Gia Lai (Trung tâm Thông tin chỉ huy)', 'PROVINCIAL_CENTER', 'GL', NULL)
ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, jurisdiction_code = excluded.jurisdiction_code;

INSERT INTO camera.site (code, name, kind, jurisdiction_code, parent_code) VALUES
    ('GL-QN-CC',     'Trung tâm camera Công an phường Quy Nhơn',      'COMMUNE_CENTER',          'GL.QUY_NHON',     'GL-PCC'),
    ('GL-QNN-CC',    'Trung tâm camera Công an phường Quy Nhơn Nam',  'COMMUNE_CENTER',          'GL.QUY_NHON_NAM', 'GL-PCC'),
    ('GL-QNB-CC',    'Trung tâm camera Công an phường Quy Nhơn Bắc',  'COMMUNE_CENTER',          'GL.QUY_NHON_BAC', 'GL-PCC'),
    ('GL-PK-CC',     'Trung tâm camera Công an phường Pleiku',        'COMMUNE_CENTER',          'GL.PLEIKU',       'GL-PCC'),
    ('GL-HP-CC',     'Trung tâm camera Công an phường Hội Phú',       'COMMUNE_CENTER',          'GL.HOI_PHU',      'GL-PCC'),
    ('GL-AK-CC',     'Trung tâm camera Công an phường An Khê',        'COMMUNE_CENTER',          'GL.AN_KHE',       'GL-PCC'),
    ('GL-IG-CC',     'Trung tâm camera Công an xã Ia Grai',           'COMMUNE_CENTER',          'GL.IA_GRAI',      'GL-PCC'),
    ('GL-CS-CC',     'Trung tâm camera Công an xã Chư Sê',            'COMMUNE_CENTER',          'GL.CHU_SE',       'GL-PCC')
ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                                 jurisdiction_code = excluded.jurisdiction_code, parent_code = excluded.parent_code;

INSERT INTO camera.site (code, name, kind, jurisdiction_code, parent_code) VALUES
    ('GL-QN-RSC1', 'Cụm máy chủ khu vực Công an phường Quy Nhơn',                    'REGIONAL_SERVER_CLUSTER', 'GL.QUY_NHON', 'GL-QN-CC'),
    ('GL-QN-CP1',  'Điểm kết nối tập trung nút giao Nguyễn Tất Thành – Lê Hồng Phong', 'CONNECTION_POINT',        'GL.QUY_NHON', 'GL-QN-CC'),
    ('GL-PK-RSC1', 'Cụm máy chủ khu vực Đội CSGT Pleiku',                           'REGIONAL_SERVER_CLUSTER', 'GL.PLEIKU',   'GL-PK-CC'),
    ('GL-PK-ID1',  'Thiết bị trung gian nút giao Hùng Vương – Trần Phú',             'INTERMEDIATE_DEVICE',     'GL.PLEIKU',   'GL-PK-RSC1')
ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                                 jurisdiction_code = excluded.jurisdiction_code, parent_code = excluded.parent_code;

-- The province's bounding box (Gia Lai after the merger with Binh Dinh, approximate): camera
-- coordinates must fall inside it.
UPDATE shared.jurisdiction
   SET min_latitude = 12.950000, max_latitude = 14.750000, min_longitude = 107.400000, max_longitude = 109.400000
 WHERE code = 'GL';

INSERT INTO camera.owner (code, name, owner_type, jurisdiction_code, tax_code) VALUES
    ('GL-CA',       'Công an tỉnh Gia Lai',                          'POLICE',       'GL',          NULL),
    ('GL-SXD',      'Sở Xây dựng tỉnh Gia Lai',                      'DEPARTMENT',   'GL',          NULL),
    ('GL-VTVH',     'Công ty TNHH Vận tải Vĩnh Hòa',                 'ORGANIZATION', 'GL.QUY_NHON', '4101234567'),
    ('GL-PK-HGD01', 'Hộ kinh doanh Nguyễn Văn An',                   'HOUSEHOLD',    'GL.PLEIKU',   NULL)
ON CONFLICT (code) DO UPDATE SET name = excluded.name, owner_type = excluded.owner_type,
                                 jurisdiction_code = excluded.jurisdiction_code, tax_code = excluded.tax_code;

-- Demo cameras: added once, never overwritten, so changes made while trying TCC survive restarts.
INSERT INTO camera.camera (code, name, purposes, owner_id, jurisdiction_code, latitude, longitude, address, route,
                           km_marker, site_code, analysis_site_code, resolution, codec, main_stream_url, onvif,
                           built_in_analytics, plate_accuracy_day, plate_accuracy_night, certificate_number,
                           certificate_issuer, certificate_issued_on, certificate_expires_on, registration_number,
                           registered_on, status, health, health_since, created_at, updated_at)
SELECT v.code, v.name, v.purposes::varchar(24)[], o.id, v.commune, v.lat, v.lon, v.address, v.route, v.km, v.site,
       v.analysis, '1920x1080', 'H.265', 'rtsp://10.20.' || v.n || '.10:554/stream1', true, v.ai, v.day, v.night,
       v.cert, CASE WHEN v.cert IS NULL THEN NULL ELSE 'Trung tâm Kiểm định, Cục Cảnh sát giao thông' END,
       v.issued, v.expires, v.reg, v.registered, v.status, v.health,
       CASE WHEN v.health = 'UNKNOWN' THEN NULL ELSE now() - (v.n || ' hours')::interval END, now(), now()
  FROM (VALUES
    (1, 'GL-QN-0001', 'Ngã tư Nguyễn Tất Thành – Lê Hồng Phong', '{RED_LIGHT,PLATE_RECOGNITION}', 'GL-CA', 'GL.QUY_NHON', 13.771200, 109.223700, 'Nguyễn Tất Thành, phường Quy Nhơn', 'QL19B', NULL, 'GL-QN-CC', NULL, true, 95.5, 83.0, 'QCVN05-2025-0101', DATE '2025-03-01', DATE '2028-03-01', 'BCA67-2025-0101', DATE '2025-04-01', 'OPERATIONAL', 'ONLINE'),
    (2, 'GL-QN-0002', 'Cầu Thị Nại – đầu phía Quy Nhơn', '{SPEED,PLATE_RECOGNITION}', 'GL-CA', 'GL.QUY_NHON', 13.786500, 109.238000, 'Đường Hoa Lư, phường Quy Nhơn', 'QL19B', 'Km2+150', 'GL-QN-CC', 'GL-QN-RSC1', false, 94.0, 81.5, 'QCVN05-2025-0102', DATE '2025-03-01', DATE '2026-12-10', 'BCA67-2025-0102', DATE '2025-04-01', 'OPERATIONAL', 'OFFLINE'),
    (3, 'GL-QN-0003', 'Vòng xoay Xuân Diệu', '{OBSERVATION,TRAFFIC_COUNTING}', 'GL-SXD', 'GL.QUY_NHON', 13.763900, 109.228900, 'Xuân Diệu, phường Quy Nhơn', NULL, NULL, 'GL-QN-CC', 'GL-QN-RSC1', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'OPERATIONAL', 'ONLINE'),
    (4, 'GL-QN-0004', 'Bến xe Quy Nhơn – cổng chính', '{OBSERVATION}', 'GL-VTVH', 'GL.QUY_NHON', 13.765800, 109.207100, 'Tây Sơn, phường Quy Nhơn', NULL, NULL, 'GL-QN-CP1', NULL, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'INSTALLED', 'UNKNOWN'),
    (5, 'GL-QNN-0001', 'Ngã ba Ông Thọ', '{RED_LIGHT,LANE}', 'GL-CA', 'GL.QUY_NHON_NAM', 13.754300, 109.206600, 'Quốc lộ 1D, phường Quy Nhơn Nam', 'QL1D', 'Km3+400', 'GL-QNN-CC', NULL, true, 93.0, 80.5, 'QCVN05-2024-0077', DATE '2024-12-15', DATE '2025-12-15', 'BCA67-2025-0033', DATE '2025-01-10', 'MAINTENANCE', 'DEGRADED'),
    (6, 'GL-QNB-0001', 'Ngã tư Phú Tài', '{SPEED,RED_LIGHT}', 'GL-CA', 'GL.QUY_NHON_BAC', 13.851200, 109.142300, 'Quốc lộ 1, phường Quy Nhơn Bắc', 'QL1', 'Km1227+300', 'GL-QNB-CC', NULL, true, 96.0, 84.0, 'QCVN05-2025-0140', DATE '2025-05-20', DATE '2028-05-20', 'BCA67-2025-0140', DATE '2025-06-01', 'OPERATIONAL', 'ONLINE'),
    (7, 'GL-PK-0001', 'Ngã tư Hùng Vương – Trần Phú', '{RED_LIGHT,HELMET,PLATE_RECOGNITION}', 'GL-CA', 'GL.PLEIKU', 13.983300, 108.000800, 'Hùng Vương, phường Pleiku', NULL, NULL, 'GL-PK-CC', 'GL-PK-ID1', false, 94.5, 82.0, 'QCVN05-2025-0201', DATE '2025-02-10', DATE '2028-02-10', 'BCA67-2025-0201', DATE '2025-03-01', 'OPERATIONAL', 'ONLINE'),
    (8, 'GL-PK-0002', 'Quảng trường Đại Đoàn Kết', '{OBSERVATION}', 'GL-SXD', 'GL.PLEIKU', 13.980900, 108.004500, 'Trần Hưng Đạo, phường Pleiku', NULL, NULL, 'GL-PK-CC', NULL, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'OPERATIONAL', 'OFFLINE'),
    (9, 'GL-PK-0003', 'Cửa hàng Nguyễn Văn An – Phạm Văn Đồng', '{OBSERVATION}', 'GL-PK-HGD01', 'GL.PLEIKU', 13.990100, 108.012300, 'Phạm Văn Đồng, phường Pleiku', NULL, NULL, 'GL-PK-CC', NULL, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'PLANNED', 'UNKNOWN'),
    (10, 'GL-PK-0004', 'Đèo Mang Yang – km 80', '{SPEED,WRONG_WAY}', 'GL-CA', 'GL.PLEIKU', 13.995000, 108.112000, 'Quốc lộ 19', 'QL19', 'Km80+200', 'GL-PK-CC', 'GL-PK-RSC1', false, 92.5, 80.0, 'QCVN05-2025-0222', DATE '2025-08-01', DATE '2028-08-01', 'BCA67-2025-0222', DATE '2025-08-15', 'OPERATIONAL', 'ONLINE'),
    (11, 'GL-AK-0001', 'Thị xã An Khê – ngã tư Quang Trung', '{RED_LIGHT}', 'GL-CA', 'GL.AN_KHE', 13.955800, 108.662700, 'Quang Trung, phường An Khê', 'QL19', NULL, 'GL-AK-CC', NULL, true, 95.0, 82.5, 'QCVN05-2025-0300', DATE '2025-01-05', DATE '2028-01-05', 'BCA67-2025-0300', DATE '2025-02-01', 'OPERATIONAL', 'ONLINE'),
    (12, 'GL-CS-0001', 'Thị trấn Chư Sê – ngã ba QL14 và QL25', '{SPEED,PLATE_RECOGNITION}', 'GL-CA', 'GL.CHU_SE', 13.696300, 108.082500, 'Quốc lộ 14, xã Chư Sê', 'QL14', 'Km1593+500', 'GL-CS-CC', NULL, true, 93.5, 81.0, NULL, NULL, NULL, NULL, NULL, 'INSTALLED', 'UNKNOWN')
  ) AS v(n, code, name, purposes, owner, commune, lat, lon, address, route, km, site, analysis, ai, day, night, cert,
         issued, expires, reg, registered, status, health)
  JOIN camera.owner o ON o.code = v.owner
ON CONFLICT (code) DO NOTHING;
