-- The camera registry: every camera of the province (police, provincial departments, organizations,
-- businesses, households), who owns it, where it is, what it can do, whether it conforms to
-- QCVN 05:2024/BCA and whether it is registered with the Ministry (Circular 67/2024), plus the
-- history of every change to cameras, sites and owners.

-- A province's bounding box: camera coordinates must fall inside it. Communes have none (yet).
ALTER TABLE shared.jurisdiction
    ADD COLUMN min_latitude  numeric(9, 6),
    ADD COLUMN max_latitude  numeric(9, 6),
    ADD COLUMN min_longitude numeric(9, 6),
    ADD COLUMN max_longitude numeric(9, 6),
    ADD CHECK (min_latitude IS NULL OR (min_latitude < max_latitude AND min_longitude < max_longitude));

-- Sites get a location (optional) and optimistic locking.
ALTER TABLE camera.site
    ADD COLUMN latitude  numeric(9, 6) CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
    ADD COLUMN address   varchar(500),
    ADD COLUMN version   bigint NOT NULL DEFAULT 0;

CREATE INDEX site_parent ON camera.site (parent_code);

-- Folds Vietnamese text for searching: "Ngã tư Lê Lợi" and "nga tu le loi" both become "nga tu le loi".
-- Written with translate() so it is IMMUTABLE and independent of the cluster's locale.
CREATE FUNCTION camera.fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$
SELECT lower(translate(normalize(value, NFC),
    'àáạảãâầấậẩẫăằắặẳẵÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴèéẹẻẽêềếệểễÈÉẸẺẼÊỀẾỆỂỄìíịỉĩÌÍỊỈĨòóọỏõôồốộổỗơờớợởỡÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠùúụủũưừứựửữÙÚỤỦŨƯỪỨỰỬỮỳýỵỷỹỲÝỴỶỸđĐ',
    'aaaaaaaaaaaaaaaaaAAAAAAAAAAAAAAAAAeeeeeeeeeeeEEEEEEEEEEEiiiiiIIIIIoooooooooooooooooOOOOOOOOOOOOOOOOOuuuuuuuuuuuUUUUUUUUUUUyyyyyYYYYYdD'))
$$;

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The party that owns cameras: a police unit, a provincial department, an organization or
-- business, or a household. Household owners are private persons: only their name is kept here;
-- contact details belong to the sharing agreement.
CREATE TABLE camera.owner (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              varchar(64)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_.-]{1,63}$'),
    name              varchar(300) NOT NULL,
    owner_type        varchar(16)  NOT NULL CHECK (owner_type IN ('POLICE', 'DEPARTMENT', 'ORGANIZATION', 'HOUSEHOLD')),
    jurisdiction_code varchar(64)  NOT NULL REFERENCES shared.jurisdiction (code),
    tax_code          varchar(20),
    version           bigint       NOT NULL DEFAULT 0
);

CREATE TABLE camera.camera (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                    varchar(64)   NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_.-]{1,63}$'),
    name                    varchar(300)  NOT NULL,
    purposes                varchar(24)[] NOT NULL CHECK (cardinality(purposes) > 0),
    owner_id                bigint        NOT NULL REFERENCES camera.owner (id),
    jurisdiction_code       varchar(64)   NOT NULL REFERENCES shared.jurisdiction (code),
    latitude                numeric(9, 6) NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude               numeric(9, 6) NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    address                 varchar(500),
    route                   varchar(100),
    km_marker               varchar(20),
    site_code               varchar(64)   NOT NULL REFERENCES camera.site (code),
    analysis_site_code      varchar(64)   REFERENCES camera.site (code),
    resolution              varchar(20),
    codec                   varchar(20),
    main_stream_url         varchar(500),
    sub_stream_url          varchar(500),
    onvif                   boolean       NOT NULL DEFAULT false,
    built_in_analytics      boolean       NOT NULL DEFAULT false,
    plate_accuracy_day      numeric(5, 2) CHECK (plate_accuracy_day BETWEEN 0 AND 100),
    plate_accuracy_night    numeric(5, 2) CHECK (plate_accuracy_night BETWEEN 0 AND 100),
    certificate_number      varchar(100),
    certificate_issuer      varchar(300),
    certificate_issued_on   date,
    certificate_expires_on  date,
    registration_number     varchar(100),
    registered_on           date,
    status                  varchar(16)   NOT NULL CHECK (status IN ('PLANNED', 'INSTALLED', 'OPERATIONAL', 'MAINTENANCE', 'DECOMMISSIONED')),
    vms_code                varchar(64),
    vms_external_id         varchar(100),
    health                  varchar(16)   NOT NULL DEFAULT 'UNKNOWN' CHECK (health IN ('ONLINE', 'OFFLINE', 'DEGRADED', 'UNKNOWN')),
    health_since            timestamptz,
    last_seen_at            timestamptz,
    created_at              timestamptz   NOT NULL,
    updated_at              timestamptz   NOT NULL,
    version                 bigint        NOT NULL DEFAULT 0,
    search_text             text GENERATED ALWAYS AS (camera.fold(
                                code || ' ' || name || ' ' || coalesce(address, '') || ' ' || coalesce(route, ''))) STORED,
    CHECK (certificate_expires_on IS NULL OR certificate_issued_on IS NULL OR certificate_issued_on <= certificate_expires_on),
    UNIQUE (vms_code, vms_external_id)
);

