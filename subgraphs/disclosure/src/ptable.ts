// The perturbation table in use, read from ../ptable.json (made by ptable-design.ts; a test checks
// that the file is exactly what the design gives) and checked before the first lookup.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PPM, type PTable, type PTableRow } from './ptable-design.ts';

export const PTABLE_FILE = path.join(import.meta.dirname, '..', 'ptable.json');
/** Checks what every lookup relies on, so a hand-edited file fails at start-up, not in a figure. */
export function checkPTable(table: PTable): PTable {
  const { maxAdjustment } = table.design;
  table.rows.forEach((row, i) => {
    if (row.count !== i + 1) throw new Error(`p-table row ${i} is for count ${row.count}, expected ${i + 1}`);
    const total = row.adjustments.reduce((s, a) => s + a.ppm, 0);
    if (total !== PPM) throw new Error(`p-table row for ${row.count}: probabilities sum to ${total} ppm, not ${PPM}`);
    for (const a of row.adjustments) {
      if (!Number.isInteger(a.ppm) || a.ppm <= 0) throw new Error(`p-table row for ${row.count}: adjustment ${a.value} has ${a.ppm} ppm`);
      if (Math.abs(a.value) > maxAdjustment || row.count + a.value < 0) throw new Error(`p-table row for ${row.count}: adjustment ${a.value} is not allowed`);
    }
  });
  if (table.rows.length !== maxAdjustment) throw new Error(`p-table has ${table.rows.length} rows, expected ${maxAdjustment}`);
  return table;
}

export const ptable: PTable = checkPTable(JSON.parse(readFileSync(PTABLE_FILE, 'utf8')) as PTable);

/** The row that holds for a true count ≥ 1: its own, or the last one for every larger count. */
export function rowFor(count: number): PTableRow {
  return ptable.rows[Math.min(count, ptable.rows.length) - 1] as PTableRow;
}
