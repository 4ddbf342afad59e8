-- Several nodes drain the outbox: an entry taken by a node is claimed until a time; a node that dies leaves
-- claims that expire and are taken over.
ALTER TABLE outbox ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE outbox ADD COLUMN claimed_until BIGINT;

-- A background job that runs once per period for the whole cluster: the node that claims the period runs it.
CREATE TABLE cluster_job (
    name   VARCHAR(100) NOT NULL PRIMARY KEY,
    node   VARCHAR(200) NOT NULL,
    ran_at BIGINT       NOT NULL
);
