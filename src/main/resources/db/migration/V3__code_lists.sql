-- A bydel is the coordinator's unit in Oslo, Bergen, Stavanger and Trondheim: six digits.
ALTER TABLE municipality ALTER COLUMN kommunenummer SET DATA TYPE VARCHAR(6);

-- A newer official list (SSB Klass CSV) imported in Innstillinger replaces the shipped one of the
-- same name. The lists hold no personal data.
CREATE TABLE code_list (
    list_name       VARCHAR(32)     NOT NULL PRIMARY KEY,
    content         VARCHAR(1000000) NOT NULL,
    rows_count      INTEGER         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT ck_code_list_name CHECK (list_name IN ('KOMMUNER', 'BYDELER', 'FYLKER'))
);
