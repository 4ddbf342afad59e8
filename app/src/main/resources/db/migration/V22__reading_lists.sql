-- Reading lists: a list (its owner, whether readers may see it, its latest version) and every version of it,
-- each with its title, introduction, the search it froze (if any) and its items in order. A version, once
-- written, is never changed: its address keeps showing what it showed.
CREATE TABLE reading_list (
    id         VARCHAR(26)  NOT NULL PRIMARY KEY,
    owner      VARCHAR(100) NOT NULL,
    shared     BOOLEAN      NOT NULL,
    latest     INTEGER      NOT NULL,
    changed_at BIGINT       NOT NULL
);
CREATE INDEX reading_list_owner ON reading_list (owner);

CREATE TABLE reading_list_version (
    list_id      VARCHAR(26)  NOT NULL REFERENCES reading_list (id) ON DELETE CASCADE,
    version      INTEGER      NOT NULL,
    created_at   BIGINT       NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    introduction TEXT,
    query        TEXT,
    PRIMARY KEY (list_id, version)
);

CREATE TABLE reading_list_item (
    list_id        VARCHAR(26) NOT NULL,
    version        INTEGER     NOT NULL,
    position       INTEGER     NOT NULL,
    publication_id VARCHAR(64) NOT NULL,
    note           TEXT,
    PRIMARY KEY (list_id, version, position),
    FOREIGN KEY (list_id, version) REFERENCES reading_list_version (list_id, version) ON DELETE CASCADE
);
