-- Benchmark data for the reports to the PPC (ReportingBenchmark): at scale 1, 10,000,000 events and
-- 3,000,000 cases over the twelve reporting months before the current one (Decree 09/2019: a month
-- runs from the 15th to the 14th, Vietnam's time) and the current one so far, with the moves,
-- notices and payments the violation figures count, and 30 reporting units whose violation reports
-- are accepted for the 23 months before the current one. Needs the demo data (the twelve demo
-- cameras, the communes of Gia Lai, the demo units). Run as the superuser on a throwaway database
-- (`bin/tcc bench` does), after `SELECT set_config('tcc.bench_reporting_scale', '0.3', false)` in
-- the same session for less (default 1). One transaction; refuses to run twice.
--
-- What it makes (c = 3,000,000 × scale cases, e = 10,000,000 × scale events):
--   * c cases, uniformly from the start of the oldest of the twelve months until an hour ago, over
--     the twelve demo cameras (so over their communes); one detection event each. Terminal states
--     only, so no deadline timer touches them: 12 % REJECTED a day after the violation, the rest
--     VERIFIED a day after and CLOSED. Of all cases 85 % got a notice 3 days after, 75 % a penalty
--     decision 10 days after (the fine by type and vehicle), 62 % a payment 15 days after (a late
--     fee on one in ten). A "figure" of a month is counted from these dates, so months differ.
--   * case_transition: the opening move (-> DETECTED) and the verdict (-> VERIFIED or REJECTED)
--     of every case, the moves the report counts; later moves are not generated.
--   * e - c PLATE_READ events (no case) over the same time, to make up the events.
--   * 25 units (BENCH.CA.01 … 25, commune police of the demo communes) beside the demo's 5 that file
--     the violation report: 30. Each files an ACCEPTED report for each of the 23 months before
--     the current one (figures from a hash, totals the sums of their breakdowns, moves opened →
--     submitted → accepted); the demo's own reports are left as they are.
--   * Not generated: case_event links, evidence, owners, notice documents (an empty docx).
DO $$
DECLARE
    started    timestamptz := clock_timestamp();
    scale      numeric := coalesce(nullif(current_setting('tcc.bench_reporting_scale', true), ''), '1')::numeric;
    n_cases    bigint;
    n_events   bigint;
    n_reads    bigint;
    cams       text[];
    jurs       text[];
    case_base  bigint;
    event_base bigint;
    today      date := (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    cur_start  date;
    data_from  timestamptz;
    span       interval;
BEGIN
    IF scale <= 0 OR scale > 10 THEN
        RAISE EXCEPTION 'tcc.bench_reporting_scale must be in (0, 10], not %', scale;
    END IF;
    n_cases := round(3000000 * scale);
    n_events := round(10000000 * scale);
    n_reads := n_events - n_cases;
    IF EXISTS (SELECT 1 FROM vms.event WHERE client_id = 'tcc-event-source' AND source_id = 'BENCH-REP-CASES') THEN
        RAISE EXCEPTION 'the reporting benchmark data was loaded before: run it on a fresh stack';
    END IF;

    SELECT array_agg(c.code ORDER BY c.code), array_agg(c.jurisdiction_code ORDER BY c.code)
      INTO cams, jurs
      FROM camera.camera c
     WHERE c.code IN ('GL-QN-0001', 'GL-QN-0002', 'GL-QN-0003', 'GL-QN-0004', 'GL-QNN-0001', 'GL-QNB-0001',
                      'GL-PK-0001', 'GL-PK-0002', 'GL-PK-0003', 'GL-PK-0004', 'GL-AK-0001', 'GL-CS-0001');
    IF coalesce(array_length(cams, 1), 0) <> 12 THEN
        RAISE EXCEPTION 'the reporting benchmark needs the twelve demo cameras (TCC_DEMO_DATA=true)';
    END IF;

    -- The current reporting month starts on the 15th (TCC_REPORT_CUTOFF_DAY's default).
    cur_start := CASE WHEN extract(day FROM today) >= 15
                      THEN make_date(extract(year FROM today)::int, extract(month FROM today)::int, 15)
                      ELSE (make_date(extract(year FROM today)::int, extract(month FROM today)::int, 15)
                            - interval '1 month')::date END;
    data_from := (cur_start - interval '12 months')::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh';
    span := (now() - interval '1 hour') - data_from;

    PERFORM setseed(0.2028);
    PERFORM set_config('work_mem', '256MB', true);
    PERFORM set_config('maintenance_work_mem', '512MB', true);

    event_base := setval('vms.event_id_seq', nextval('vms.event_id_seq') + n_events - 1) - (n_events - 1);
    case_base := setval('violation.violation_case_id_seq',
                        nextval('violation.violation_case_id_seq') + n_cases - 1) - (n_cases - 1);

    -- The cases in the order of their violations (ids rise with time, as the handover gives them).
    CREATE TEMP TABLE rep_case ON COMMIT DROP AS
    SELECT case_base + k - 1 AS id, event_base + k - 1 AS event_id, y.*,
           CASE WHEN y.vehicle_class = 'MOTORCYCLE'
                THEN CASE y.detected_type WHEN 'NO_HELMET' THEN 400000 WHEN 'WRONG_LANE' THEN 250000
                                          WHEN 'SPEEDING' THEN 800000 ELSE 1000000 END
                ELSE CASE y.detected_type WHEN 'SPEEDING' THEN 4000000 WHEN 'WRONG_LANE' THEN 1000000
                                          WHEN 'ILLEGAL_STOPPING' THEN 800000 WHEN 'NO_SEATBELT' THEN 800000
                                          ELSE 4000000 END
           END AS fine
      FROM (SELECT row_number() OVER (ORDER BY x.occurred_at, x.n) AS k, x.*,
                   CASE WHEN x.vehicle_class = 'MOTORCYCLE'
                        THEN CASE WHEN x.t < 0.30 THEN 'RED_LIGHT' WHEN x.t < 0.50 THEN 'SPEEDING'
                                  WHEN x.t < 0.80 THEN 'NO_HELMET' WHEN x.t < 0.93 THEN 'WRONG_LANE'
                                  ELSE 'WRONG_WAY' END
                        ELSE CASE WHEN x.t < 0.30 THEN 'RED_LIGHT' WHEN x.t < 0.60 THEN 'SPEEDING'
                                  WHEN x.t < 0.75 THEN 'WRONG_LANE' WHEN x.t < 0.82 THEN 'WRONG_WAY'
                                  WHEN x.t < 0.90 THEN 'ILLEGAL_STOPPING' WHEN x.t < 0.96 THEN 'NO_SEATBELT'
                                  ELSE 'PHONE_WHILE_DRIVING' END
                   END AS detected_type,
                   CASE WHEN x.p % 2 = 0 THEN '81' ELSE '77' END
                       || substr('ABCDEFGHKLMNPSTUVXYZ', 1 + (x.p / 2) % 20, 1)
                       || CASE WHEN x.vehicle_class = 'MOTORCYCLE' THEN (1 + (x.p / 40) % 9)::text ELSE '' END
                       || lpad(((x.p / 40) * 7919 % 100000)::text, 5, '0') AS plate
              FROM (SELECT r.*, CASE WHEN r.p % 10 < 6 THEN 'MOTORCYCLE' ELSE 'CAR' END AS vehicle_class
                      FROM (SELECT n,
                                   1 + floor(random() * 12)::int AS slot,
                                   floor(random() * 500000)::int AS p,
                                   random() AS t,
                                   random() AS s,
                                   data_from + random() * span AS occurred_at
                              FROM generate_series(1, n_cases) AS n) r) x) y;
    RAISE NOTICE '% cases drawn after %', n_cases, clock_timestamp() - started;

    -- The detections, then the plate reads.
    INSERT INTO vms.event (id, client_id, source_id, source_event_id, camera_code, jurisdiction_code,
                           occurred_at, utc_offset_minutes, event_type, plate, plate_confidence,
                           vehicle_class, lane, received_at)
    SELECT c.event_id, 'tcc-event-source', 'BENCH-REP-CASES', 'PC-' || lpad(c.event_id::text, 12, '0'),
           cams[c.slot], jurs[c.slot], c.occurred_at, 420, c.detected_type, c.plate, 90.00,
           c.vehicle_class, '1', c.occurred_at + interval '2 seconds'
      FROM rep_case c;
    INSERT INTO vms.event (id, client_id, source_id, source_event_id, camera_code, jurisdiction_code,
                           occurred_at, utc_offset_minutes, event_type, plate, plate_confidence,
                           vehicle_class, lane, received_at)
    SELECT event_base + n_cases + g - 1, 'tcc-event-source', 'BENCH-REP-READS', 'PR-' || lpad(g::text, 10, '0'),
           cams[1 + g % 12], jurs[1 + g % 12], r.at, 420, 'PLATE_READ',
           CASE WHEN g % 2 = 0 THEN '81' ELSE '77' END || substr('ABCDEFGHKLMNPSTUVXYZ', 1 + (g % 20)::int, 1)
               || lpad((g * 7919 % 100000)::text, 5, '0'),
           90.00, CASE WHEN g % 3 = 0 THEN 'CAR' ELSE 'MOTORCYCLE' END, '1', r.at + interval '2 seconds'
      FROM generate_series(1, n_reads) AS g
     CROSS JOIN LATERAL (SELECT data_from + (g::double precision / n_reads) * span AS at) r;
    RAISE NOTICE '% events stored after %', n_events, clock_timestamp() - started;

    INSERT INTO violation.violation_case (
        id, case_number, jurisdiction_code, camera_code, detected_type, detected_plate, plate_key,
        plate_confidence, vehicle_class, first_event_id, occurred_at, last_detected_at, detections,
        state, first_reviewer, verified_plate, verified_type, fine_outcome, fine_min_vnd, fine_max_vnd,
        identification_due, owner_identified_at, notice_issued_at, response_due, penalty_decided_at,
        fine_vnd, decided_by, payment_due, paid_at, closed_at, version, opened_at, updated_at)
    SELECT c.id,
           'VP-' || to_char(c.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY') || '-'
               || lpad(c.id::text, greatest(7, length(c.id::text)), '0'),
           jurs[c.slot], cams[c.slot], c.detected_type, c.plate, c.plate, 90.00, c.vehicle_class,
           c.event_id, c.occurred_at, c.occurred_at, 1,
           CASE WHEN rejected THEN 'REJECTED' ELSE 'CLOSED' END,
           'canbo' || lpad((1 + c.k % 20)::text, 2, '0'),
           CASE WHEN NOT rejected THEN c.plate END,
           CASE WHEN NOT rejected THEN c.detected_type END,
           CASE WHEN NOT rejected THEN 'FINE' END,
           CASE WHEN NOT rejected THEN c.fine END,
           CASE WHEN NOT rejected THEN c.fine * 2 END,
           (c.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 10,
           CASE WHEN noticed THEN c.occurred_at + interval '2 days' END,
           CASE WHEN noticed THEN c.occurred_at + interval '3 days' END,
           CASE WHEN noticed THEN ((c.occurred_at + interval '3 days') AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 20 END,
           CASE WHEN decided THEN c.occurred_at + interval '10 days' END,
           CASE WHEN decided THEN c.fine END,
           CASE WHEN decided THEN 'canbo' || lpad((1 + (c.k + 7) % 20)::text, 2, '0') END,
           CASE WHEN decided THEN ((c.occurred_at + interval '10 days') AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 10 END,
           CASE WHEN paid THEN c.occurred_at + interval '15 days' END,
           CASE WHEN NOT rejected THEN c.occurred_at + interval '16 days' END,
           1, c.occurred_at + interval '3 seconds',
           c.occurred_at + CASE WHEN rejected THEN interval '1 day' ELSE interval '16 days' END
      FROM rep_case c
     CROSS JOIN LATERAL (SELECT c.s < 0.12 AS rejected, c.s >= 0.15 AS noticed, c.s >= 0.25 AS decided,
                                c.s >= 0.38 AS paid) f;
    RAISE NOTICE 'cases stored after %', clock_timestamp() - started;

    INSERT INTO violation.case_transition (case_id, from_state, to_state, actor, actor_name, reason, at)
    SELECT id, NULL, 'DETECTED', 'system', 'TCC', 'camera detection', occurred_at + interval '3 seconds'
      FROM rep_case;
    INSERT INTO violation.case_transition (case_id, from_state, to_state, actor, actor_name, reason, at)
    SELECT c.id, 'IN_REVIEW', CASE WHEN c.s < 0.12 THEN 'REJECTED' ELSE 'VERIFIED' END,
           'canbo' || lpad((1 + (c.k + 7) % 20)::text, 2, '0'), 'Cán bộ ' || (1 + (c.k + 7) % 20),
           CASE WHEN c.s < 0.12 THEN 'Biển số không đọc được' END, c.occurred_at + interval '1 day'
      FROM rep_case c;

    INSERT INTO violation.notice (case_id, notice_number, verification_code, issued_by, issued_at,
                                  response_due, docx, docx_sha256)
    SELECT c.id, 'TB-BENCH-' || c.id, 'B' || lpad(to_hex(c.id), 15, '0'),
           'canbo' || lpad((1 + (c.k + 3) % 20)::text, 2, '0'), c.occurred_at + interval '3 days',
           ((c.occurred_at + interval '3 days') AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 20, '\x'::bytea,
           encode(sha256(''::bytea), 'hex')
      FROM rep_case c
     WHERE c.s >= 0.15;

    INSERT INTO violation.payment (case_id, channel, transaction_ref, fine_vnd, late_fee_vnd, amount_vnd,
                                   paid_at, recorded_by, recorded_at)
    SELECT c.id, CASE WHEN c.k % 3 = 0 THEN 'COUNTER' ELSE 'GATEWAY' END, 'BENCH-PAY-' || c.id, c.fine,
           CASE WHEN c.k % 10 = 0 THEN c.fine / 20 ELSE 0 END,
           c.fine + CASE WHEN c.k % 10 = 0 THEN c.fine / 20 ELSE 0 END,
           c.occurred_at + interval '15 days', 'payment-gateway', c.occurred_at + interval '15 days'
      FROM rep_case c
     WHERE c.s >= 0.38;
    RAISE NOTICE 'moves, notices and payments stored after %', clock_timestamp() - started;

    -- The reporting units: the demo's five that file the violation report and 25 more.
    INSERT INTO reporting.unit (code, name_vi, name_en, kind, jurisdiction_code)
    SELECT 'BENCH.CA.' || lpad(g::text, 2, '0'), 'Công an đơn vị thử nghiệm ' || lpad(g::text, 2, '0'),
           'Benchmark unit police ' || lpad(g::text, 2, '0'), 'COMMUNE_POLICE',
           (ARRAY['GL.QUY_NHON', 'GL.QUY_NHON_NAM', 'GL.QUY_NHON_BAC', 'GL.PLEIKU', 'GL.HOI_PHU',
                  'GL.AN_KHE', 'GL.IA_GRAI', 'GL.CHU_SE'])[1 + g % 8]
      FROM generate_series(1, 25) AS g;

    CREATE TEMP TABLE rep_submission ON COMMIT DROP AS
    SELECT u.code AS unit_code, f.id AS form_id,
           to_char(m, 'YYYY') || '-M' || to_char(m, 'MM') AS period_key,
           -- Opened on the 15th after the month's cut-off, submitted the next day, accepted after.
           (m + interval '14 days')::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '9 hours' AS opened
      FROM reporting.unit u
      JOIN reporting.form f ON f.code = 'VIOLATION_HANDLING' AND f.version = 1
     CROSS JOIN LATERAL generate_series(date_trunc('month', cur_start + interval '1 month') - interval '23 months',
                                        date_trunc('month', cur_start + interval '1 month') - interval '1 month',
                                        interval '1 month') AS m
     WHERE u.kind = ANY (f.filed_by) AND u.active;

    INSERT INTO reporting.submission (unit_code, form_code, form_id, period_key, state, created_at, updated_at)
    SELECT unit_code, 'VIOLATION_HANDLING', form_id, period_key, 'ACCEPTED', opened, opened + interval '2 days'
      FROM rep_submission
    ON CONFLICT (unit_code, form_code, period_key) DO NOTHING;

    -- Only the reports this script opened (the demo's own keep their figures and moves).
    CREATE TEMP TABLE rep_new ON COMMIT DROP AS
    SELECT s.id, s.unit_code, s.period_key, s.form_id, s.created_at
      FROM reporting.submission s
      JOIN rep_submission r ON r.unit_code = s.unit_code AND r.period_key = s.period_key
     WHERE s.form_code = 'VIOLATION_HANDLING'
       AND NOT EXISTS (SELECT 1 FROM reporting.submission_value v WHERE v.submission_id = s.id);

    INSERT INTO reporting.submission_value (submission_id, indicator_code, value_number, value_text, source,
                                            narrative, updated_by, updated_at)
    SELECT s.id, i.code,
           CASE i.value_type
               WHEN 'INTEGER' THEN 50 + abs(hashtext(s.unit_code || i.code || s.period_key)::bigint) % 900
               WHEN 'MONEY_VND' THEN (50 + abs(hashtext(s.unit_code || i.code || s.period_key)::bigint) % 900) * 500000
               WHEN 'PERCENT' THEN 60 + abs(hashtext(s.unit_code || i.code || s.period_key)::bigint) % 40
           END,
           CASE WHEN i.value_type = 'TEXT' THEN 'Hệ thống camera hoạt động ổn định; đề nghị bổ sung kinh phí bảo trì.' END,
           'TYPED',
           CASE WHEN i.narrative_above_percent IS NOT NULL THEN 'Biến động theo mùa lễ hội và điều chỉnh pha đèn.' END,
           'bench', s.created_at + interval '1 day'
      FROM rep_new s
      JOIN reporting.indicator i ON i.form_id = s.form_id;

    UPDATE reporting.submission_value v
       SET value_number = t.total
      FROM (SELECT sv.submission_id,
                   split_part(sv.indicator_code, '.', 1) || '.' || split_part(sv.indicator_code, '.', 2) AS total_code,
                   sum(sv.value_number) AS total
              FROM reporting.submission_value sv
              JOIN rep_new s ON s.id = sv.submission_id
             WHERE sv.indicator_code LIKE 'VIO.DETECTED.%' OR sv.indicator_code LIKE 'VIO.FINES_IMPOSED.%'
             GROUP BY 1, 2) t
     WHERE v.submission_id = t.submission_id AND v.indicator_code = t.total_code;

    INSERT INTO reporting.submission_move (submission_id, from_state, to_state, actor, actor_name, reason, at)
    SELECT s.id, m.from_state, m.to_state, m.actor, m.actor_name, NULL, s.created_at + m.after
      FROM rep_new s
     CROSS JOIN (VALUES (NULL, 'DRAFT', 'bench-coordinator', 'Điều phối viên đơn vị', interval '0'),
                        ('DRAFT', 'SUBMITTED', 'bench-coordinator', 'Điều phối viên đơn vị', interval '1 day'),
                        ('SUBMITTED', 'ACCEPTED', 'supervisor', 'Trần Thị Bình', interval '2 days'))
                 AS m (from_state, to_state, actor, actor_name, after);
    RAISE NOTICE 'reports stored after %', clock_timestamp() - started;

    RAISE NOTICE 'reporting benchmark data (scale %: % events, % cases, % units filing, % accepted reports) loaded in %',
        scale, n_events, n_cases,
        (SELECT count(DISTINCT unit_code) FROM rep_submission),
        (SELECT count(*) FROM reporting.submission WHERE form_code = 'VIOLATION_HANDLING' AND state = 'ACCEPTED'),
        clock_timestamp() - started;
END
$$;
