-- How a publication belongs with another (it updates, supersedes, responds to, follows up or is part of it),
-- in the publication that says so; the other learns of it through the index on target_id. The target may
-- arrive later in an import (no foreign key); readers skip targets that do not exist.
CREATE TABLE publication_relation (
    publication_id VARCHAR(64) NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    position       INTEGER     NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    target_id      VARCHAR(64) NOT NULL,
    PRIMARY KEY (publication_id, position)
);
CREATE INDEX publication_relation_target ON publication_relation (target_id);
