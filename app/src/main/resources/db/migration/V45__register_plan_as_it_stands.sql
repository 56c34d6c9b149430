-- The register is asked for today far more than for any other date, and it looked up each open plan's
-- category, last review and lead worker as of the date asked, one index lookup each: about 24 us a plan,
-- most of the register's database time. Each plan now carries what stands since its latest change, with
-- the date of that change; for any date on or after it the register reads the plan's row alone, and for
-- an earlier date it looks the history up as before.
--   category, category_on, category_seq: the category with the latest (effective date, sequence);
--   last_reviewed_on: the latest review's date;
--   lead_worker, lead_team, lead_on, lead_seq: the case's allocation with the latest (date, sequence).
ALTER TABLE protection_plan
    ADD COLUMN category         VARCHAR(3),
    ADD COLUMN category_on      DATE,
    ADD COLUMN category_seq     BIGINT,
    ADD COLUMN last_reviewed_on DATE,
    ADD COLUMN lead_worker      TEXT,
    ADD COLUMN lead_team        TEXT,
    ADD COLUMN lead_on          DATE,
    ADD COLUMN lead_seq         BIGINT;

-- Plans projected before this migration get the same values from the history the projection kept.
UPDATE protection_plan p SET category = c.category, category_on = c.effective_on, category_seq = c.seq
FROM (SELECT DISTINCT ON (plan_id) plan_id, category, effective_on, seq FROM protection_plan_category
      ORDER BY plan_id, effective_on DESC, seq DESC) c
WHERE c.plan_id = p.plan_id;

UPDATE protection_plan p SET last_reviewed_on = r.reviewed_on
FROM (SELECT plan_id, max(reviewed_on) AS reviewed_on FROM protection_plan_review GROUP BY plan_id) r
WHERE r.plan_id = p.plan_id;

UPDATE protection_plan p SET lead_worker = a.worker, lead_team = a.team, lead_on = a.effective_on, lead_seq = a.seq
FROM (SELECT DISTINCT ON (case_id) case_id, worker, team, effective_on, seq FROM case_allocation
      ORDER BY case_id, effective_on DESC, seq DESC) a
WHERE a.case_id = p.case_id;
