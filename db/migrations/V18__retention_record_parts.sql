-- A purge of a million items has a signed document of some 300 MB: too big to build, store or read
-- back as one value (a bytea is always read whole into the memory of the server that asks for it,
-- and cannot exceed 1 GB). Records written from now on keep their document in parts of 1 MiB, in
-- order; the document is their concatenation, byte for byte as signed, and is read part by part
-- when it is verified or downloaded. Records written before keep theirs in deletion_record.document
-- (which is NULL for the new ones). JdbcDeletionRecords writes and reads both.
ALTER TABLE retention.deletion_record ALTER COLUMN document DROP NOT NULL;

CREATE TABLE retention.deletion_record_part (
    record_id  bigint   NOT NULL REFERENCES retention.deletion_record (id),
    part       integer  NOT NULL CHECK (part >= 0),
    bytes      bytea    NOT NULL CHECK (octet_length(bytes) > 0),
    PRIMARY KEY (record_id, part)
);

-- Evidence like the record itself: append-only (V14's refusal).
CREATE TRIGGER deletion_record_part_append_only
    BEFORE UPDATE OR DELETE ON retention.deletion_record_part
    FOR EACH ROW EXECUTE FUNCTION retention.refuse_record_change();
CREATE TRIGGER deletion_record_part_no_truncate
    BEFORE TRUNCATE ON retention.deletion_record_part
    FOR EACH STATEMENT EXECUTE FUNCTION retention.refuse_record_change();
