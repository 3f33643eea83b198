-- The candidate list reads only these columns, in name order, for a search over the names. With all of
-- them in one index the search reads the index alone: at 100,000 candidates the full rows, read page by
-- page from the encrypted file, made a keystroke take half a second (scale benchmark, ADR 0027).
-- It starts with the old (municipality_id, full_name) index's columns, so that index goes.
CREATE INDEX ix_candidate_list ON candidate (municipality_id, full_name, birth_year, status, programme, main_workplace_id,
    referral_date);
DROP INDEX ix_candidate_municipality_name;
