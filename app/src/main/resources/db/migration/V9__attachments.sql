-- Files attached to publications (PDFs). The file is stored as attachments/{sha256}.pdf in the data folder;
-- file_name is only the name downloads get.
CREATE TABLE attachment (
    id             VARCHAR(26)  NOT NULL PRIMARY KEY,
    publication_id VARCHAR(64)  NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    file_name      VARCHAR(200) NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    size           BIGINT       NOT NULL,
    uploaded_at    BIGINT       NOT NULL,
    uploaded_by    VARCHAR(100) NOT NULL
);
CREATE INDEX attachment_publication ON attachment (publication_id);
