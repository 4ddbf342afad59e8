-- Accounts of the people who edit (readers have none), and the audit log of what they did.
CREATE TABLE account (
    id            VARCHAR(26)  NOT NULL PRIMARY KEY,
    username      VARCHAR(40)  NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    disabled      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    BIGINT       NOT NULL
);

CREATE TABLE audit_event (
    id      VARCHAR(26)   NOT NULL PRIMARY KEY,
    at      BIGINT        NOT NULL,
    actor   VARCHAR(100)  NOT NULL,
    action  VARCHAR(50)   NOT NULL,
    subject VARCHAR(500)  NOT NULL,
    detail  VARCHAR(2000)
);
CREATE INDEX audit_event_at ON audit_event (at, id);
