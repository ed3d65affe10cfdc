-- The audit trail: append-only and hash-chained (see vn.tcc.audit.internal.domain.AuditChain).
CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE audit.entry (
    seq            bigint       PRIMARY KEY CHECK (seq > 0),
    occurred_at    timestamptz  NOT NULL,
    actor          varchar(200) NOT NULL,
    actor_kind     varchar(16)  NOT NULL CHECK (actor_kind IN ('USER', 'CLIENT', 'SYSTEM', 'ANONYMOUS')),
    action         varchar(64)  NOT NULL,
    object_type    varchar(64),
    object_id      varchar(2000),
    jurisdiction   varchar(64),
    purpose        varchar(1000),
    personal_data  boolean      NOT NULL,
    outcome        varchar(16)  NOT NULL CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED')),
    client_address varchar(64),
    request_id     varchar(64),
    details        varchar(2000),
    prev_hash      char(64)     NOT NULL,
    hash           char(64)     NOT NULL UNIQUE,
    CHECK (NOT personal_data OR coalesce(btrim(purpose), '') <> '')
);

CREATE INDEX entry_occurred_at ON audit.entry (occurred_at);
CREATE INDEX entry_actor ON audit.entry (actor, seq);
CREATE INDEX entry_object ON audit.entry (object_type, object_id);
CREATE INDEX entry_jurisdiction ON audit.entry (jurisdiction, seq);

-- Nobody, not even the application's own account, may change or remove an entry.
CREATE FUNCTION audit.refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit.entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER entry_append_only
    BEFORE UPDATE OR DELETE ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

CREATE TRIGGER entry_no_truncate
    BEFORE TRUNCATE ON audit.entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit.entry FROM PUBLIC;
