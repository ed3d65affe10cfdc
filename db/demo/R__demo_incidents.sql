-- Demo incidents of the command room (issue 19), loaded only with TCC_DEMO_DATA=true, after
-- R__demo_gia_lai (repeatable migrations run in the order of their names). Idempotent: each demo
-- incident is inserted only when no incident of its kind at its camera without an event exists, so a
-- restart adds nothing twice. Times are relative to the load.
--   an ACCIDENT, new (it escalates by itself after the escalation time, 120 s by default);
--   a CONGESTION taken by "operator" with a patrol dispatched;
--   a STOPPED_VEHICLE closed as resolved;
--   a FIRE_SMOKE in Pleiku nobody took, already escalated to the supervisors.

INSERT INTO command.incident (kind, severity, camera_code, camera_name, jurisdiction_code, latitude, longitude,
                              address, occurred_at, opened_at, evidence_ref, nearby_cameras, state)
SELECT 'ACCIDENT', 'CRITICAL', c.code, c.name, c.jurisdiction_code, c.latitude, c.longitude, c.address,
       now() - interval '1 minute', now() - interval '1 minute', 'vms:ZM-DEMO/1',
       '{GL-QN-0001,GL-QN-0003,GL-QNN-0001,GL-QN-0005}', 'NEW'
  FROM camera.camera c
 WHERE c.code = 'GL-QN-0004'
   AND NOT EXISTS (SELECT 1 FROM command.incident i WHERE i.kind = 'ACCIDENT' AND i.camera_code = c.code
                      AND i.event_id IS NULL AND i.offline_since IS NULL);

INSERT INTO command.incident (kind, severity, camera_code, camera_name, jurisdiction_code, latitude, longitude,
                              address, occurred_at, opened_at, nearby_cameras, state, acknowledged_by,
                              acknowledged_name, acknowledged_at)
SELECT 'CONGESTION', 'MEDIUM', c.code, c.name, c.jurisdiction_code, c.latitude, c.longitude, c.address,
       now() - interval '25 minutes', now() - interval '25 minutes', '{GL-QN-0003,GL-QN-0002,GL-QN-0004,GL-QN-0005}',
       'ACKNOWLEDGED', 'operator', 'Võ Minh Tuấn', now() - interval '24 minutes'
  FROM camera.camera c
 WHERE c.code = 'GL-QN-0001'
   AND NOT EXISTS (SELECT 1 FROM command.incident i WHERE i.kind = 'CONGESTION' AND i.camera_code = c.code
                      AND i.event_id IS NULL AND i.offline_since IS NULL);

INSERT INTO command.incident_action (incident_id, action, note, recorded_by, recorded_name, recorded_at)
SELECT i.id, 'PATROL_DISPATCHED', 'Tổ tuần tra CSGT số 2 đến phân luồng tại nút giao', 'operator', 'Võ Minh Tuấn',
       i.acknowledged_at + interval '2 minutes'
  FROM command.incident i
 WHERE i.kind = 'CONGESTION' AND i.camera_code = 'GL-QN-0001' AND i.event_id IS NULL
   AND NOT EXISTS (SELECT 1 FROM command.incident_action a WHERE a.incident_id = i.id);

INSERT INTO command.incident (kind, severity, camera_code, camera_name, jurisdiction_code, latitude, longitude,
                              address, occurred_at, opened_at, nearby_cameras, state, acknowledged_by,
                              acknowledged_name, acknowledged_at, closed_by, closed_name, closed_at, outcome,
                              close_note)
SELECT 'STOPPED_VEHICLE', 'MEDIUM', c.code, c.name, c.jurisdiction_code, c.latitude, c.longitude, c.address,
       now() - interval '3 hours', now() - interval '3 hours', '{GL-QN-0001,GL-QN-0004,GL-QN-0003,GL-QN-0005}',
       'CLOSED', 'operator2', 'Đặng Thị Hoa', now() - interval '178 minutes', 'operator2', 'Đặng Thị Hoa',
       now() - interval '150 minutes', 'RESOLVED', 'Xe tải chết máy trên cầu, đã được kéo đi.'
  FROM camera.camera c
 WHERE c.code = 'GL-QN-0002'
   AND NOT EXISTS (SELECT 1 FROM command.incident i WHERE i.kind = 'STOPPED_VEHICLE' AND i.camera_code = c.code
                      AND i.event_id IS NULL AND i.offline_since IS NULL);

INSERT INTO command.incident_action (incident_id, action, note, recorded_by, recorded_name, recorded_at)
SELECT i.id, 'RESCUE_CALLED', 'Gọi xe cứu hộ giao thông', 'operator2', 'Đặng Thị Hoa',
       i.acknowledged_at + interval '5 minutes'
  FROM command.incident i
 WHERE i.kind = 'STOPPED_VEHICLE' AND i.camera_code = 'GL-QN-0002' AND i.event_id IS NULL
   AND NOT EXISTS (SELECT 1 FROM command.incident_action a WHERE a.incident_id = i.id);

INSERT INTO command.incident (kind, severity, camera_code, camera_name, jurisdiction_code, latitude, longitude,
                              address, occurred_at, opened_at, nearby_cameras, state, escalated_at)
SELECT 'FIRE_SMOKE', 'CRITICAL', c.code, c.name, c.jurisdiction_code, c.latitude, c.longitude, c.address,
       now() - interval '10 minutes', now() - interval '10 minutes', '{GL-PK-0001,GL-PK-0003,GL-PK-0004}',
       'ESCALATED', now() - interval '8 minutes'
  FROM camera.camera c
 WHERE c.code = 'GL-PK-0002'
   AND NOT EXISTS (SELECT 1 FROM command.incident i WHERE i.kind = 'FIRE_SMOKE' AND i.camera_code = c.code
                      AND i.event_id IS NULL AND i.offline_since IS NULL);
