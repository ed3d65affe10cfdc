-- The IOC's incident feed follows changes, not ids (issue 19): an incident acknowledged or closed
-- after the IOC read it opened comes to it again. Every insert or update numbers the row anew and
-- notes its transaction; the feed lists a change only once every transaction older than its own
-- snapshot has ended, so a change numbered earlier but committed later is never skipped.
CREATE SEQUENCE command.incident_change_seq;

ALTER TABLE command.incident ADD COLUMN change_seq bigint, ADD COLUMN change_xid xid8;
-- Rows so far: their id is their change, so a cursor an IOC kept (the last id) stays right.
UPDATE command.incident SET change_seq = id, change_xid = pg_current_xact_id();
SELECT setval('command.incident_change_seq', coalesce((SELECT max(id) FROM command.incident), 0) + 1, false);
ALTER TABLE command.incident ALTER COLUMN change_seq SET NOT NULL, ALTER COLUMN change_xid SET NOT NULL;
CREATE INDEX incident_change ON command.incident (change_seq);

CREATE FUNCTION command.incident_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_seq := nextval('command.incident_change_seq');
    NEW.change_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;

CREATE TRIGGER incident_changed BEFORE INSERT OR UPDATE ON command.incident
    FOR EACH ROW EXECUTE FUNCTION command.incident_changed();
