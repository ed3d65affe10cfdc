-- Benchmark data for the camera registry: 20,000 cameras over the demo communes and 200,000
-- history rows (10 per camera). Needs the demo data (jurisdictions, sites, owners). Run as the
-- superuser on a throwaway database: `bin/tcc bench` does, on its own cluster.
DO $$
BEGIN
    IF (SELECT count(*) FROM camera.camera WHERE code LIKE 'BENCH-%') >= 20000 THEN
        RAISE NOTICE 'benchmark cameras already there';
        RETURN;
    END IF;

    INSERT INTO camera.camera (code, name, purposes, owner_id, jurisdiction_code, latitude, longitude, address,
                               route, km_marker, site_code, analysis_site_code, resolution, codec, main_stream_url,
                               onvif, built_in_analytics, plate_accuracy_day, plate_accuracy_night,
                               certificate_number, certificate_issuer, certificate_issued_on,
                               certificate_expires_on, registration_number, registered_on, status, health,
                               health_since, created_at, updated_at)
    SELECT 'BENCH-' || lpad(n::text, 6, '0'),
           (ARRAY['Ngã tư', 'Ngã ba', 'Cầu', 'Vòng xoay', 'Cổng trường', 'Chợ'])[1 + n % 6] || ' '
               || (ARRAY['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Huệ', 'Hùng Vương', 'Phạm Văn Đồng', 'Quang Trung',
                         'Lý Thường Kiệt', 'Hai Bà Trưng'])[1 + n % 8] || ' số ' || n,
           CASE n % 5 WHEN 0 THEN ARRAY['RED_LIGHT', 'PLATE_RECOGNITION'] WHEN 1 THEN ARRAY['SPEED']
                      WHEN 2 THEN ARRAY['OBSERVATION'] WHEN 3 THEN ARRAY['HELMET', 'LANE']
                      ELSE ARRAY['TRAFFIC_COUNTING', 'OBSERVATION'] END::varchar(24)[],
           (SELECT id FROM camera.owner ORDER BY id OFFSET n % 4 LIMIT 1),
           c.code,
           12.96 + (n * 7919 % 17800) / 10000.0,
           107.41 + (n * 104729 % 19800) / 10000.0,
           'Số ' || n || ' đường ' || (ARRAY['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Huệ', 'Hùng Vương'])[1 + n % 4],
           (ARRAY['QL1', 'QL19', 'QL14', 'QL25', NULL])[1 + n % 5],
           NULL,
           s.code, NULL, '1920x1080', 'H.265', 'rtsp://10.' || (n % 250) || '.' || (n / 250 % 250) || '.10/main',
           n % 2 = 0, true, 90 + n % 8, 78 + n % 8,
           'QCVN-B-' || n, 'Trung tâm Kiểm định', DATE '2025-01-01' + (n % 300),
           DATE '2026-10-01' + (n % 1000), 'BCA-B-' || n, DATE '2025-02-01' + (n % 200),
           (ARRAY['OPERATIONAL', 'OPERATIONAL', 'OPERATIONAL', 'INSTALLED', 'MAINTENANCE', 'PLANNED'])[1 + n % 6],
           (ARRAY['ONLINE', 'ONLINE', 'ONLINE', 'OFFLINE', 'DEGRADED', 'UNKNOWN'])[1 + n % 6],
           now() - (n % 500) * interval '1 minute', now(), now()
      FROM generate_series(1, 20000) AS n
      JOIN LATERAL (SELECT code FROM shared.jurisdiction WHERE parent_code IS NOT NULL
                    ORDER BY code OFFSET n % 8 LIMIT 1) c ON true
      JOIN LATERAL (SELECT code FROM camera.site WHERE kind = 'COMMUNE_CENTER' AND jurisdiction_code = c.code
                    LIMIT 1) s ON true;

    INSERT INTO camera.registry_history (object_type, object_id, changed_at, actor, actor_name, change_kind,
                                         reason, changes)
    SELECT 'CAMERA', cam.id, now() - (k * interval '3 days'), 'admin', 'Quản trị hệ thống',
           CASE WHEN k = 10 THEN 'CREATED' ELSE 'UPDATED' END,
           'Bảo trì định kỳ lần ' || k,
           jsonb_build_array(jsonb_build_object('field', 'status', 'from', 'MAINTENANCE', 'to', 'OPERATIONAL'))
      FROM camera.camera cam
      CROSS JOIN generate_series(1, 10) AS k
     WHERE cam.code LIKE 'BENCH-%';

    ANALYZE camera.camera;
    ANALYZE camera.registry_history;
END
$$;
