-- The series a publication is numbered in ("Peace Brief", number "151"), apart from its collection. Numbers are
-- text ("151", "12a"); the series page orders them by their digits and shows the gaps.
ALTER TABLE publication ADD COLUMN series VARCHAR(200);
ALTER TABLE publication ADD COLUMN series_number VARCHAR(20);
CREATE INDEX publication_series ON publication (series, series_number);
