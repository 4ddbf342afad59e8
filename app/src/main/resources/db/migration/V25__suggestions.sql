-- What enrichment suggests for a publication (a place, a topic, a summary point), with its evidence, until an
-- editor accepts or rejects it. A rejected suggestion stays, so that it is never suggested again.
CREATE TABLE suggestion (
    publication_id VARCHAR(64)   NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    kind           VARCHAR(10)   NOT NULL,
    value          VARCHAR(1000) NOT NULL,
    score          DOUBLE PRECISION NOT NULL,
    evidence       VARCHAR(1000) NOT NULL,
    position       INTEGER       NOT NULL,
    state          VARCHAR(10)   NOT NULL,
    made_at        BIGINT        NOT NULL,
    PRIMARY KEY (publication_id, kind, value)
);
CREATE INDEX suggestion_state ON suggestion (state, publication_id);