COMMENT ON TABLE camera.camera IS 'Every camera of the province, whoever owns it';
COMMENT ON COLUMN camera.camera.code IS 'Unique; the code the VMS and the event sources use';
COMMENT ON COLUMN camera.camera.health IS 'Live health, written by the VMS poll (unknown until a VMS reports)';

-- The list is always scoped to a jurisdiction and usually filtered; these serve its filters and sorts.
CREATE INDEX camera_jurisdiction_code ON camera.camera (jurisdiction_code, code);
CREATE INDEX camera_status ON camera.camera (status);
CREATE INDEX camera_health ON camera.camera (health);
CREATE INDEX camera_owner ON camera.camera (owner_id);
CREATE INDEX camera_certificate_expiry ON camera.camera (certificate_expires_on);
CREATE INDEX camera_purposes ON camera.camera USING gin (purposes);
CREATE INDEX camera_search ON camera.camera USING gin (search_text gin_trgm_ops);

-- The QCVN 05:2024/BCA conformity certificate as a document (PDF or image).
CREATE TABLE camera.conformity_document (
    camera_id    bigint       PRIMARY KEY REFERENCES camera.camera (id),
    file_name    varchar(255) NOT NULL,
    media_type   varchar(100) NOT NULL,
    size_bytes   integer      NOT NULL CHECK (size_bytes > 0),
    sha256       char(64)     NOT NULL,
    content      bytea        NOT NULL,
    uploaded_by  varchar(100) NOT NULL,
    uploaded_at  timestamptz  NOT NULL
);

-- Every change to a camera, site or owner: who, when, which fields from what to what, and why.
-- Append-only like the audit trail.
CREATE TABLE camera.registry_history (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    object_type       varchar(16)  NOT NULL CHECK (object_type IN ('CAMERA', 'SITE', 'OWNER')),
    object_id         bigint       NOT NULL,
    changed_at        timestamptz  NOT NULL,
    actor             varchar(100) NOT NULL,
    actor_name        varchar(200),
    change_kind       varchar(16)  NOT NULL CHECK (change_kind IN ('CREATED', 'UPDATED', 'IMPORTED')),
    reason            varchar(1000),
    changes           jsonb        NOT NULL
);

CREATE INDEX registry_history_object ON camera.registry_history (object_type, object_id, changed_at DESC, id DESC);

CREATE FUNCTION camera.refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'camera.registry_history is append-only';
END
$$;

CREATE TRIGGER registry_history_append_only
    BEFORE UPDATE OR DELETE ON camera.registry_history
    FOR EACH ROW EXECUTE FUNCTION camera.refuse_history_change();

CREATE TRIGGER registry_history_no_truncate
    BEFORE TRUNCATE ON camera.registry_history
    FOR EACH STATEMENT EXECUTE FUNCTION camera.refuse_history_change();

-- One imported spreadsheet: re-importing the same file is recognized by its hash, and changes nothing.
CREATE TABLE camera.import_batch (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name     varchar(255) NOT NULL,
    file_sha256   char(64)     NOT NULL,
    imported_at   timestamptz  NOT NULL,
    imported_by   varchar(100) NOT NULL,
    rows_total    integer      NOT NULL,
    created       integer      NOT NULL,
    updated       integer      NOT NULL,
    unchanged     integer      NOT NULL,
    rejected      integer      NOT NULL
);

CREATE INDEX import_batch_file ON camera.import_batch (file_sha256);
