-- Shared mode (ADR 0026): several coordinators write at once, and each audit entry must name the
-- entry before it. The chain's head is one row that every writer locks before it appends, so
-- appends take turns and the ids follow the chain. Each entry also names the database user that
-- wrote it (on the server, the coordinator's own login role).
CREATE TABLE audit_head (
    id          INTEGER  NOT NULL PRIMARY KEY,
    entry_hash  CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_head_one CHECK (id = 1)
);

INSERT INTO audit_head (id, entry_hash)
SELECT 1, COALESCE((SELECT entry_hash FROM audit_entry WHERE id = (SELECT MAX(id) FROM audit_entry)),
                   '0000000000000000000000000000000000000000000000000000000000000000');

ALTER TABLE audit_entry ADD COLUMN db_user VARCHAR(128);
