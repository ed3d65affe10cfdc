-- Benchmark data for the retention purge (RetentionBenchmark): at scale 1, 3,000,000 events with one
-- evidence file each and 1,000,000 cases, old enough that 1,000,000 plate reads are due for
-- deletion. Needs the demo data (the twelve demo cameras). Run as the superuser on a throwaway
-- database (`bin/tcc bench` does), after `SELECT set_config('tcc.bench_retention_scale', '0.25',
-- false)` in the same session to load a quarter of it (default 1). One transaction. Refuses to run
-- twice: the purge deletes what it loads, so a second load would measure something else.
--
-- What it makes (n = 1,000,000 × scale):
--   * n cases, 31 to 360 days old, one or two detections 30 s apart (1.5 n violation events), over
--     the twelve demo cameras; 75 % CLOSED (paid and closed 16 days after the violation), 25 %
--     REJECTED (a day after). Terminal states only, so the deadline timer touches none of them;
--     none is due under the initial policies except for review (closed cases and their evidence at
--     a commune center after 90 days: REVIEW_DUE lines of the plan, never deleted; false
--     detections are kept a year, the oldest rejection here is 359 days old). The dry run still
--     reads every one of them.
--   * n plate reads (PLATE_READ, no case), 31 to 400 days old: all due under the 30-day policy.
--     These are what the purge deletes.
--   * n / 2 plate reads 1 to 25 days old (source BENCH-RET-BARE): not due; the benchmark deletes
--     them with bare SQL, chunk by chunk, as the figure to compare the purge with.
--   * One evidence file per event (vms.evidence, not on disk: the store's delete of a missing file is
--     a no-op) tied by vms.event_evidence; the transitions into each case's state.
DO $$
DECLARE
    started    timestamptz := clock_timestamp();
    scale      numeric := coalesce(nullif(current_setting('tcc.bench_retention_scale', true), ''), '1')::numeric;
    n_cases    bigint;
    n_due      bigint;
    n_bare     bigint;
    n_det      bigint;
    total      bigint;
    cams       text[];
    jurs       text[];
    case_base  bigint;
    event_base bigint;
