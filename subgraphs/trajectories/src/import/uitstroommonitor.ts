// Validates an uitstroommonitor sheet (shared/formats/README.md) into trajectory records.
// Pure: the parties and covenant codes it checks against are passed in. Every problem is reported
// with line, column and a Dutch reason; the caller writes nothing unless there is none.
import {
  AGE_CATEGORIES,
  CONTRACT_FORMS,
  TARGET_GROUPS,
  type TrajectoryRecord,
} from '@uitstroom/db/queries/trajectory-records';
import { notYours, type CovenantDirectory } from '../directory.ts';
import { cellReader, checkHeader, NO_ROWS, type ImportError } from './sheet.ts';
import type { RawTable } from './table.ts';
import { parseCode, parseDate, type Parsed } from './values.ts';

export const COLUMNS = [
  'casuscode', 'convenant', 'doelgroep', 'voorziening', 'zorgaanbieder', 'gemeente_herkomst', 'gemeente_uitstroom',
  'leeftijdscategorie', 'datum_aanmelding', 'datum_woning', 'corporatie', 'contractvorm', 'datum_omklap',
  'datum_terugval', 'soort_terugval', 'datum_negatief_einde', 'datum_afgesloten',
] as const;
export type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['casuscode', 'convenant', 'doelgroep', 'voorziening', 'zorgaanbieder', 'gemeente_herkomst', 'leeftijdscategorie', 'datum_aanmelding'];

export interface ValidationResult {
  records: TrajectoryRecord[];
  errors: ImportError[];
}

const CASE_CODE = /^[A-Z0-9-]{4,32}$/;

