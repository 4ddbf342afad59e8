-- E-mail alerts: a reader's subscription to a list (its page, title and search, daily or weekly), pending until
-- the address confirms it; requested_by is a hash of the requester's network address, to throttle requests
-- without keeping the address itself. The token is the secret the e-mails' links carry.
CREATE TABLE alert_subscription (
    id              VARCHAR(26)  NOT NULL PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    list_path       VARCHAR(500) NOT NULL,
    list_title      VARCHAR(300) NOT NULL,
    query           TEXT         NOT NULL,
    frequency       VARCHAR(10)  NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    token           VARCHAR(64)  NOT NULL UNIQUE,
    created_at      BIGINT       NOT NULL,
    confirm_by      BIGINT       NOT NULL,
    confirmed_at    BIGINT,
    unsubscribed_at BIGINT,
    requested_by    VARCHAR(64)  NOT NULL
);
CREATE INDEX alert_subscription_email ON alert_subscription (email);
CREATE INDEX alert_subscription_requested ON alert_subscription (requested_by, created_at);

-- A digest: what one subscription is sent for one period (a day, or an ISO week), recorded with its items
-- before it is sent, and marked when the SMTP server took it. One per subscription and period, so a digest
-- run that is repeated, or resumed after a crash, neither sends a digest twice nor skips one.
CREATE TABLE alert_digest (
    subscription_id VARCHAR(26)  NOT NULL REFERENCES alert_subscription (id) ON DELETE CASCADE,
    period          VARCHAR(10)  NOT NULL,
    items           TEXT         NOT NULL,
    created_at      BIGINT       NOT NULL,
    sent_at         BIGINT,
    PRIMARY KEY (subscription_id, period)
);
CREATE INDEX alert_digest_unsent ON alert_digest (sent_at);
