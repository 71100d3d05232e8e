// Who may change what through an import. Anyone who may import may create new cases (in the
// covenants of their token); a case that is already stored may be changed — or re-imported unchanged
// — only by the beheerder, by an organisation involved in it as it is stored (the rule for reading
// it: access.ts), or by the organisation that created it (so a werkgroep can keep importing the sheet
// it keeps). Otherwise one importer could take over another's case: make itself its landlord, read
// it, claim on it. A refused row says so in Dutch without saying what is stored.
import { chunks } from '@uitstroom/db/queries/batches';
import { getStoredParties, getStoredVisitTenancy } from '@uitstroom/db/queries/trajectories';
import type { TrajectoryRecord } from '@uitstroom/db/queries/trajectory-records';
import type { VisitRecord } from '@uitstroom/db/queries/visit-records';
import type { Db } from '@uitstroom/db/client';
import type { Viewer } from '@uitstroom/subgraph-kit';
import { involvedIn } from '../access.ts';
import type { CovenantDirectory } from '../directory.ts';
import type { ImportError } from './sheet.ts';

/** Case codes looked up per statement: each is one parameter. */
const LOOKUP_ROWS = 5_000;

export interface OwnershipCheck {
  errors: ImportError[];
  /** The stored cases the importer tried to change: audited as refused. */
  refused: { covenantId: string; caseCode: string }[];
}

const NOT_YOURS = (code: string) =>
  `casuscode ${code} kan uw organisatie niet inlezen: een bestaand traject kan alleen de beheerder of een organisatie die erbij betrokken is wijzigen`;

function check<K>(rows: readonly { line: number; key: K; code: string; covenantId: string }[], mayChange: (row: { key: K; covenantId: string }) => boolean | null): OwnershipCheck {
  const errors: ImportError[] = [];
  const refused: OwnershipCheck['refused'] = [];
  for (const row of rows) {
    // null: not stored, so a new case anyone who imports may create.
    if (mayChange(row) !== false) continue;
    errors.push({ line: row.line, column: 'casuscode', reason: NOT_YOURS(row.code) });
    refused.push({ covenantId: row.covenantId, caseCode: row.code });
  }
  return { errors, refused };
}

/** `lines[i]` is the sheet line of `records[i]`. Run with claims that see every row (scope 'all'). */
export async function checkTrajectoryOwnership(tx: Db, records: readonly TrajectoryRecord[], lines: readonly number[], viewer?: Viewer): Promise<OwnershipCheck> {
  if (viewer === undefined || viewer.role === 'beheerder') return { errors: [], refused: [] };
  const stored = new Map<string, Parameters<typeof involvedIn>[1] & { createdByPartyId: string | null }>();
  for (const part of chunks(records, LOOKUP_ROWS)) {
    for (const row of await getStoredParties(tx, part)) stored.set(`${row.covenantId}/${row.caseCode}`, row);
  }
  const party = viewer.organisationId;
  const rows = records.map((r, i) => ({ line: lines[i] ?? 0, key: `${r.covenantId}/${r.caseCode}`, code: r.caseCode, covenantId: r.covenantId }));
  return check(rows, ({ key }) => {
    const parties = stored.get(key);
    if (parties === undefined) return null;
    return party !== null && (involvedIn(party, parties) || parties.createdByPartyId === party);
  });
}

/** The same for household visits: a stored visit is the covenant's gemeente's, its landlord's and its importer's. */
export async function checkVisitOwnership(tx: Db, records: readonly VisitRecord[], lines: readonly number[], directory: CovenantDirectory, viewer?: Viewer): Promise<OwnershipCheck> {
  if (viewer === undefined || viewer.role === 'beheerder') return { errors: [], refused: [] };
  const stored = new Map<string, { tenantOfPartyId: string | null; createdByPartyId: string | null }>();
  for (const part of chunks(records, LOOKUP_ROWS)) {
    for (const row of await getStoredVisitTenancy(tx, part)) stored.set(`${row.covenantId}/${row.visitCode}`, row);
  }
  const party = viewer.organisationId;
  const rows = records.map((r, i) => ({ line: lines[i] ?? 0, key: `${r.covenantId}/${r.visitCode}`, code: r.visitCode, covenantId: r.covenantId }));
  return check(rows, ({ key, covenantId }) => {
    const visit = stored.get(key);
    if (visit === undefined) return null;
    if (party === null) return false;
    return visit.tenantOfPartyId === party || visit.createdByPartyId === party || directory.partyById(covenantId, party)?.kind === 'gemeente';
  });
}
