-- When each publication last changed in this store (not the publication's own "updated" date, which an
-- import may carry from its source): what harvesters ask for changes since. Rows before this version take
-- their updated_at.
ALTER TABLE publication ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0;
UPDATE publication SET changed_at = updated_at;
CREATE INDEX publication_changed ON publication (changed_at, id);

-- A deleted publication: its id, when it was deleted, and what it belonged to (a type, topic or collection
-- by name, a place by code), so that a harvester of one set learns of deletions in that set too.
CREATE TABLE tombstone (
    publication_id VARCHAR(64) NOT NULL PRIMARY KEY,
    deleted_at     BIGINT      NOT NULL
);
CREATE INDEX tombstone_deleted ON tombstone (deleted_at, publication_id);

CREATE TABLE tombstone_membership (
    publication_id VARCHAR(64)  NOT NULL REFERENCES tombstone (publication_id) ON DELETE CASCADE,
    kind           VARCHAR(20)  NOT NULL,
    value          VARCHAR(500) NOT NULL,
    PRIMARY KEY (publication_id, kind, value)
);
