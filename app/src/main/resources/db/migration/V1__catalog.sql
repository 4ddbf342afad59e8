-- The catalog. Portable between SQLite and PostgreSQL: text ids made by the application (ULIDs),
-- times as epoch milliseconds, dates as ISO text of the precision the source knows (2012, 2013-05, 2021-12-09).

CREATE TABLE place (
    code        VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL
);

CREATE TABLE place_parent (
    place_code  VARCHAR(64) NOT NULL REFERENCES place (code),
    parent_code VARCHAR(64) NOT NULL REFERENCES place (code),
    PRIMARY KEY (place_code, parent_code)
);

CREATE TABLE publication_type (
    id          VARCHAR(26)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    name_key    VARCHAR(200) NOT NULL UNIQUE
);

CREATE TABLE collection (
    id          VARCHAR(26)  NOT NULL PRIMARY KEY,
    name        VARCHAR(500) NOT NULL,
    name_key    VARCHAR(500) NOT NULL UNIQUE,
    description TEXT
);

CREATE TABLE topic (
    id          VARCHAR(26)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    name_key    VARCHAR(200) NOT NULL UNIQUE,
    description TEXT
);

CREATE TABLE person (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    name         VARCHAR(300) NOT NULL,
    credentials  VARCHAR(200),
    bio          TEXT,
    affiliation  VARCHAR(300),
    identity_key VARCHAR(700) NOT NULL UNIQUE
);

CREATE TABLE publication (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    slug          VARCHAR(200) NOT NULL,
    path          VARCHAR(300) NOT NULL UNIQUE,
    title         TEXT         NOT NULL,
    type_id       VARCHAR(26)  REFERENCES publication_type (id),
    published     VARCHAR(10),
    language      VARCHAR(20),
    status        VARCHAR(20)  NOT NULL,
    lede          TEXT,
    body          TEXT,
    about         TEXT,
    disclaimer    TEXT,
    collection_id VARCHAR(26)  REFERENCES collection (id),
    source_url    TEXT,
    content_hash  VARCHAR(64)  NOT NULL,
    created_at    BIGINT       NOT NULL,
    updated_at    BIGINT       NOT NULL
);
CREATE INDEX publication_published ON publication (published, id);

CREATE TABLE publication_source (
    source_id      VARCHAR(500) NOT NULL PRIMARY KEY,
    publication_id VARCHAR(64)  NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL
);
CREATE INDEX publication_source_publication ON publication_source (publication_id);

CREATE TABLE summary_point (
    publication_id VARCHAR(64) NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    position       INTEGER     NOT NULL,
    text           TEXT        NOT NULL,
    PRIMARY KEY (publication_id, position)
);

CREATE TABLE authorship (
    publication_id VARCHAR(64) NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    position       INTEGER     NOT NULL,
    person_id      VARCHAR(64) NOT NULL REFERENCES person (id),
    role           VARCHAR(300),
    PRIMARY KEY (publication_id, position)
);
CREATE INDEX authorship_person ON authorship (person_id);

CREATE TABLE publication_topic (
    publication_id VARCHAR(64) NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    topic_id       VARCHAR(26) NOT NULL REFERENCES topic (id),
    position       INTEGER     NOT NULL,
    PRIMARY KEY (publication_id, topic_id)
);

CREATE TABLE publication_place (
    publication_id VARCHAR(64) NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    place_code     VARCHAR(64) NOT NULL REFERENCES place (code),
    position       INTEGER     NOT NULL,
    PRIMARY KEY (publication_id, place_code)
);

CREATE TABLE publication_attribute (
    publication_id VARCHAR(64)  NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    name           VARCHAR(200) NOT NULL,
    value          TEXT         NOT NULL,
    PRIMARY KEY (publication_id, position)
);

-- Curated related publications, in order. The target may arrive later in an import (no foreign key);
-- readers skip targets that do not exist.
CREATE TABLE related_link (
    publication_id VARCHAR(64) NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    position       INTEGER     NOT NULL,
    target_id      VARCHAR(64) NOT NULL,
    PRIMARY KEY (publication_id, position)
);
CREATE INDEX related_link_target ON related_link (target_id);

-- Written in the same transaction as every change of a publication; the search index consumes it.
CREATE TABLE outbox (
    id             VARCHAR(26) NOT NULL PRIMARY KEY,
    publication_id VARCHAR(64) NOT NULL,
    change_kind    VARCHAR(10) NOT NULL,
    created_at     BIGINT      NOT NULL,
    processed_at   BIGINT
);
CREATE INDEX outbox_pending ON outbox (processed_at, id);
