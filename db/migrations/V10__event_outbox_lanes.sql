-- The handover's claim found a lane's rows by joining every outbox row to its event (the lane is a
-- hash of the camera code), and PostgreSQL answered it by reading the whole event table: 140 ms a
-- claim with 450,000 events stored, growing with every event ever received. The outbox row now
-- carries the camera's hash and the lane it belongs to, so a claim reads one lane in order from
-- an index and joins only the rows it takes.
ALTER TABLE vms.event_outbox
    ADD COLUMN lane_key integer,
    -- lane_key modulo the number of lanes the handover runs (tcc.handover.lanes); the handover
    -- re-lanes waiting rows when it starts with another number.
    ADD COLUMN lane smallint NOT NULL DEFAULT 0;
UPDATE vms.event_outbox o
   SET lane_key = hashtext(e.camera_code) & 2147483647
  FROM vms.event e
 WHERE e.id = o.event_id;
ALTER TABLE vms.event_outbox ALTER COLUMN lane_key SET NOT NULL;
DROP INDEX vms.event_outbox_available;
CREATE INDEX event_outbox_lane ON vms.event_outbox (lane, event_id);
