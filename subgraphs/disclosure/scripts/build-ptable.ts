// `npm run ptable -w @uitstroom/disclosure`: writes ptable.json from the design in src/ptable-design.ts.
// The table is data, versioned with the repository; a test fails when the file and the design differ.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PTABLE_DESIGN, renderPTable } from '../src/ptable-design.ts';

const file = path.join(import.meta.dirname, '..', 'ptable.json');
writeFileSync(file, renderPTable(PTABLE_DESIGN));
console.log(`wrote ${file}`);
