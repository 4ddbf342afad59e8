-- Whether a publication's body is Markdown (written in Dossier) rather than plain paragraphs (imported).
ALTER TABLE publication ADD COLUMN body_markdown BOOLEAN NOT NULL DEFAULT FALSE;