export function validateUitstroommonitor(table: RawTable, reference: CovenantDirectory): ValidationResult {
  const header = checkHeader(table.header, COLUMNS, REQUIRED);
  if (header.errors.length > 0) return { records: [], errors: header.errors };
  if (table.rows.length === 0) return { records: [], errors: [NO_ROWS] };
  const records: TrajectoryRecord[] = [];
  const errors: ImportError[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const result = validateRow(row.line, cellReader(header.index, row), reference);
    errors.push(...result.errors);
    if (!result.record) continue;
    const key = `${result.record.covenantId}/${result.record.caseCode}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) errors.push({ line: row.line, column: 'casuscode', reason: `casuscode ${result.record.caseCode} staat ook op regel ${earlier}` });
    else seen.set(key, row.line);
    records.push(result.record);
  }
  return { records: errors.length === 0 ? records : [], errors };
}

function validateRow(line: number, cell: (c: Column) => string, reference: CovenantDirectory): { record?: TrajectoryRecord; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const take = <T>(column: Column, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    errors.push({ line, column, reason: parsed.reason });
    return undefined;
  };
  const required = (column: Column): string | undefined => {
    const value = cell(column);
    if (value === '') errors.push({ line, column, reason: `${column} is verplicht` });
    return value === '' ? undefined : value;
  };
  const optionalDate = (column: Column) => (cell(column) === '' ? null : take(column, parseDate(cell(column))));

  const caseCode = required('casuscode');
  if (caseCode !== undefined && !CASE_CODE.test(caseCode)) {
    errors.push({ line, column: 'casuscode', reason: `"${caseCode}" is geen geldige casuscode: 4–32 tekens A–Z, 0–9 of -` });
  }
  const code = required('convenant');
  const covenant = code === undefined ? undefined : reference.resolveCode(code);
  if (code !== undefined && !covenant) errors.push({ line, column: 'convenant', reason: `onbekend convenant "${code}"` });
  else if (code !== undefined && covenant && !reference.mayWrite(covenant.covenantId)) errors.push({ line, column: 'convenant', reason: notYours(code) });
  const targetGroup = required('doelgroep') === undefined ? undefined : take('doelgroep', parseCode(cell('doelgroep'), TARGET_GROUPS));
  const facility = required('voorziening');
  const ageCategory = required('leeftijdscategorie') === undefined ? undefined : take('leeftijdscategorie', parseCode(cell('leeftijdscategorie'), AGE_CATEGORIES));
  const party = (column: Column, kind: string, label: string, needed: boolean): string | null | undefined => {
    const name = needed ? required(column) : cell(column) || undefined;
    if (name === undefined || !covenant) return needed ? undefined : null;
    const found = reference.partyByName(covenant.covenantId, name);
    if (!found) errors.push({ line, column, reason: `"${name}" is geen partij van convenant ${covenant.covenantId}` });
    else if (found.kind !== kind) errors.push({ line, column, reason: `"${name}" is geen ${label}` });
    return found?.kind === kind ? found.partyId : undefined;
  };
  const providerId = party('zorgaanbieder', 'zorgaanbieder', 'zorgaanbieder', true);
  const originId = party('gemeente_herkomst', 'gemeente', 'gemeente', true);
  const placementId = party('gemeente_uitstroom', 'gemeente', 'gemeente', false);
  const registeredOn = required('datum_aanmelding') === undefined ? undefined : take('datum_aanmelding', parseDate(cell('datum_aanmelding')));
  const dates = checkDates(line, cell, optionalDate, registeredOn, errors);
  const landlordId = party('corporatie', 'woningcorporatie', 'woningcorporatie', false);
  if (dates.housedOn && cell('corporatie') === '') errors.push({ line, column: 'corporatie', reason: 'corporatie is verplicht wanneer datum_woning is ingevuld' });
  const contractForm = cell('contractvorm') === '' ? null : take('contractvorm', parseCode(cell('contractvorm'), CONTRACT_FORMS));
  const relapseKind = cell('soort_terugval') === '' ? null : take('soort_terugval', parseCode(cell('soort_terugval'), ['tijdelijk', 'structureel'] as const));
  if (dates.relapseOn && relapseKind === null) errors.push({ line, column: 'soort_terugval', reason: 'soort_terugval is verplicht wanneer datum_terugval is ingevuld' });
  if (!dates.relapseOn && relapseKind) errors.push({ line, column: 'soort_terugval', reason: 'soort_terugval zonder datum_terugval' });

  if (errors.length > 0 || !caseCode || !covenant || !targetGroup || !facility || !providerId || !originId || !ageCategory || !registeredOn) return { errors };
  const steps: TrajectoryRecord['steps'] = [{ step: 'aanmelding', occurredOn: registeredOn }];
  if (dates.housedOn) steps.push({ step: 'sleuteloverdracht', occurredOn: dates.housedOn });
  if (dates.omklapOn) steps.push({ step: 'omklap', occurredOn: dates.omklapOn });
  if (dates.closedOn) steps.push({ step: 'afgesloten', occurredOn: dates.closedOn });
  const events: TrajectoryRecord['events'] = [];
  if (dates.relapseOn) events.push({ kind: 'terugval', relapseKind: relapseKind ?? null, occurredOn: dates.relapseOn });
  if (dates.negativeEndOn) events.push({ kind: 'negatief_einde', relapseKind: null, occurredOn: dates.negativeEndOn });
  return {
    errors,
    record: {
      covenantId: covenant.covenantId,
      subRegionId: covenant.subRegionId,
      caseCode,
      targetGroup,
      facility,
      providerId,
      originMunicipalityId: originId,
      placementMunicipalityId: placementId ?? null,
      ageCategory,
      landlordId: landlordId ?? null,
      contractForm: contractForm ?? null,
      steps,
      events,
    },
  };
}

/** Dates after aanmelding must not precede it; omklap, relapse and negative end need a home first. */
function checkDates(
  line: number,
  cell: (c: Column) => string,
  optionalDate: (c: Column) => string | null | undefined,
  registeredOn: string | undefined,
  errors: ImportError[],
) {
  const housedOn = optionalDate('datum_woning');
  const after = (column: Column, value: string | null | undefined, floor: string | null | undefined, floorColumn: Column) => {
    if (value && floor && value < floor) errors.push({ line, column, reason: `${column} (${value}) ligt vóór ${floorColumn} (${floor})` });
  };
  after('datum_woning', housedOn, registeredOn, 'datum_aanmelding');
  const needsHome = (column: Column) => {
    const value = optionalDate(column);
    if (value && cell('datum_woning') === '') errors.push({ line, column, reason: `${column} is ingevuld maar datum_woning niet` });
    after(column, value, housedOn, 'datum_woning');
    return value;
  };
  const omklapOn = needsHome('datum_omklap');
  const relapseOn = needsHome('datum_terugval');
  const negativeEndOn = needsHome('datum_negatief_einde');
  const closedOn = optionalDate('datum_afgesloten');
  after('datum_afgesloten', closedOn, registeredOn, 'datum_aanmelding');
  return { housedOn, omklapOn, relapseOn, negativeEndOn, closedOn };
}
