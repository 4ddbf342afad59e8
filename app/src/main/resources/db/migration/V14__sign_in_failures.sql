-- Failed sign-ins by username and by address, for the sign-in throttle: in the store, so that every node
-- counts the same failures and a restart does not reset them. Rows older than the throttle's window go.
CREATE TABLE sign_in_failure (
    failure_key VARCHAR(300) NOT NULL,
    at          BIGINT       NOT NULL
);
CREATE INDEX sign_in_failure_key ON sign_in_failure (failure_key, at);
CREATE INDEX sign_in_failure_at ON sign_in_failure (at);
