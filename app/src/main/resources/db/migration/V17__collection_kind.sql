-- What a collection is, as a noun ("peace process", "series"); null: a collection. The related engine names
-- its reason after it ("Same peace process: …"), so renaming a type or a collection does not change it.
ALTER TABLE collection ADD COLUMN kind VARCHAR(100);
