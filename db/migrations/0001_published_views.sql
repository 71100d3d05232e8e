CREATE VIEW "parties"."published_covenant_codes" AS (select c.id as code, c.id as covenant_id, null::text as sub_region_id from parties.covenants c
      union all select r.id, r.covenant_id, r.id from parties.sub_regions r);--> statement-breakpoint
CREATE VIEW "parties"."published_memberships" AS (select m.covenant_id, m.sub_region_id, m.role, p.id as party_id, p.name as party_name, p.kind as party_kind
      from parties.memberships m join parties.parties p on p.id = m.party_id);