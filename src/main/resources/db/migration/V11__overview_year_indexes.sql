-- Oversikt counts the year's referrals, moves into a status and certificates. Without these indexes
-- each count read every row of its table from the encrypted file: the year's figures took 1.2 s at
-- 100,000 candidates when the screen first loaded, 0.3 s with them (scale benchmark, ADR 0028).
CREATE INDEX ix_candidate_referral ON candidate (municipality_id, referral_date);
CREATE INDEX ix_status_change_into ON candidate_status_change (status, effective_date);
CREATE INDEX ix_qualification_kind ON qualification (kind, achieved_date);
