-- Benchmark data for the violation cases: 3,000,000 accepted events in vms.event and 1,000,000
-- cases made of them, over the twelve demo cameras of Gia Lai, in the last 9 days. Needs the demo
-- data (cameras and their communes). Run as the superuser on a throwaway database: `bin/tcc bench`
-- does, on its own cluster (CaseBenchmark, which then runs VACUUM ANALYZE on the tables). One
-- transaction; idempotent: once the events are there, a second run does nothing. About 4 minutes
-- on 2 cores, most of it writing WAL (4.7 GB) and the indexes.
--
-- What it makes:
--   * 1,000,000 cases, numbered VP-<year>-<id> like the application's, ids from the case sequence
--     in the order of the violations; 1–5 detections each (2.85 on average), 30 s apart; over
--     the cameras by weight (a fifth at GL-QN-0001, Quy Nhơn ward 45 %); 300,000 vehicles, so a
--     plate has several cases. Everything happened within the last 9 days, so identification_due
--     (the Vietnamese day of the violation + 10) is tomorrow or later and the deadline timer
--     escalates nothing; notices are at most 9 days old (response_due in the future), and only
--     paid cases have a payment_due.
--   * States by age: of the last 24 h about 60 % wait for review (DETECTED, IN_REVIEW), of older
--     cases 1–5 %: the backlog is about 8.5 % of all cases, oldest first in the queue; most of the
--     rest are CLOSED, NOTICE_ISSUED or REJECTED. The dates of the steps a case went through
--     (verification, owner, notice, penalty, payment, closure) are filled in, fines plausible
--     (not the rule table).
--   * 3,000,000 events: the detections of the cases (2.85 million, violation types, plates stored
--     normalised like 81A12345 or 77B312345), each linked to its case in violation.case_event, and
--     PLATE_READ events (no case) to make up the number. Nothing goes to vms.event_outbox: these
--     events are not handed over (again).
--   * case_transition: the opening move (-> DETECTED, by the system) of every case and, for a case
--     that moved on, its last move into its current state; the moves in between are not generated.
--     case_review: the blind reviews of the cases still under review (the first one of two in
--     three IN_REVIEW cases, both of a DISPUTED case), none for the decided cases.
--   * No owner, identity request, notice document, payment or appeal rows.
DO $$
DECLARE
    started    timestamptz := clock_timestamp();
    cams       text[];
    jurs       text[];
    case_base  bigint;
    event_base bigint;
    linked     bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM vms.event WHERE client_id = 'tcc-event-source' AND source_id = 'BENCH-CASES') THEN
        RAISE NOTICE 'benchmark cases already there';
        RETURN;
    END IF;

    -- The demo cameras, weighted (Quy Nhơn busiest); 100 slots, one camera per slot.
    SELECT array_agg(c.code ORDER BY c.code, g), array_agg(c.jurisdiction_code ORDER BY c.code, g)
      INTO cams, jurs
      FROM (VALUES ('GL-QN-0001', 20), ('GL-QN-0002', 12), ('GL-QN-0003', 5), ('GL-QN-0004', 8),
                   ('GL-QNN-0001', 8), ('GL-QNB-0001', 7), ('GL-PK-0001', 12), ('GL-PK-0002', 3),
                   ('GL-PK-0003', 2), ('GL-PK-0004', 10), ('GL-AK-0001', 7), ('GL-CS-0001', 6))
           AS w(code, weight)
      JOIN camera.camera c ON c.code = w.code
     CROSS JOIN LATERAL generate_series(1, w.weight) AS g;
    IF coalesce(array_length(cams, 1), 0) <> 100 THEN
        RAISE EXCEPTION 'the benchmark cases need the twelve demo cameras (TCC_DEMO_DATA=true)';
    END IF;

    PERFORM setseed(0.2026);
    PERFORM set_config('work_mem', '128MB', true);

    -- Ids in ranges of their own, so that each row's ids follow from its place: each range is
    -- taken in one expression (nextval, then setval past it). An insert elsewhere at that very
    -- instant would make this load fail on a duplicate id, never mix its ids in.
    event_base := setval('vms.event_id_seq', nextval('vms.event_id_seq') + 2999999) - 2999999;
    case_base := setval('violation.violation_case_id_seq',
                        nextval('violation.violation_case_id_seq') + 999999) - 999999;

    -- One row per case with everything drawn for it, in the order of the violations: ids (the
    -- case's and its first event's) rise with time, as the handover gives them. p: the vehicle
    -- (300,000 plates, so plates repeat over cases); its plate and class follow from p, the type
    -- from the class.
    CREATE TEMP TABLE bench_case ON COMMIT DROP AS
    SELECT case_base + row_number() OVER w - 1 AS id,
           event_base + sum(x.detections) OVER w - x.detections AS first_event,
           x.*
      FROM (SELECT v.*,
                   CASE WHEN v.vehicle_class = 'MOTORCYCLE'
                        THEN CASE WHEN v.t < 0.30 THEN 'RED_LIGHT' WHEN v.t < 0.50 THEN 'SPEEDING'
                                  WHEN v.t < 0.80 THEN 'NO_HELMET' WHEN v.t < 0.93 THEN 'WRONG_LANE'
                                  ELSE 'WRONG_WAY' END
                        ELSE CASE WHEN v.t < 0.30 THEN 'RED_LIGHT' WHEN v.t < 0.60 THEN 'SPEEDING'
                                  WHEN v.t < 0.75 THEN 'WRONG_LANE' WHEN v.t < 0.82 THEN 'WRONG_WAY'
                                  WHEN v.t < 0.92 THEN 'ILLEGAL_STOPPING' ELSE 'NO_SEATBELT' END
                   END AS detected_type,
                   CASE WHEN v.dr < 0.25 THEN 1 WHEN v.dr < 0.45 THEN 2 WHEN v.dr < 0.65 THEN 3
                        WHEN v.dr < 0.80 THEN 4 ELSE 5 END AS detections,
                   -- The backlog is young: most cases of the last day wait for review, few older ones.
                   CASE
                       WHEN v.age_days < 1 THEN
                           CASE WHEN v.s < 0.45 THEN 'DETECTED' WHEN v.s < 0.60 THEN 'IN_REVIEW'
                                WHEN v.s < 0.62 THEN 'DISPUTED' WHEN v.s < 0.72 THEN 'VERIFIED'
                                WHEN v.s < 0.82 THEN 'REJECTED' WHEN v.s < 0.90 THEN 'OWNER_IDENTIFIED'
                                ELSE 'NOTICE_ISSUED' END
                       WHEN v.age_days < 3 THEN
                           CASE WHEN v.s < 0.03 THEN 'DETECTED' WHEN v.s < 0.05 THEN 'IN_REVIEW'
                                WHEN v.s < 0.06 THEN 'DISPUTED' WHEN v.s < 0.10 THEN 'VERIFIED'
                                WHEN v.s < 0.25 THEN 'REJECTED' WHEN v.s < 0.32 THEN 'OWNER_IDENTIFIED'
                                WHEN v.s < 0.80 THEN 'NOTICE_ISSUED' WHEN v.s < 0.83 THEN 'PAID'
                                ELSE 'CLOSED' END
                       ELSE
                           CASE WHEN v.s < 0.005 THEN 'DETECTED' WHEN v.s < 0.01 THEN 'IN_REVIEW'
                                WHEN v.s < 0.015 THEN 'DISPUTED' WHEN v.s < 0.03 THEN 'VERIFIED'
                                WHEN v.s < 0.18 THEN 'REJECTED' WHEN v.s < 0.20 THEN 'OWNER_IDENTIFIED'
                                WHEN v.s < 0.50 THEN 'NOTICE_ISSUED' WHEN v.s < 0.52 THEN 'PAID'
                                ELSE 'CLOSED' END
                   END AS state
              FROM (SELECT r.n,
                           cams[r.slot] AS camera_code,
                           jurs[r.slot] AS jurisdiction_code,
                           r.p,
                           CASE WHEN r.p % 10 < 6 THEN 'MOTORCYCLE' WHEN r.p % 10 < 9 THEN 'CAR'
                                WHEN r.p % 20 = 9 THEN 'TRUCK' ELSE 'BUS' END AS vehicle_class,
                           CASE WHEN r.p % 2 = 0 THEN '81' ELSE '77' END
                               || substr('ABCDEFGHKLMNPSTUVXYZ', 1 + (r.p / 2) % 20, 1)
                               || CASE WHEN r.p % 10 < 6 THEN (1 + (r.p / 40) % 9)::text ELSE '' END
                               || lpad(((r.p / 40) * 7919 % 100000)::text, 5, '0') AS plate,
                           r.t, r.s, r.c, r.dr, r.speed,
                           r.age * (9 - 3.0 / 1440) + 3.0 / 1440 AS age_days,
                           now() - interval '3 minutes'
                               - r.age * (interval '9 days' - interval '3 minutes') AS occurred_at
                      FROM (SELECT n,
                                   1 + floor(random() * 100)::int AS slot,
                                   floor(random() * 300000)::int AS p,
                                   random() AS t,      -- the violation type
                                   random() AS s,      -- the state
                                   random() AS c,      -- the plate confidence
                                   random() AS dr,     -- the number of detections
                                   random() AS speed,
                                   random() AS age     -- how far back in the 9 days
                              FROM generate_series(1, 1000000) AS n) r) v) x
    WINDOW w AS (ORDER BY x.occurred_at, x.n ROWS UNBOUNDED PRECEDING)
     ORDER BY x.occurred_at, x.n;
    SELECT sum(detections) INTO linked FROM bench_case;
    RAISE NOTICE 'cases drawn after %', clock_timestamp() - started;

    -- The detections, 30 s apart, in the order of their ids; source event ids sort the same way.
    INSERT INTO vms.event (id, client_id, source_id, source_event_id, camera_code, jurisdiction_code,
                           occurred_at, utc_offset_minutes, event_type, plate, plate_confidence,
                           vehicle_class, speed_kmh, speed_limit_kmh, lane, images, attributes, received_at)
    SELECT c.first_event + k, 'tcc-event-source', 'BENCH-CASES', 'BC-' || lpad((c.first_event + k)::text, 12, '0'),
           c.camera_code, c.jurisdiction_code, c.occurred_at + k * interval '30 seconds', 420, c.detected_type,
           c.plate, round((80 + c.c * 19.99)::numeric, 2), c.vehicle_class,
           CASE WHEN c.detected_type = 'SPEEDING'
                THEN (ARRAY[40, 50, 60, 80])[1 + c.p % 4] + round((5 + c.speed * 45)::numeric, 1) END,
           CASE WHEN c.detected_type = 'SPEEDING' THEN (ARRAY[40, 50, 60, 80])[1 + c.p % 4] END,
           (1 + (c.p + k) % 4)::text,
           ('[{"kind":"overview","vms":"ZM-DEMO","recordingId":"' || (100000 + (c.first_event + k) % 900000)
               || '"},{"kind":"plate","vms":"ZM-DEMO","recordingId":"' || (100000 + (c.first_event + k) % 900000)
               || '","frame":"' || (1 + k * 7 % 60) || '"}]')::jsonb,
           '{}'::jsonb,
           c.occurred_at + k * interval '30 seconds' + interval '2 seconds'
      FROM bench_case c
     CROSS JOIN LATERAL generate_series(0, c.detections - 1) AS k;
    RAISE NOTICE 'detections stored after %', clock_timestamp() - started;

    INSERT INTO violation.violation_case (
        id, case_number, jurisdiction_code, camera_code, detected_type, detected_plate, plate_key,
        plate_confidence, vehicle_class, speed_kmh, speed_limit_kmh, first_event_id, occurred_at,
        last_detected_at, detections, state, first_reviewer, verified_plate, verified_type, fine_outcome,
        fine_min_vnd, fine_max_vnd, licence_points, identification_due, owner_identified_at,
        notice_issued_at, response_due, responded_at, penalty_decided_at, fine_vnd, decided_by,
        payment_due, paid_at, closed_at, version, opened_at, updated_at)
    SELECT c.id,
           'VP-' || to_char(c.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY') || '-'
               || lpad(c.id::text, greatest(7, length(c.id::text)), '0'),
           c.jurisdiction_code, c.camera_code, c.detected_type, c.plate, c.plate,
           round((80 + c.c * 19.99)::numeric, 2), c.vehicle_class,
           CASE WHEN c.detected_type = 'SPEEDING'
                THEN (ARRAY[40, 50, 60, 80])[1 + c.p % 4] + round((5 + c.speed * 45)::numeric, 1) END,
           CASE WHEN c.detected_type = 'SPEEDING' THEN (ARRAY[40, 50, 60, 80])[1 + c.p % 4] END,
           c.first_event, c.occurred_at, c.occurred_at + (c.detections - 1) * interval '30 seconds',
           c.detections,
           c.state,
           -- Two in three cases in review have their first review; every later one had it.
           CASE WHEN c.state = 'DETECTED' OR (c.state = 'IN_REVIEW' AND c.n % 3 = 0) THEN NULL
                ELSE 'canbo' || lpad((1 + c.n % 20)::text, 2, '0') END,
           v.plate, v.type,
           CASE WHEN v.type IS NULL THEN NULL WHEN c.vehicle_class IN ('CAR', 'MOTORCYCLE') THEN 'FINE'
                ELSE 'NO_RULE' END,
           -- Plausible amounts (not the rule table): the car figure, a quarter of it for a motorbike.
           CASE WHEN v.type IS NOT NULL AND c.vehicle_class IN ('CAR', 'MOTORCYCLE')
                THEN f.min_vnd / CASE WHEN c.vehicle_class = 'MOTORCYCLE' THEN 4 ELSE 1 END END,
           CASE WHEN v.type IS NOT NULL AND c.vehicle_class IN ('CAR', 'MOTORCYCLE')
                THEN f.max_vnd / CASE WHEN c.vehicle_class = 'MOTORCYCLE' THEN 4 ELSE 1 END END,
           CASE WHEN v.type IS NOT NULL AND c.vehicle_class IN ('CAR', 'MOTORCYCLE') THEN f.points END,
           (c.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 10,
           d.identified, d.noticed,
           (d.noticed AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 20,
           d.decided, d.decided,
           CASE WHEN d.decided IS NOT NULL AND c.vehicle_class IN ('CAR', 'MOTORCYCLE')
                THEN f.min_vnd / CASE WHEN c.vehicle_class = 'MOTORCYCLE' THEN 4 ELSE 1 END END,
           CASE WHEN d.decided IS NOT NULL THEN 'canbo' || lpad((1 + c.n % 20)::text, 2, '0') END,
           (d.decided AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 10,
           d.paid, d.closed,
           CASE WHEN c.state = 'DETECTED' THEN 0 ELSE 1 END,
           c.occurred_at + interval '3 seconds',
           coalesce(d.closed, d.paid, d.noticed, d.identified, c.occurred_at + interval '3 seconds')
      FROM bench_case c
     CROSS JOIN LATERAL (SELECT CASE WHEN c.state IN ('VERIFIED', 'OWNER_IDENTIFIED', 'NOTICE_ISSUED', 'PAID',
                                                      'CLOSED') THEN c.plate END AS plate,
                                CASE WHEN c.state IN ('VERIFIED', 'OWNER_IDENTIFIED', 'NOTICE_ISSUED', 'PAID',
                                                      'CLOSED') THEN c.detected_type END AS type) v
     CROSS JOIN LATERAL (SELECT CASE c.detected_type
                                    WHEN 'RED_LIGHT' THEN 18000000 WHEN 'SPEEDING' THEN 4000000
                                    WHEN 'NO_HELMET' THEN 1600000 WHEN 'WRONG_LANE' THEN 4000000
                                    WHEN 'WRONG_WAY' THEN 18000000 WHEN 'ILLEGAL_STOPPING' THEN 800000
                                    ELSE 800000 END AS min_vnd,
                                CASE c.detected_type
                                    WHEN 'RED_LIGHT' THEN 20000000 WHEN 'SPEEDING' THEN 6000000
                                    WHEN 'NO_HELMET' THEN 2000000 WHEN 'WRONG_LANE' THEN 6000000
                                    WHEN 'WRONG_WAY' THEN 20000000 WHEN 'ILLEGAL_STOPPING' THEN 1000000
                                    ELSE 1000000 END AS max_vnd,
                                CASE c.detected_type WHEN 'RED_LIGHT' THEN 4 WHEN 'WRONG_WAY' THEN 4
                                    WHEN 'SPEEDING' THEN 2 ELSE 0 END::smallint AS points) f
     -- The steps as fractions of the case's age, so every one lies between detection and now.
     CROSS JOIN LATERAL (SELECT CASE WHEN c.state IN ('OWNER_IDENTIFIED', 'NOTICE_ISSUED', 'PAID', 'CLOSED')
                                     THEN c.occurred_at + (now() - c.occurred_at) * 0.2 END AS identified,
                                CASE WHEN c.state IN ('NOTICE_ISSUED', 'PAID', 'CLOSED')
                                     THEN c.occurred_at + (now() - c.occurred_at) * 0.3 END AS noticed,
                                CASE WHEN c.state IN ('PAID', 'CLOSED')
                                     THEN c.occurred_at + (now() - c.occurred_at) * 0.6 END AS decided,
                                CASE WHEN c.state IN ('PAID', 'CLOSED')
                                     THEN c.occurred_at + (now() - c.occurred_at) * 0.7 END AS paid,
                                CASE WHEN c.state = 'CLOSED'
                                     THEN c.occurred_at + (now() - c.occurred_at) * 0.75 END AS closed) d;
    RAISE NOTICE 'cases stored after %', clock_timestamp() - started;

    INSERT INTO violation.case_event (event_id, case_id, occurred_at)
    SELECT c.first_event + k, c.id, c.occurred_at + k * interval '30 seconds'
      FROM bench_case c
     CROSS JOIN LATERAL generate_series(0, c.detections - 1) AS k;

    -- Plate reads (analytics only, no case) up to 3,000,000 events, spread evenly over the 9 days.
    INSERT INTO vms.event (id, client_id, source_id, source_event_id, camera_code, jurisdiction_code, occurred_at,
                           utc_offset_minutes, event_type, plate, plate_confidence, vehicle_class, lane, images,
                           attributes, received_at)
    SELECT event_base + linked + g - 1, 'tcc-event-source', 'BENCH-CASES', 'BC-READ-' || lpad(g::text, 7, '0'),
           cams[1 + g % 100], jurs[1 + g % 100],
           now() - interval '9 days' + g * (interval '9 days' / (3000000 - linked)), 420, 'PLATE_READ',
           CASE WHEN g % 2 = 0 THEN '81' ELSE '77' END || substr('ABCDEFGHKLMNPSTUVXYZ', 1 + (g % 20)::int, 1)
               || lpad((g * 7919 % 100000)::text, 5, '0'),
           90.00, CASE WHEN g % 3 = 0 THEN 'CAR' ELSE 'MOTORCYCLE' END, '1',
           ('[{"kind":"plate","vms":"ZM-DEMO","recordingId":"' || (100000 + g % 900000) || '"}]')::jsonb,
           '{}'::jsonb, now() - interval '9 days' + g * (interval '9 days' / (3000000 - linked)) + interval '2 seconds'
      FROM generate_series(1, 3000000 - linked) AS g;
    RAISE NOTICE 'events linked after %', clock_timestamp() - started;

    -- The opening move of every case, and the last move of those that moved on.
    INSERT INTO violation.case_transition (case_id, from_state, to_state, actor, actor_name, reason, at)
    SELECT id, NULL, 'DETECTED', 'system', 'TCC', 'camera detection', occurred_at + interval '3 seconds'
      FROM bench_case;
    INSERT INTO violation.case_transition (case_id, from_state, to_state, actor, actor_name, reason, at)
    SELECT c.id,
           CASE c.state WHEN 'IN_REVIEW' THEN 'DETECTED' WHEN 'DISPUTED' THEN 'IN_REVIEW'
                        WHEN 'VERIFIED' THEN 'IN_REVIEW' WHEN 'REJECTED' THEN 'IN_REVIEW'
                        WHEN 'OWNER_IDENTIFIED' THEN 'VERIFIED' WHEN 'NOTICE_ISSUED' THEN 'OWNER_IDENTIFIED'
                        WHEN 'PAID' THEN 'NOTICE_ISSUED' ELSE 'PAID' END,
           c.state,
           'canbo' || lpad((1 + (c.n + 7) % 20)::text, 2, '0'), 'Cán bộ ' || (1 + (c.n + 7) % 20),
           CASE c.state WHEN 'REJECTED' THEN 'Biển số không đọc được' WHEN 'DISPUTED' THEN 'reviewers disagree' END,
           c.occurred_at + (now() - c.occurred_at) * CASE c.state WHEN 'IN_REVIEW' THEN 0.5
               WHEN 'OWNER_IDENTIFIED' THEN 0.2 WHEN 'NOTICE_ISSUED' THEN 0.3 WHEN 'PAID' THEN 0.7
               WHEN 'CLOSED' THEN 0.75 ELSE 0.1 END
      FROM bench_case c
     WHERE c.state <> 'DETECTED';

    -- The blind reviews of the cases still in review.
    INSERT INTO violation.case_review (case_id, round, reviewer, reviewer_name, verdict, plate, violation_type,
                                       reason, reviewed_at)
    SELECT c.id, 'FIRST', 'canbo' || lpad((1 + c.n % 20)::text, 2, '0'), 'Cán bộ ' || (1 + c.n % 20),
           'CONFIRM', c.plate, c.detected_type, NULL, c.occurred_at + (now() - c.occurred_at) * 0.1
      FROM bench_case c
     WHERE c.state = 'DISPUTED' OR (c.state = 'IN_REVIEW' AND c.n % 3 <> 0);
    INSERT INTO violation.case_review (case_id, round, reviewer, reviewer_name, verdict, plate, violation_type,
                                       reason, reviewed_at)
    SELECT c.id, 'SECOND', 'canbo' || lpad((1 + (c.n + 7) % 20)::text, 2, '0'), 'Cán bộ ' || (1 + (c.n + 7) % 20),
           'REJECT', NULL, NULL, 'Xe ưu tiên đang làm nhiệm vụ', c.occurred_at + (now() - c.occurred_at) * 0.1
      FROM bench_case c
     WHERE c.state = 'DISPUTED';
    RAISE NOTICE 'transitions and reviews stored after %', clock_timestamp() - started;

    ANALYZE vms.event;
    ANALYZE violation.violation_case;
    ANALYZE violation.case_event;
    ANALYZE violation.case_transition;
    ANALYZE violation.case_review;
    RAISE NOTICE 'benchmark cases loaded in %', clock_timestamp() - started;
END
$$;
