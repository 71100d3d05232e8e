// Validates a voorzieningenwijzer sheet (shared/formats/README.md: one row per household visit,
// Meppel) into visit records. Pure, like the uitstroommonitor import: the covenants and parties it
// checks against are passed in; every problem comes back with line, column and a Dutch reason.
import { REFERRAL_CHANNELS, type VisitRecord } from '@uitstroom/db/queries/visit-records';
import { notYours, type CovenantDirectory } from '../directory.ts';
import { cellReader, checkHeader, NO_ROWS, type ImportError } from './sheet.ts';
import type { RawTable } from './table.ts';
import { parseCode, parseCount, parseDate, parseEuroCents, parseHoursAsMinutes, type Parsed } from './values.ts';

export const VISIT_COLUMNS = [
  'bezoekcode', 'convenant', 'datum_bezoek', 'toeleiding', 'aanleiding', 'huurder_van', 'uren', 'financiele_ruimte_eur',
  'voorzieningen_aangevraagd',
] as const;
type Column = (typeof VISIT_COLUMNS)[number];
// huurder_van may be left out: empty means the household rents from neither corporation.
const REQUIRED: readonly Column[] = VISIT_COLUMNS.filter((c) => c !== 'huurder_van');
const MAX_CODE_LENGTH = 64;

export interface VisitValidation {
  records: VisitRecord[];
  errors: ImportError[];
}

export function validateVoorzieningenwijzer(table: RawTable, reference: CovenantDirectory): VisitValidation {
  const header = checkHeader(table.header, VISIT_COLUMNS, REQUIRED);
  if (header.errors.length > 0) return { records: [], errors: header.errors };
  if (table.rows.length === 0) return { records: [], errors: [NO_ROWS] };
  const records: VisitRecord[] = [];
  const errors: ImportError[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const cell = cellReader(header.index, row);
    const result = validateRow(row.line, cell, reference);
    errors.push(...result.errors);
    const code = cell('bezoekcode');
    const earlier = seen.get(code);
    if (code !== '' && earlier !== undefined) errors.push({ line: row.line, column: 'bezoekcode', reason: `bezoekcode ${code} staat ook op regel ${earlier}` });
    else if (code !== '') seen.set(code, row.line);
    if (result.record) records.push(result.record);
  }
  return { records: errors.length === 0 ? records : [], errors };
}

function validateRow(line: number, cell: (c: Column) => string, reference: CovenantDirectory): { record?: VisitRecord; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const required = <T>(column: Column, parse: (text: string) => Parsed<T>): T | undefined => {
    const text = cell(column);
    if (text === '') {
      errors.push({ line, column, reason: `${column} is verplicht` });
      return undefined;
    }
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    errors.push({ line, column, reason: parsed.reason });
    return undefined;
  };
  const visitCode = required('bezoekcode', (text) =>
    text.length <= MAX_CODE_LENGTH ? { ok: true, value: text } : { ok: false, reason: `bezoekcode is langer dan ${MAX_CODE_LENGTH} tekens` },
  );
  const covenantId = required('convenant', (text) => parseVisitCovenant(text, reference));
  const visitedOn = required('datum_bezoek', parseDate);
  const referralChannel = required('toeleiding', (text) => parseCode(text, REFERRAL_CHANNELS));
  const reason = required('aanleiding', (text) => ({ ok: true, value: text }));
  const tenantOfPartyId = cell('huurder_van') === '' || !covenantId ? null : required('huurder_van', (text) => parseLandlord(text, covenantId, reference));
  const minutesSpent = required('uren', parseHoursAsMinutes);
  const financialRoomCents = required('financiele_ruimte_eur', parseEuroCents);
  const provisionsApplied = required('voorzieningen_aangevraagd', parseCount);
  if (
    errors.length > 0 || visitCode === undefined || covenantId === undefined || visitedOn === undefined || referralChannel === undefined ||
    reason === undefined || tenantOfPartyId === undefined || minutesSpent === undefined || financialRoomCents === undefined || provisionsApplied === undefined
  ) {
    return { errors };
  }
  return { errors, record: { covenantId, visitCode, visitedOn, referralChannel, reason, tenantOfPartyId, minutesSpent, financialRoomCents, provisionsApplied } };
}

/** A covenant code the parties subgraph publishes, of a covenant that records visits. */
function parseVisitCovenant(code: string, reference: CovenantDirectory): Parsed<string> {
  const covenant = reference.resolveCode(code);
  if (!covenant) return { ok: false, reason: `onbekend convenant "${code}"` };
  if (!reference.recordsVisits(covenant.covenantId)) return { ok: false, reason: `convenant "${code}" legt geen huisbezoeken vast; dit bestand hoort bij een uitstroommonitor-import` };
  if (!reference.mayWrite(covenant.covenantId)) return { ok: false, reason: notYours(code) };
  return { ok: true, value: covenant.covenantId };
}

/** A woningcorporatie of the covenant, by name (case-insensitive) → its party id. */
function parseLandlord(name: string, covenantId: string, reference: CovenantDirectory): Parsed<string> {
  const party = reference.partyByName(covenantId, name);
  if (!party) return { ok: false, reason: `"${name}" is geen partij van convenant ${covenantId}` };
  if (party.kind !== 'woningcorporatie') return { ok: false, reason: `"${name}" is geen woningcorporatie` };
  return { ok: true, value: party.partyId };
}
