// registerTrajectory: a new trajectory at aanmelding, with the checks a case worker expects.
import type { Db } from '@uitstroom/db/client';
import type { AgeCategoryCode, TargetGroupCode } from '@uitstroom/db/queries/trajectory-records';
import { writeTrajectories } from '@uitstroom/db/queries/trajectory-records';
import { getTrajectoryIdByCaseCode, isCaseCodeTaken } from '@uitstroom/db/queries/trajectories';
import { loadDirectory, type CovenantDirectory } from '../directory.ts';
import { todayInNetherlands, type Viewer } from '@uitstroom/subgraph-kit';
import { refuse } from './errors.ts';

/** Thrown when the case code is taken: the attempt shows that the case exists, so it is audited (outside the refused transaction). */
export class CaseCodeTaken extends Error {
  readonly covenantId: string;
  readonly caseCode: string;
  readonly problems: readonly string[];
  constructor(covenantId: string, caseCode: string, problems: readonly string[]) {
    super(problems.join('; '));
    this.covenantId = covenantId;
    this.caseCode = caseCode;
    this.problems = problems;
  }
}
import { actorOf } from '../access.ts';

export interface RegisterInput {
  covenant: string;
  caseCode: string;
  targetGroup: TargetGroupCode;
  facility: string;
  providerId: string;
  municipalityOfOriginId: string;
  ageCategory: AgeCategoryCode;
  registeredOn: string;
}

export const CASE_CODE = /^[A-Z0-9-]{4,32}$/;

/** A party must be in the covenant and of the right kind. */
export function partyProblem(directory: CovenantDirectory, covenantId: string, field: string, partyId: string, kind: string): string | null {
  const party = directory.partyById(covenantId, partyId);
  if (!party) return `${field}: "${partyId}" is not a party of covenant ${covenantId}`;
  return party.kind === kind ? null : `${field}: ${party.name} is a ${party.kind}, not a ${kind}`;
}

/** `viewer`: who registers (audited, and only in the covenants of the viewer's token). */
export async function registerTrajectory(db: Db, input: RegisterInput, viewer?: Viewer): Promise<string> {
  const actor = viewer && actorOf(viewer);
  const directory = await loadDirectory(db, viewer);
  const covenant = directory.resolveCode(input.covenant);
  if (!covenant) refuse([`covenant: unknown covenant or sub-region "${input.covenant}"`]);
  if (!directory.mayWrite(covenant.covenantId)) refuse([`covenant: "${input.covenant}" is not among the covenants of your token`]);
  const problems = [
    CASE_CODE.test(input.caseCode) ? null : `caseCode: "${input.caseCode}" must be 4–32 characters of A–Z, 0–9 and - (a pseudonymous code, never a name)`,
    input.facility.trim() ? null : 'facility: name the facility the person leaves',
    partyProblem(directory, covenant.covenantId, 'providerId', input.providerId, 'zorgaanbieder'),
    partyProblem(directory, covenant.covenantId, 'municipalityOfOriginId', input.municipalityOfOriginId, 'gemeente'),
    input.registeredOn > todayInNetherlands() ? `registeredOn: ${input.registeredOn} lies in the future` : null,
  ].filter((p): p is string => p !== null);
  if (problems.length > 0) refuse(problems);
  // Also a trajectory the registering organisation cannot see takes the code (a definer function).
  if (await isCaseCodeTaken(db, covenant.covenantId, input.caseCode)) {
    throw new CaseCodeTaken(covenant.covenantId, input.caseCode, [`caseCode: ${input.caseCode} already exists in covenant ${covenant.covenantId}`]);
  }
  await writeTrajectories(
    db,
    [
      {
        covenantId: covenant.covenantId,
        subRegionId: covenant.subRegionId,
        caseCode: input.caseCode,
        targetGroup: input.targetGroup,
        facility: input.facility.trim(),
        providerId: input.providerId,
        originMunicipalityId: input.municipalityOfOriginId,
        placementMunicipalityId: null,
        ageCategory: input.ageCategory,
        landlordId: null,
        contractForm: null,
        steps: [{ step: 'aanmelding', occurredOn: input.registeredOn }],
        events: [],
      },
    ],
    'invoer',
    actor && { ...actor, action: 'register', subject: 'trajectory', outcome: 'allowed', detail: null },
  );
  return (await getTrajectoryIdByCaseCode(db, covenant.covenantId, input.caseCode)) as string;
}
