// Synthetic uitstroommonitor rows for the import case: the same rows (but for their case codes)
// go through the importer and through COPY. Parties are those the database publishes for each
// covenant (parties.published_memberships), as the importer looks them up by name.
import type { Sql } from 'postgres';

export interface PartyRef {
  id: string;
  name: string;
}

export interface CovenantParties {
  covenantId: string;
  providers: PartyRef[];
  gemeenten: PartyRef[];
  corporations: PartyRef[];
}

/** One trajectory as a sheet row describes it; dates as YYYY-MM-DD, null when not (yet) happened. */
export interface SyntheticRow {
  caseCode: string;
  covenantId: string;
  targetGroup: string;
  facility: string;
  provider: PartyRef;
  origin: PartyRef;
  placement: PartyRef | null;
  ageCategory: string;
  registeredOn: string;
  housedOn: string | null;
  landlord: PartyRef | null;
  contractForm: string | null;
  omklapOn: string | null;
  relapseOn: string | null;
  relapseKind: 'tijdelijk' | 'structureel' | null;
  negativeEndOn: string | null;
  closedOn: string | null;
}

/** Meppel's covenant records VoorzieningenWijzer visits, not trajectories. */
const VISIT_COVENANTS = ['meppel-vzw'];

/**
 * Per covenant, its parties of each kind the importer accepts in each column — only names that
 * are unambiguous within the covenant (the importer matches names case-insensitively).
 */
export async function loadCovenantParties(sql: Sql): Promise<CovenantParties[]> {
  const rows = await sql<{ covenantId: string; kind: string; id: string; name: string }[]>`
    select covenant_id as "covenantId", min(party_kind) as kind, min(party_id) as id, min(party_name) as name
    from parties.published_memberships
    where covenant_id <> all(${VISIT_COVENANTS}) and party_kind in ('zorgaanbieder', 'gemeente', 'woningcorporatie')
    group by covenant_id, lower(party_name)
    having count(distinct party_id) = 1
    order by 1, 3`;
  const byCovenant = new Map<string, CovenantParties>();
  for (const row of rows) {
    const entry = byCovenant.get(row.covenantId) ?? { covenantId: row.covenantId, providers: [], gemeenten: [], corporations: [] };
    const list = row.kind === 'zorgaanbieder' ? entry.providers : row.kind === 'gemeente' ? entry.gemeenten : entry.corporations;
    list.push({ id: row.id, name: row.name });
    byCovenant.set(row.covenantId, entry);
  }
  const usable = [...byCovenant.values()].filter((c) => c.providers.length > 0 && c.gemeenten.length > 0 && c.corporations.length > 0);
  if (usable.length === 0) throw new Error('import vs COPY: no covenant has a zorgaanbieder, a gemeente and a woningcorporatie');
  return usable;
}

/** A small deterministic generator (mulberry32), so every run imports the same rows. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TARGET_GROUPS = ['BW', 'BW', 'BW', 'MO', 'MO', 'VO', 'JZ', 'DET', 'GGZ', 'WLZ', 'OVERIG'];
const AGE_CATEGORIES = ['18-22', '23-27', '28-49', '28-49', '50-64', '65+'];
const CONTRACT_FORMS = ['tijdelijk', 'intermediair', 'driepartijen', 'regulier'];
const FACILITIES = ['Beschermd wonen', 'Sociaal pension', 'Vrouwenopvang', 'Jongerenhuis', 'Nachtopvang', 'Kamertraining'];
const FIRST_DAY = Date.UTC(2022, 0, 1);
const DAY_MS = 86_400_000;

const isoDay = (day: number) => new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);

/** What happened after aanmelding, as day numbers from 2022-01-01 (dates ordered as the importer demands). */
function laterDates(next: () => number, registered: number) {
  const within = (from: number, span: number) => from + Math.floor(next() * span);
  const housed = next() < 0.6 ? within(registered, 400) : null;
  const omklap = housed !== null && next() < 0.3 ? within(housed + 180, 185) : null;
  const relapse = housed !== null && next() < 0.12 ? within(housed + 10, 300) : null;
  const negativeEnd = housed !== null && next() < 0.05 ? within(housed + 30, 400) : null;
  const last = Math.max(registered, housed ?? 0, omklap ?? 0, relapse ?? 0, negativeEnd ?? 0);
  const closed = next() < 0.25 ? within(last, 60) : null;
  return { housed, omklap, relapse, negativeEnd, closed };
}

/** `count` rows over the covenants in turn, with case codes `${prefix}-000001` onwards. */
export function generateRows(covenants: readonly CovenantParties[], count: number, prefix: string, seed = 7): SyntheticRow[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const rows: SyntheticRow[] = [];
  for (let i = 0; i < count; i++) {
    const covenant = covenants[i % covenants.length] as CovenantParties;
    const registered = Math.floor(next() * 1_300);
    const d = laterDates(next, registered);
    const day = (n: number | null) => (n === null ? null : isoDay(n));
    rows.push({
      caseCode: `${prefix}-${String(i + 1).padStart(6, '0')}`,
      covenantId: covenant.covenantId,
      targetGroup: pick(TARGET_GROUPS),
      facility: pick(FACILITIES),
      provider: pick(covenant.providers),
      origin: pick(covenant.gemeenten),
      placement: d.housed === null ? null : pick(covenant.gemeenten),
      ageCategory: pick(AGE_CATEGORIES),
      registeredOn: isoDay(registered),
      housedOn: day(d.housed),
      landlord: d.housed === null ? null : pick(covenant.corporations),
      contractForm: d.housed === null ? null : pick(CONTRACT_FORMS),
      omklapOn: day(d.omklap),
      relapseOn: day(d.relapse),
      relapseKind: d.relapse === null ? null : next() < 0.7 ? 'tijdelijk' : 'structureel',
      negativeEndOn: day(d.negativeEnd),
      closedOn: day(d.closed),
    });
  }
  return rows;
}
