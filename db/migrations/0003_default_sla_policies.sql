-- What counts as an unhappy answer, and how fast it must be answered, is data: the SLA policies
-- (db/src/rules.ts reads them). Every organisation starts with product.md's defaults, which its ADMINs
-- may change; a database that already has policies keeps its own. (The same rows as DEFAULT_SLA_POLICIES.)
INSERT INTO sla_policies (name, rank, max_nps, max_csat, max_ces, target_hours)
SELECT name, rank, max_nps, max_csat, max_ces, target_hours FROM (VALUES
  ('Unhappy customers', 1, 6::smallint, 2::smallint, 3::smallint, 24),
  ('Everyone else', 2, NULL::smallint, NULL::smallint, NULL::smallint, 72)
) AS d(name, rank, max_nps, max_csat, max_ces, target_hours)
WHERE NOT EXISTS (SELECT 1 FROM sla_policies);
