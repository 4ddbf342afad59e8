-- A sign-in attempt is counted as a failure before its password is checked, under its own id (and forgiven if it
-- succeeds), so that attempts made at once cannot all pass the back-off. Attempts are decided one at a time, on
-- every node, by locking the one row of sign_in_gate while an attempt is decided.
ALTER TABLE sign_in_failure ADD COLUMN attempt_id VARCHAR(40);
CREATE INDEX sign_in_failure_attempt ON sign_in_failure (attempt_id);
CREATE TABLE sign_in_gate (
    id     INTEGER NOT NULL PRIMARY KEY,
    claims BIGINT  NOT NULL
);
INSERT INTO sign_in_gate (id, claims) VALUES (1, 0);
