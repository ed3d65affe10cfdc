-- Sites of the camera hierarchy (Decision 502/QD-TTg): connection points, commune and provincial
-- camera centers, regional server clusters, intermediate devices. The camera registry extends this.
CREATE SCHEMA IF NOT EXISTS camera;

CREATE TABLE camera.site (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              varchar(64)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_.-]{1,63}$'),
    name              varchar(300) NOT NULL,
    kind              varchar(32)  NOT NULL CHECK (kind IN ('PROVINCIAL_CENTER', 'COMMUNE_CENTER',
                                                           'CONNECTION_POINT', 'REGIONAL_SERVER_CLUSTER',
                                                           'INTERMEDIATE_DEVICE')),
    jurisdiction_code varchar(64)  NOT NULL REFERENCES shared.jurisdiction (code),
    parent_code       varchar(64)  REFERENCES camera.site (code),
    CHECK (parent_code IS NULL OR parent_code <> code)
);

CREATE INDEX site_jurisdiction ON camera.site (jurisdiction_code);
