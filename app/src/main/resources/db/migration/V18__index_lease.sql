-- The node that serves the store with an embedded search index: one row at most (see IndexLease).
CREATE TABLE index_lease (
    slot       VARCHAR(20)   NOT NULL PRIMARY KEY,
    node       VARCHAR(200)  NOT NULL,
    host       VARCHAR(200)  NOT NULL,
    index_path VARCHAR(1000) NOT NULL,
    heard_at   BIGINT        NOT NULL
);
