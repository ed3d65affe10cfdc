-- Opening a case writes fewer index entries, because cases must open as fast as events arrive:
-- the review queue's claim uses violation_case_queue_order (V9), so the older queue index only
-- costs writes; and the verified plate is indexed only once a case has one (most cases that open
-- have none yet). A search by verified plate (verified_plate = ?) still uses the partial index.
DROP INDEX IF EXISTS violation.violation_case_queue;
DROP INDEX IF EXISTS violation.violation_case_verified_plate;
CREATE INDEX violation_case_verified_plate ON violation.violation_case (verified_plate)
    WHERE verified_plate IS NOT NULL;
