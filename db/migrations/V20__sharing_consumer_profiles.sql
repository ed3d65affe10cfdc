-- Consumer profiles: what each outside consumer of TCC's data (the Smart City IOC now, the
-- Ministry's coordination center later) may receive, as data: which data classes and, for each,
-- which fields. The feed builds every item from the field list, so a field not listed never
-- leaves. Plates and images are fields like any other: listed only where a decision allows it.
-- The field names are the JSON keys the consumer receives; vn.tcc.sharing.internal.domain.FeedDataClass
-- holds the same lists.
CREATE TABLE sharing.consumer_profile (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The consumer's Keycloak client id: the feed finds the profile by the token's client.
    consumer           varchar(100)  NOT NULL UNIQUE CHECK (consumer ~ '^[a-z0-9][a-z0-9_.-]{1,99}$'),
    name               varchar(300)  NOT NULL CHECK (btrim(name) <> ''),
    -- An inactive profile delivers nothing (403), whatever it lists.
    active             boolean       NOT NULL,
    -- A data class is received when its field list is not empty.
    camera_fields      varchar(24)[] NOT NULL DEFAULT '{}' CHECK (camera_fields <@ ARRAY['code', 'name',
                           'latitude', 'longitude', 'commune', 'ownerType', 'status', 'health',
                           'healthSince', 'lastSeenAt']::varchar(24)[]),
    event_count_fields varchar(24)[] NOT NULL DEFAULT '{}' CHECK (event_count_fields <@ ARRAY['camera',
                           'commune', 'eventType', 'hour', 'count', 'plates']::varchar(24)[]),
    version            bigint        NOT NULL DEFAULT 0,
    updated_by         varchar(100)  NOT NULL,
    updated_at         timestamptz   NOT NULL
);

-- A provider's cameras reach a consumer only if the agreement names that consumer: sharing with
-- the police does not by itself consent to onward sharing with the city's IOC. Named while the
-- agreement is a draft (its content is fixed once signed); the feed also needs the agreement ACTIVE
-- and inside its term, checked in the query of every page, so revocation or expiry takes the
-- cameras out of the next page.
CREATE TABLE sharing.agreement_consumer (
    agreement_id bigint       NOT NULL REFERENCES sharing.agreement (id),
    consumer     varchar(100) NOT NULL REFERENCES sharing.consumer_profile (consumer),
    added_by     varchar(100) NOT NULL,
    added_at     timestamptz  NOT NULL,
    PRIMARY KEY (agreement_id, consumer)
);

CREATE INDEX agreement_consumer_consumer ON sharing.agreement_consumer (consumer, agreement_id);

-- The two consumers the province knows: the IOC (connected) and the Ministry's coordination center
-- (upstream, not connected yet: inactive). Neither receives plates or images.
INSERT INTO sharing.consumer_profile (consumer, name, active, camera_fields, event_count_fields,
                                      updated_by, updated_at)
VALUES ('tcc-ioc', 'Trung tâm Điều hành thông minh tỉnh (Smart City IOC)', true,
        ARRAY['code', 'name', 'latitude', 'longitude', 'commune', 'ownerType', 'health'],
        ARRAY['camera', 'commune', 'eventType', 'hour', 'count'],
        'migration', now()),
       ('tcc-bca-coordination', 'Trung tâm điều phối, Bộ Công an (Ministry coordination center)', false,
        ARRAY['code', 'commune', 'ownerType', 'health'],
        ARRAY['camera', 'commune', 'eventType', 'hour', 'count'],
        'migration', now());
