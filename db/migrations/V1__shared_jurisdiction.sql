-- Jurisdictions: the province and its communes/wards (two levels since July 2025).
-- Codes are TCC's own ("GL", "GL.QUY_NHON"): the dot makes "inside the province" a prefix test.
CREATE SCHEMA IF NOT EXISTS shared;

CREATE TABLE shared.jurisdiction (
    code        varchar(64)  PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]{1,30}(\.[A-Z0-9_]{1,30})?$'),
    kind        varchar(16)  NOT NULL CHECK (kind IN ('PROVINCE', 'CITY', 'WARD', 'COMMUNE', 'SPECIAL_ZONE')),
    name_vi     varchar(200) NOT NULL,
    name_en     varchar(200) NOT NULL,
    parent_code varchar(64)  REFERENCES shared.jurisdiction (code),
    -- A province has no parent; a commune/ward's code starts with its province's code.
    CHECK ((parent_code IS NULL) = (position('.' in code) = 0)),
    CHECK (parent_code IS NULL OR code LIKE parent_code || '.%')
);

COMMENT ON TABLE shared.jurisdiction IS 'Province and communes/wards that scope every user''s access';
