-- Who created a publication in Dossier (imported ones have no owner), and every saved version of it.
CREATE TABLE editorial (
    publication_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES publication (id) ON DELETE CASCADE,
    owner          VARCHAR(40) NOT NULL
);

-- A revision keeps the whole publication as Dossier JSON Lines, so it can be compared and restored even
-- after later changes to the publication or to the people it names. Kept when the publication is deleted.
CREATE TABLE revision (
    id             VARCHAR(26)  NOT NULL PRIMARY KEY,
    publication_id VARCHAR(64)  NOT NULL,
    number         INTEGER      NOT NULL,
    at             BIGINT       NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    note           VARCHAR(500) NOT NULL,
    snapshot       TEXT         NOT NULL,
    UNIQUE (publication_id, number)
);
