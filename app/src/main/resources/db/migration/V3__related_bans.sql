-- Publications an editor has banned from a publication's related list (pins are related_link).
CREATE TABLE related_ban (
    publication_id VARCHAR(64) NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    target_id      VARCHAR(64) NOT NULL,
    PRIMARY KEY (publication_id, target_id)
);
