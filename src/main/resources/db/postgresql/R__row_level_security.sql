-- Shared mode only (PostgreSQL; ADR 0026): each municipality or bydel sees and changes only its own
-- records. A login role sees a municipality when municipality_member names it; the server's
-- administrator keeps that table. Repeatable: Flyway runs it again whenever it changes.

CREATE TABLE IF NOT EXISTS municipality_member (
    role_name       VARCHAR(63) NOT NULL,
    municipality_id BIGINT      NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    PRIMARY KEY (role_name, municipality_id)
);

-- A role reads its own memberships and changes none: with row-level security on and no policy for
-- writing, only the table's owner (the administrator's migration role) can.
ALTER TABLE municipality_member ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_rows ON municipality_member;
CREATE POLICY own_rows ON municipality_member FOR SELECT USING (role_name = session_user);

-- session_user: the role that signed in, not the function's owner.
CREATE OR REPLACE FUNCTION samspill_sees(m BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (SELECT 1 FROM municipality_member WHERE role_name = session_user AND municipality_id = m) $$;

DO $$
DECLARE
    t TEXT;
BEGIN
    -- Tables that carry the municipality.
    FOREACH t IN ARRAY ARRAY['candidate', 'cooperation_agreement', 'cooperation_meeting', 'evaluation_narrative',
        'involvement_event', 'mentor', 'partner_organisation', 'programme_grant', 'report_deadline', 'shared_task',
        'union_representative', 'workplace', 'workplace_plan'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS own_municipality ON %I', t);
        EXECUTE format('CREATE POLICY own_municipality ON %I USING (samspill_sees(municipality_id)) WITH CHECK (samspill_sees(municipality_id))', t);
    END LOOP;
    -- Tables that belong to a candidate.
    FOREACH t IN ARRAY ARRAY['apprenticeship_contract', 'candidate_status_change', 'employment_spell', 'follow_up',
        'income_period', 'mentor_assignment', 'nav_measure', 'qualification', 'training_path'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS own_municipality ON %I', t);
        EXECUTE format('CREATE POLICY own_municipality ON %I USING (samspill_sees((SELECT c.municipality_id FROM candidate c WHERE c.id = candidate_id)))'
            || ' WITH CHECK (samspill_sees((SELECT c.municipality_id FROM candidate c WHERE c.id = candidate_id)))', t);
    END LOOP;
    -- Tables that belong to an involvement event.
    FOREACH t IN ARRAY ARRAY['involvement_participant', 'involvement_workplace'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS own_municipality ON %I', t);
        EXECUTE format('CREATE POLICY own_municipality ON %I USING (samspill_sees((SELECT e.municipality_id FROM involvement_event e WHERE e.id = event_id)))'
            || ' WITH CHECK (samspill_sees((SELECT e.municipality_id FROM involvement_event e WHERE e.id = event_id)))', t);
    END LOOP;
END $$;

ALTER TABLE training_step ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_municipality ON training_step;
CREATE POLICY own_municipality ON training_step
    USING (samspill_sees((SELECT c.municipality_id FROM training_path p JOIN candidate c ON c.id = p.candidate_id WHERE p.id = path_id)))
    WITH CHECK (samspill_sees((SELECT c.municipality_id FROM training_path p JOIN candidate c ON c.id = p.candidate_id WHERE p.id = path_id)));

ALTER TABLE municipality ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_municipality ON municipality;
CREATE POLICY own_municipality ON municipality USING (samspill_sees(id)) WITH CHECK (samspill_sees(id));

-- The app's rights (ADR 0026): the administrator's role owns the schema and runs the migrations;
-- each coordinator signs in with a login role that is a member of samspill_coordinator, which may
-- read and write rows and nothing else: no tables made, changed or dropped, no memberships changed,
-- no migration history written.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'samspill_coordinator') THEN
        CREATE ROLE samspill_coordinator NOLOGIN;
    END IF;
END $$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO samspill_coordinator;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO samspill_coordinator;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO samspill_coordinator;
REVOKE INSERT, UPDATE, DELETE ON municipality_member FROM samspill_coordinator;
REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM samspill_coordinator;
-- Tables a later migration adds get the same rights.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO samspill_coordinator;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO samspill_coordinator;
