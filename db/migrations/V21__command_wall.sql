-- The operators' room (issue 19): each user's video wall, restored when he comes back.
CREATE SCHEMA IF NOT EXISTS command;

CREATE TABLE command.wall (
    username     varchar(255) PRIMARY KEY,
    -- 1, 4, 9 or 16 tiles in a square grid.
    layout       smallint     NOT NULL CHECK (layout IN (1, 4, 9, 16)),
    -- The camera code in each tile, in order; '' for an empty tile.
    tiles        varchar(64)[] NOT NULL DEFAULT '{}' CHECK (cardinality(tiles) <= 16),
    -- The tour: the commune whose cameras the first tile cycles through, and how fast.
    tour_commune varchar(64),
    tour_seconds integer      CHECK (tour_seconds BETWEEN 5 AND 600),
    updated_at   timestamptz  NOT NULL DEFAULT now()
);

COMMENT ON TABLE command.wall IS 'Each operator''s saved video wall: layout, cameras per tile, tour';
