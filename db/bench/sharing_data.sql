-- Benchmark data for data sharing (SharingBenchmark): at scale 1, 100,000 business and household
-- cameras under 20,000 agreements (five cameras each, one provider each), 10,000 police cameras,
-- and 1,000,000 events for the IOC feed. Needs the demo data (the province GL, its communes and
-- their commune centers). Run as the superuser on a throwaway database (`bin/tcc bench` does), after
-- `SELECT set_config('tcc.bench_sharing_scale', '0.5', false)` in the same session to load a part of
-- it (default 1). One transaction; refuses to run twice.
--
-- Agreement k (1 .. 20,000 × scale) shares cameras BSH-<5(k-1)+1> .. BSH-<5k> of provider BSH-P<k>:
--   * state: k % 10 in 0..6 ACTIVE, 7 SUSPENDED, 8 EXPIRED (term ended 35 days ago), 9 REVOKED;
--   * receiving unit: the province GL when k % 4 = 0 (serves every commune), else the cameras'
--     commune (one of the eight demo communes, by k % 8);
--   * data: LIVE_VIEW only when k % 5 = 0, else all four; purposes: security and investigation when
--     k % 3 = 0, else also traffic violation handling;
--   * hours: 22:00-06:00 when k % 4 = 1, 06:00-22:00 when k % 4 = 2, else the whole day;
--   * named for the IOC (tcc-ioc) when k is even.
-- Events: 1,000,000 × scale over the last 24 hours, ids in time order as ingestion hands them out,
-- on 3 % of the shared cameras (two thirds of them under agreements that share events with the IOC,
-- a third under suspended ones) and every 10th police camera (4,000 cameras at scale 1); half plate
-- reads, the rest red light, no helmet and wrong lane. Not in the outbox: nothing else processes them.
DO $$
DECLARE
    started    timestamptz := clock_timestamp();
    scale      numeric := coalesce(nullif(current_setting('tcc.bench_sharing_scale', true), ''), '1')::numeric;
    today      date := (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    n_agr      bigint;
    n_cam      bigint;
    n_police   bigint;
    n_events   bigint;
    jurs       text[];
    sites      text[];
    cams       text[];
    cam_jurs   text[];
    n_busy     int;
    event_base bigint;
BEGIN
    IF scale <= 0 OR scale > 10 THEN
        RAISE EXCEPTION 'tcc.bench_sharing_scale must be in (0, 10], not %', scale;
    END IF;
    n_agr := round(20000 * scale);
    n_cam := 5 * n_agr;
    n_police := round(10000 * scale);
    n_events := round(1000000 * scale);
    IF EXISTS (SELECT 1 FROM sharing.provider WHERE code LIKE 'BSH-%') THEN
        RAISE EXCEPTION 'the sharing benchmark data was loaded before: run it on a fresh stack';
    END IF;

    SELECT array_agg(j.code ORDER BY j.code), array_agg(s.code ORDER BY j.code)
      INTO jurs, sites
      FROM shared.jurisdiction j
      JOIN LATERAL (SELECT code FROM camera.site
                     WHERE kind = 'COMMUNE_CENTER' AND jurisdiction_code = j.code
                     ORDER BY code LIMIT 1) s ON true
     WHERE j.parent_code = 'GL';
    IF coalesce(array_length(jurs, 1), 0) < 8 THEN
        RAISE EXCEPTION 'the sharing benchmark needs the demo communes (TCC_DEMO_DATA=true)';
    END IF;
    jurs := jurs[1:8];
    sites := sites[1:8];

    -- Owners in the registry and providers in sharing: one each per agreement.
    INSERT INTO camera.owner (code, name, owner_type, jurisdiction_code, tax_code)
    SELECT 'BSH-O' || lpad(k::text, 6, '0'),
           CASE WHEN k % 3 = 0 THEN 'Hộ kinh doanh số ' ELSE 'Công ty TNHH số ' END || k,
           CASE WHEN k % 3 = 0 THEN 'HOUSEHOLD' ELSE 'ORGANIZATION' END,
           jurs[1 + k % 8], CASE WHEN k % 3 <> 0 THEN lpad(k::text, 10, '4') END
      FROM generate_series(1, n_agr) AS k;
    INSERT INTO camera.owner (code, name, owner_type, jurisdiction_code)
    VALUES ('BSH-POLICE', 'Công an tỉnh Gia Lai (benchmark)', 'POLICE', 'GL');

    INSERT INTO sharing.provider (code, kind, name, jurisdiction_code, tax_code, camera_owner_code,
                                  contact_name, contact_phone, contact_email, created_by, created_at)
    SELECT 'BSH-P' || lpad(k::text, 6, '0'),
           CASE k % 3 WHEN 0 THEN 'HOUSEHOLD' WHEN 1 THEN 'BUSINESS' ELSE 'ORGANIZATION' END,
           CASE WHEN k % 3 = 0 THEN 'Hộ kinh doanh số ' ELSE 'Công ty TNHH số ' END || k,
           jurs[1 + k % 8], CASE WHEN k % 3 <> 0 THEN lpad(k::text, 10, '4') END,
           'BSH-O' || lpad(k::text, 6, '0'),
           'Người liên hệ ' || k, '09' || lpad(k::text, 8, '0'), 'lienhe' || k || '@example.vn',
           'bench', now()
      FROM generate_series(1, n_agr) AS k;

    -- The cameras: five per owner, in the owner's commune; then the police cameras.
    INSERT INTO camera.camera (code, name, purposes, owner_id, jurisdiction_code, latitude, longitude, address,
                               site_code, resolution, codec, onvif, built_in_analytics, status, health,
                               health_since, created_at, updated_at)
    SELECT 'BSH-' || lpad(n::text, 6, '0'), 'Camera chia sẻ số ' || n, ARRAY['OBSERVATION']::varchar(24)[],
           o.id, jurs[1 + k % 8],
           12.96 + (n * 7919 % 17800) / 10000.0, 107.41 + (n * 104729 % 19800) / 10000.0,
           'Số ' || n || ' đường Lê Lợi', sites[1 + k % 8], '1920x1080', 'H.264', true, n % 50 = 0,
           'OPERATIONAL', (ARRAY['ONLINE', 'ONLINE', 'ONLINE', 'OFFLINE'])[1 + n % 4],
           now() - (n % 500) * interval '1 minute', now(), now()
      FROM generate_series(1, n_cam) AS n
     CROSS JOIN LATERAL (SELECT (n - 1) / 5 + 1 AS k) kk
      JOIN camera.owner o ON o.code = 'BSH-O' || lpad(kk.k::text, 6, '0');
    INSERT INTO camera.camera (code, name, purposes, owner_id, jurisdiction_code, latitude, longitude, address,
                               site_code, resolution, codec, onvif, built_in_analytics, status, health,
                               health_since, created_at, updated_at)
    SELECT 'BSP-' || lpad(n::text, 6, '0'), 'Camera công an số ' || n, ARRAY['RED_LIGHT', 'PLATE_RECOGNITION']::varchar(24)[],
           (SELECT id FROM camera.owner WHERE code = 'BSH-POLICE'), jurs[1 + n % 8],
           12.96 + (n * 7919 % 17800) / 10000.0, 107.41 + (n * 104729 % 19800) / 10000.0,
           'Nút giao số ' || n, sites[1 + n % 8], '1920x1080', 'H.265', true, true,
           'OPERATIONAL', 'ONLINE', now(), now(), now()
      FROM generate_series(1, n_police) AS n;
    RAISE NOTICE 'cameras after %', clock_timestamp() - started;

    -- The agreements, their cameras and the IOC naming.
    INSERT INTO sharing.agreement (provider_id, title, receiving_unit, data_types, purposes, start_time,
                                   end_time, days_of_week, legal_basis, decision_number, storage_place,
                                   retention_days, starts_on, ends_on, document_sha256, state, ended_as,
                                   created_by, created_at)
    SELECT p.id, 'Thỏa thuận chia sẻ camera số ' || k,
           CASE WHEN k % 4 = 0 THEN 'GL' ELSE jurs[1 + k % 8] END,
           CASE WHEN k % 5 = 0 THEN ARRAY['LIVE_VIEW']
                ELSE ARRAY['LIVE_VIEW', 'RECORDINGS', 'EVENTS', 'SNAPSHOTS'] END::varchar(16)[],
           CASE WHEN k % 3 = 0 THEN ARRAY['SECURITY_AND_ORDER', 'INCIDENT_INVESTIGATION']
                ELSE ARRAY['TRAFFIC_VIOLATION_HANDLING', 'SECURITY_AND_ORDER', 'INCIDENT_INVESTIGATION'] END::varchar(40)[],
           CASE k % 4 WHEN 1 THEN TIME '22:00' WHEN 2 THEN TIME '06:00' ELSE TIME '00:00' END,
           CASE k % 4 WHEN 1 THEN TIME '06:00' WHEN 2 THEN TIME '22:00' ELSE TIME '00:00' END,
           ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[], 'VOLUNTARY_ART18', NULL, 'COMMUNE_CENTER', 30,
           CASE WHEN k % 10 = 8 THEN today - 400 ELSE today - 200 END,
           CASE WHEN k % 10 = 8 THEN today - 35 ELSE today + 165 + (k % 300)::int END,
           encode(sha256(convert_to('benchmark agreement ' || k, 'UTF8')), 'hex'),
           CASE k % 10 WHEN 7 THEN 'SUSPENDED' WHEN 8 THEN 'EXPIRED' WHEN 9 THEN 'REVOKED' ELSE 'ACTIVE' END,
           CASE WHEN k % 10 = 9 THEN 'REVOKED' END,
           'bench', now() - interval '200 days'
      FROM generate_series(1, n_agr) AS k
      JOIN sharing.provider p ON p.code = 'BSH-P' || lpad(k::text, 6, '0');
    INSERT INTO sharing.agreement_camera (agreement_id, camera_code)
    SELECT a.id, 'BSH-' || lpad((5 * (substr(p.code, 6)::int - 1) + j)::text, 6, '0')
      FROM sharing.agreement a
      JOIN sharing.provider p ON p.id = a.provider_id AND p.code LIKE 'BSH-P%'
     CROSS JOIN generate_series(1, 5) AS j;
    INSERT INTO sharing.agreement_consumer (agreement_id, consumer, added_by, added_at)
    SELECT a.id, 'tcc-ioc', 'bench', now() - interval '200 days'
      FROM sharing.agreement a
      JOIN sharing.provider p ON p.id = a.provider_id AND p.code LIKE 'BSH-P%'
     WHERE substr(p.code, 6)::int % 2 = 0;
    INSERT INTO sharing.agreement_event (agreement_id, from_state, to_state, actor, actor_kind, reason, occurred_at)
    SELECT a.id, NULL, 'DRAFT', 'bench', 'ADMIN', 'drafted', a.created_at
      FROM sharing.agreement a WHERE a.created_by = 'bench';
    RAISE NOTICE 'agreements after %', clock_timestamp() - started;

    -- The events, on the busy cameras, in time order.
    SELECT array_agg(c.code ORDER BY c.code), array_agg(c.jurisdiction_code ORDER BY c.code)
      INTO cams, cam_jurs
      FROM camera.camera c
     WHERE (c.code LIKE 'BSH-%' AND (substr(c.code, 5)::int % 50 = 8 OR substr(c.code, 5)::int % 100 = 33))
        OR (c.code LIKE 'BSP-%' AND substr(c.code, 5)::int % 10 = 0);
    n_busy := array_length(cams, 1);
    event_base := setval('vms.event_id_seq', nextval('vms.event_id_seq') + n_events - 1) - (n_events - 1);
    INSERT INTO vms.event (id, client_id, source_id, source_event_id, camera_code, jurisdiction_code,
                           occurred_at, utc_offset_minutes, event_type, plate, plate_confidence,
                           vehicle_class, lane, images, attributes, received_at)
    SELECT event_base + g - 1, 'tcc-event-source', 'BENCH-SHARING', 'BS-' || lpad(g::text, 9, '0'),
           cams[1 + (g * 7919) % n_busy], cam_jurs[1 + (g * 7919) % n_busy], t.at, 420,
           -- By g / n_busy: a camera's successive events (g apart by n_busy) take every type.
           CASE WHEN (g / n_busy) % 2 = 0 THEN 'PLATE_READ' WHEN (g / n_busy) % 6 = 1 THEN 'RED_LIGHT'
                WHEN (g / n_busy) % 6 = 3 THEN 'NO_HELMET' ELSE 'WRONG_LANE' END,
           CASE WHEN g % 2 = 0 THEN '81' ELSE '77' END || substr('ABCDEFGHKLMNPSTUVXYZ', 1 + (g % 20)::int, 1)
               || lpad((g * 7919 % 100000)::text, 5, '0'),
           90.00, CASE WHEN g % 3 = 0 THEN 'CAR' ELSE 'MOTORCYCLE' END, '1', '[]'::jsonb, '{}'::jsonb,
           t.at + interval '2 seconds'
      FROM generate_series(1, n_events) AS g
     CROSS JOIN LATERAL (SELECT now() - interval '24 hours 2 minutes'
                                + (g::double precision / n_events) * interval '24 hours' AS at) t;
    RAISE NOTICE 'sharing benchmark data (scale %: % agreements, % shared and % police cameras, % events on % cameras) loaded in %',
        scale, n_agr, n_cam, n_police, n_events, n_busy, clock_timestamp() - started;
END
$$;