BEGIN
    IF scale <= 0 OR scale > 10 THEN
        RAISE EXCEPTION 'tcc.bench_retention_scale must be in (0, 10], not %', scale;
    END IF;
    n_cases := round(1000000 * scale);
    n_due := round(1000000 * scale);
    n_bare := round(500000 * scale);
    IF EXISTS (SELECT 1 FROM vms.event WHERE client_id = 'tcc-event-source'
                  AND source_id IN ('BENCH-RET-CASES', 'BENCH-RET-READS', 'BENCH-RET-BARE')) THEN
        RAISE EXCEPTION 'the retention benchmark data was loaded (and purged) before: run it on a fresh stack';
    END IF;

    SELECT array_agg(c.code ORDER BY c.code), array_agg(c.jurisdiction_code ORDER BY c.code)
      INTO cams, jurs
      FROM camera.camera c
     WHERE c.code IN ('GL-QN-0001', 'GL-QN-0002', 'GL-QN-0003', 'GL-QN-0004', 'GL-QNN-0001', 'GL-QNB-0001',
                      'GL-PK-0001', 'GL-PK-0002', 'GL-PK-0003', 'GL-PK-0004', 'GL-AK-0001', 'GL-CS-0001');
    IF coalesce(array_length(cams, 1), 0) <> 12 THEN
        RAISE EXCEPTION 'the retention benchmark needs the twelve demo cameras (TCC_DEMO_DATA=true)';
    END IF;

    PERFORM setseed(0.2027);
    PERFORM set_config('work_mem', '128MB', true);

    -- The cases, in the order of their violations; p is the vehicle (plates repeat over cases).
    CREATE TEMP TABLE ret_case ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY x.occurred_at, x.n) AS k,
           x.*,
           CASE WHEN x.vehicle_class = 'MOTORCYCLE'
                THEN CASE WHEN x.t < 0.4 THEN 'RED_LIGHT' WHEN x.t < 0.75 THEN 'NO_HELMET' ELSE 'WRONG_LANE' END
                ELSE CASE WHEN x.t < 0.5 THEN 'RED_LIGHT' WHEN x.t < 0.8 THEN 'WRONG_LANE' ELSE 'WRONG_WAY' END
           END AS detected_type,
           CASE WHEN x.p % 2 = 0 THEN '81' ELSE '77' END
               || substr('ABCDEFGHKLMNPSTUVXYZ', 1 + (x.p / 2) % 20, 1)
               || CASE WHEN x.vehicle_class = 'MOTORCYCLE' THEN (1 + (x.p / 40) % 9)::text ELSE '' END
               || lpad(((x.p / 40) * 7919 % 100000)::text, 5, '0') AS plate
      FROM (SELECT r.*,
                   CASE WHEN r.p % 10 < 6 THEN 'MOTORCYCLE' ELSE 'CAR' END AS vehicle_class
              FROM (SELECT n,
                           1 + floor(random() * 12)::int AS slot,
                           floor(random() * 300000)::int AS p,
                           CASE WHEN random() < 0.5 THEN 1 ELSE 2 END AS detections,
                           CASE WHEN random() < 0.75 THEN 'CLOSED' ELSE 'REJECTED' END AS state,
                           random() AS t,
                           now() - interval '31 days' - random() * interval '329 days' AS occurred_at
                      FROM generate_series(1, n_cases) AS n) r) x;
    SELECT sum(detections) INTO n_det FROM ret_case;
    total := n_det + n_due + n_bare;

    -- Ids in ranges of their own (nextval, then setval past the range), as the cases' script does.
    event_base := setval('vms.event_id_seq', nextval('vms.event_id_seq') + total - 1) - (total - 1);
    case_base := setval('violation.violation_case_id_seq',
                        nextval('violation.violation_case_id_seq') + n_cases - 1) - (n_cases - 1);
    ALTER TABLE ret_case ADD COLUMN id bigint, ADD COLUMN first_event bigint;
    UPDATE ret_case c
       SET id = case_base + c.k - 1,
           first_event = event_base + s.before
      FROM (SELECT k, sum(detections) OVER (ORDER BY k ROWS UNBOUNDED PRECEDING) - detections AS before
              FROM ret_case) s
     WHERE s.k = c.k;
    RAISE NOTICE '% cases drawn after %', n_cases, clock_timestamp() - started;

    -- The detections.
    INSERT INTO vms.event (id, client_id, source_id, source_event_id, camera_code, jurisdiction_code,
                           occurred_at, utc_offset_minutes, event_type, plate, plate_confidence,
                           vehicle_class, lane, images, attributes, received_at)
    SELECT c.first_event + d, 'tcc-event-source', 'BENCH-RET-CASES', 'RC-' || lpad((c.first_event + d)::text, 12, '0'),
           cams[c.slot], jurs[c.slot], c.occurred_at + d * interval '30 seconds', 420, c.detected_type,
           c.plate, 90.00, c.vehicle_class, '1',
           ('[{"kind":"overview","vms":"ZM-DEMO","recordingId":"' || (100000 + (c.first_event + d) % 900000) || '"}]')::jsonb,
           '{}'::jsonb, c.occurred_at + d * interval '30 seconds' + interval '2 seconds'
      FROM ret_case c
     CROSS JOIN LATERAL generate_series(0, c.detections - 1) AS d;

    -- The cases: closed ones went the whole way (verified, identified, noticed, decided, paid,
    -- closed), rejected ones were rejected in review the day after.
    INSERT INTO violation.violation_case (
        id, case_number, jurisdiction_code, camera_code, detected_type, detected_plate, plate_key,
        plate_confidence, vehicle_class, first_event_id, occurred_at, last_detected_at, detections,
        state, first_reviewer, verified_plate, verified_type, fine_outcome, fine_min_vnd, fine_max_vnd,
        licence_points, identification_due, owner_identified_at, notice_issued_at, response_due,
        penalty_decided_at, fine_vnd, decided_by, payment_due, paid_at, closed_at, version, opened_at,
        updated_at)
    SELECT c.id,
           'VP-' || to_char(c.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY') || '-'
               || lpad(c.id::text, greatest(7, length(c.id::text)), '0'),
           jurs[c.slot], cams[c.slot], c.detected_type, c.plate, c.plate, 90.00, c.vehicle_class,
           c.first_event, c.occurred_at, c.occurred_at + (c.detections - 1) * interval '30 seconds',
           c.detections, c.state,
           'canbo' || lpad((1 + c.n % 20)::text, 2, '0'),
           CASE WHEN closed THEN c.plate END,
           CASE WHEN closed THEN c.detected_type END,
           CASE WHEN closed THEN 'FINE' END,
           CASE WHEN closed THEN f.min_vnd END,
           CASE WHEN closed THEN f.min_vnd + f.min_vnd / 5 END,
           CASE WHEN closed THEN f.points END,
           (c.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 10,
           CASE WHEN closed THEN c.occurred_at + interval '2 days' END,
           CASE WHEN closed THEN c.occurred_at + interval '3 days' END,
           CASE WHEN closed THEN ((c.occurred_at + interval '3 days') AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 20 END,
           CASE WHEN closed THEN c.occurred_at + interval '10 days' END,
           CASE WHEN closed THEN f.min_vnd END,
           CASE WHEN closed THEN 'canbo' || lpad((1 + (c.n + 7) % 20)::text, 2, '0') END,
           CASE WHEN closed THEN ((c.occurred_at + interval '10 days') AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 10 END,
           CASE WHEN closed THEN c.occurred_at + interval '15 days' END,
           CASE WHEN closed THEN c.occurred_at + interval '16 days' END,
           1,
           c.occurred_at + interval '3 seconds',
           CASE WHEN closed THEN c.occurred_at + interval '16 days' ELSE c.occurred_at + interval '1 day' END
      FROM ret_case c
     CROSS JOIN LATERAL (SELECT c.state = 'CLOSED' AS closed) s
     CROSS JOIN LATERAL (SELECT CASE c.detected_type WHEN 'RED_LIGHT' THEN 4000000 WHEN 'NO_HELMET' THEN 400000
                                    WHEN 'WRONG_WAY' THEN 4000000 ELSE 1000000 END
                                / CASE WHEN c.vehicle_class = 'MOTORCYCLE' THEN 4 ELSE 1 END AS min_vnd,
                                CASE c.detected_type WHEN 'RED_LIGHT' THEN 4 WHEN 'WRONG_WAY' THEN 4
                                    ELSE 0 END::smallint AS points) f;

    INSERT INTO violation.case_event (event_id, case_id, occurred_at)
    SELECT c.first_event + d, c.id, c.occurred_at + d * interval '30 seconds'
      FROM ret_case c
     CROSS JOIN LATERAL generate_series(0, c.detections - 1) AS d;

    INSERT INTO violation.case_transition (case_id, from_state, to_state, actor, actor_name, reason, at)
    SELECT id, NULL, 'DETECTED', 'system', 'TCC', 'camera detection', occurred_at + interval '3 seconds'
      FROM ret_case;
    INSERT INTO violation.case_transition (case_id, from_state, to_state, actor, actor_name, reason, at)
    SELECT c.id,
           CASE c.state WHEN 'CLOSED' THEN 'PAID' ELSE 'IN_REVIEW' END,
           c.state,
           'canbo' || lpad((1 + (c.n + 7) % 20)::text, 2, '0'), 'Cán bộ ' || (1 + (c.n + 7) % 20),
           CASE c.state WHEN 'REJECTED' THEN 'Biển số không đọc được' END,
           c.occurred_at + CASE c.state WHEN 'CLOSED' THEN interval '16 days' ELSE interval '1 day' END
      FROM ret_case c;
    RAISE NOTICE 'cases stored after %', clock_timestamp() - started;

    -- The plate reads the purge deletes (31 to 400 days old), then the bare SQL's (1 to 25 days).
    INSERT INTO vms.event (id, client_id, source_id, source_event_id, camera_code, jurisdiction_code, occurred_at,
                           utc_offset_minutes, event_type, plate, plate_confidence, vehicle_class, lane, images,
                           attributes, received_at)
    SELECT event_base + n_det + g - 1, 'tcc-event-source', 'BENCH-RET-READS', 'RR-' || lpad(g::text, 9, '0'),
           cams[1 + g % 12], jurs[1 + g % 12], r.at, 420, 'PLATE_READ',
           CASE WHEN g % 2 = 0 THEN '81' ELSE '77' END || substr('ABCDEFGHKLMNPSTUVXYZ', 1 + (g % 20)::int, 1)
               || lpad((g * 7919 % 100000)::text, 5, '0'),
           90.00, CASE WHEN g % 3 = 0 THEN 'CAR' ELSE 'MOTORCYCLE' END, '1',
           ('[{"kind":"plate","vms":"ZM-DEMO","recordingId":"' || (100000 + g % 900000) || '"}]')::jsonb,
           '{}'::jsonb, r.at + interval '2 seconds'
      FROM generate_series(1, n_due) AS g
     CROSS JOIN LATERAL (SELECT now() - interval '31 days'
                                - (g::double precision / n_due) * interval '369 days' AS at) r;
    INSERT INTO vms.event (id, client_id, source_id, source_event_id, camera_code, jurisdiction_code, occurred_at,
                           utc_offset_minutes, event_type, plate, plate_confidence, vehicle_class, lane, images,
                           attributes, received_at)
    SELECT event_base + n_det + n_due + g - 1, 'tcc-event-source', 'BENCH-RET-BARE', 'RB-' || lpad(g::text, 9, '0'),
           cams[1 + g % 12], jurs[1 + g % 12], r.at, 420, 'PLATE_READ',
           CASE WHEN g % 2 = 0 THEN '77' ELSE '81' END || substr('ABCDEFGHKLMNPSTUVXYZ', 1 + (g % 20)::int, 1)
               || lpad((g * 6007 % 100000)::text, 5, '0'),
           90.00, CASE WHEN g % 3 = 0 THEN 'CAR' ELSE 'MOTORCYCLE' END, '1',
           ('[{"kind":"plate","vms":"ZM-DEMO","recordingId":"' || (100000 + g % 900000) || '"}]')::jsonb,
           '{}'::jsonb, r.at + interval '2 seconds'
      FROM generate_series(1, n_bare) AS g
     CROSS JOIN LATERAL (SELECT now() - interval '1 day'
                                - (g::double precision / n_bare) * interval '24 days' AS at) r;
    RAISE NOTICE 'events stored after %', clock_timestamp() - started;

    -- One evidence file per event, captured 5 s after it: a frame of the violation, a plate crop of
    -- a read; named by a SHA-256 of their own (the bytes are not on disk).
    INSERT INTO vms.evidence (sha256, media_type, size_bytes, captured_at, captured_by)
    SELECT encode(sha256(convert_to('tcc-bench-retention-' || e.id, 'UTF8')), 'hex'), 'image/jpeg',
           CASE WHEN e.event_type = 'PLATE_READ' THEN 20000 + e.id * 7919 % 40000
                ELSE 60000 + e.id * 7919 % 120000 END,
           e.occurred_at + interval '5 seconds', 'vms-capture'
      FROM vms.event e
     WHERE e.id BETWEEN event_base AND event_base + total - 1;
    INSERT INTO vms.event_evidence (event_id, sha256, kind, vms_code, vms_recording_id, locked_in_vms, linked_at)
    SELECT e.id, encode(sha256(convert_to('tcc-bench-retention-' || e.id, 'UTF8')), 'hex'),
           CASE WHEN e.event_type = 'PLATE_READ' THEN 'plate' ELSE 'overview' END,
           'ZM-DEMO', (100000 + e.id % 900000)::text, false, e.occurred_at + interval '5 seconds'
      FROM vms.event e
     WHERE e.id BETWEEN event_base AND event_base + total - 1;
    RAISE NOTICE 'evidence stored after %', clock_timestamp() - started;

    ANALYZE vms.event;
    ANALYZE vms.evidence;
    ANALYZE vms.event_evidence;
    ANALYZE violation.violation_case;
    ANALYZE violation.case_event;
    ANALYZE violation.case_transition;
    RAISE NOTICE 'retention benchmark data (scale %: % events, % cases, % plate reads due, % for the bare SQL) loaded in %',
        scale, total, n_cases, n_due, n_bare, clock_timestamp() - started;
END
$$;
