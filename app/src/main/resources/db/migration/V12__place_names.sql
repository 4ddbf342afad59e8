-- The other names of a place ("Swaziland" for Eswatini), in order: imports and editors find places by them.
-- Loaded from places.csv by V13; from then on admins change them, with the rest of the places.
CREATE TABLE place_alias (
    place_code VARCHAR(64)  NOT NULL REFERENCES place (code) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    alias      VARCHAR(200) NOT NULL,
    PRIMARY KEY (place_code, position)
);

-- When an admin last changed the place (0: as shipped), so that every node notices and reads places again.
ALTER TABLE place ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0;
