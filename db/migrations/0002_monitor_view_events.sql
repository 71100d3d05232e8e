DROP VIEW "trajectories"."monitor_trajectories";--> statement-breakpoint
CREATE VIEW "trajectories"."monitor_trajectories" AS (select t.id as trajectory_id, t.covenant_id, t.sub_region_id, t.target_group, t.facility, t.provider_id,
      t.origin_municipality_id, t.placement_municipality_id, t.age_category, t.landlord_id,
      (select s.occurred_on from trajectories.trajectory_steps s where s.trajectory_id = t.id and s.step = 'aanmelding') as registered_on,
      (select s.occurred_on from trajectories.trajectory_steps s where s.trajectory_id = t.id and s.step = 'sleuteloverdracht') as housed_on,
      (select s.occurred_on from trajectories.trajectory_steps s where s.trajectory_id = t.id and s.step = 'afgesloten') as closed_on,
      (select s.occurred_on from trajectories.trajectory_steps s where s.trajectory_id = t.id and s.step = 'omklap') as omklap_on,
      r.occurred_on as first_relapse_on, r.relapse_kind as first_relapse_kind,
      (select min(e.occurred_on) from trajectories.trajectory_events e where e.trajectory_id = t.id and e.kind = 'negatief_einde') as negative_end_on
    from trajectories.trajectories t
    left join lateral (select e.occurred_on, e.relapse_kind from trajectories.trajectory_events e
      where e.trajectory_id = t.id and e.kind = 'terugval' order by e.occurred_on limit 1) r on true);