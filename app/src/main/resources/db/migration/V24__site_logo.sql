-- The institute's logo, set on /admin/settings: one row at most, in the store so that every node serves it.
-- The image is kept as base64 text, which every supported database stores the same way.
CREATE TABLE site_logo (
    id           INTEGER      NOT NULL PRIMARY KEY,
    content_type VARCHAR(40)  NOT NULL,
    data         TEXT         NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    uploaded_at  BIGINT       NOT NULL
);
