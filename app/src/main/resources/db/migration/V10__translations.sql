-- A translation names the publication it translates (the original's id); not a foreign key, since an
-- import may bring a translation before its original.
ALTER TABLE publication ADD COLUMN translation_of VARCHAR(64);
CREATE INDEX publication_translation_of ON publication (translation_of);
