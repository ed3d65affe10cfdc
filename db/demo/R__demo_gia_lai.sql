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
