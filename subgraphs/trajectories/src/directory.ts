// Which covenant codes exist and which parties belong to which covenant, as the parties subgraph
// publishes them. Imports look parties up by name, mutations by id; both check the same facts.
import type { Db } from '@uitstroom/db/client';
import { getImportReference } from '@uitstroom/db/queries/trajectories';
import { mayViewCovenant, type Viewer } from '@uitstroom/subgraph-kit';

export interface DirectoryParty {
  partyId: string;
  name: string;
  kind: string;
}

export interface CovenantDirectory {
  /** A covenant id or sub-region code (case-insensitive) → covenant and sub-region. */
  resolveCode(code: string): { covenantId: string; subRegionId: string | null } | undefined;
  partyByName(covenantId: string, name: string): DirectoryParty | undefined;
  partyById(covenantId: string, partyId: string): DirectoryParty | undefined;
  /** Whether the covenant records VoorzieningenWijzer household visits (rather than trajectories). */
  recordsVisits(covenantId: string): boolean;
  /** Whether the one who imports or registers works in this covenant (the token's covenants). */
  mayWrite(covenantId: string): boolean;
}

// The parties subgraph publishes no "kind of record" per covenant yet, so the one covenant that
// records visits (Convenant VoorzieningenWijzer Meppel) is named here, in one place.
const VISIT_COVENANTS: ReadonlySet<string> = new Set(['meppel-vzw']);

export function buildDirectory(
  codes: readonly { code: string; covenantId: string; subRegionId: string | null }[],
  members: readonly { covenantId: string; partyId: string; partyName: string; partyKind: string }[],
  mayWrite: (covenantId: string) => boolean = () => true,
): CovenantDirectory {
  const byCode = new Map(codes.map((c) => [c.code.toLowerCase(), { covenantId: c.covenantId, subRegionId: c.subRegionId }]));
  const byName = new Map<string, DirectoryParty>();
  const byId = new Map<string, DirectoryParty>();
  for (const m of members) {
    const party = { partyId: m.partyId, name: m.partyName, kind: m.partyKind };
    byName.set(`${m.covenantId}/${m.partyName.toLowerCase()}`, party);
    byId.set(`${m.covenantId}/${m.partyId}`, party);
  }
  return {
    resolveCode: (code) => byCode.get(code.toLowerCase()),
    partyByName: (covenantId, name) => byName.get(`${covenantId}/${name.toLowerCase()}`),
    partyById: (covenantId, partyId) => byId.get(`${covenantId}/${partyId}`),
    recordsVisits: (covenantId) => VISIT_COVENANTS.has(covenantId),
    mayWrite,
  };
}

/** The directory as `viewer` may use it: writing only into the covenants of the viewer's token. */
export async function loadDirectory(db: Db, viewer?: Viewer): Promise<CovenantDirectory> {
  const { codes, members } = await getImportReference(db);
  return buildDirectory(codes, members, viewer ? (covenantId) => mayViewCovenant(viewer, covenantId) : undefined);
}

export const notYours = (code: string) => `convenant "${code}" hoort niet bij uw convenanten; u kunt er niets voor invoeren`;
