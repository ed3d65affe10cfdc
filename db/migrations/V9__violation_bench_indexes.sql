-- Indexes found missing by the violation cases benchmark (CaseBenchmark, db/bench: 1,000,000 cases,
-- about 84,000 of them waiting for review): without them each statement below read the waiting
-- cases of the whole scope (about 24,000 heap pages) and took 160-270 ms as bare SQL; with them
-- well under 10 ms.

-- The review queue's claim (JdbcCaseRepository.CLAIM) filters on the scope with
-- "jurisdiction_code = ? OR jurisdiction_code LIKE ?", which no index on jurisdiction_code can
-- serve in order, so violation_case_queue could not give the oldest case first: PostgreSQL read all
-- waiting cases of the scope and sorted them for one row. In queue order it walks the waiting cases
-- oldest first and stops at the first one of the scope that the reviewer may take: a few rows for a
-- ward, one for the province.
CREATE INDEX violation_case_queue_order ON violation.violation_case (occurred_at, id)
    WHERE state IN ('DETECTED', 'IN_REVIEW');

-- The search by camera and state (JdbcCaseListing), newest first, and above all its count (capped
-- at 10,001): PostgreSQL counted through the waiting cases of the whole province (the partial
-- index violation_case_identification_due, read with the heap) to find the camera's. With the
-- jurisdiction included, the count is an index-only scan of the camera's cases in that state (as
-- long as autovacuum keeps the visibility map current), and the page comes in order.
CREATE INDEX violation_case_camera_state
    ON violation.violation_case (camera_code, state, occurred_at DESC, id DESC) INCLUDE (jurisdiction_code);
