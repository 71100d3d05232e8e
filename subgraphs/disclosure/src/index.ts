// Disclosure control: how a count is published to someone without case-level rights.
export { add, adjustment, EMPTY, perturb, RECORD_KEY_MODULUS, sum, type Tally } from './cell-key.ts';
export { PTABLE_DESIGN, PTABLE_VERSION, type PTable } from './ptable-design.ts';
export { ptable, rowFor } from './ptable.ts';
export { cellKeyProtected, disclosureFor, exact, seesExactCounts, MIN_BASE, MIN_SHOWN_COUNT, shownShare, SMALL_DISPLAY, type Disclosure, type ShownCount } from './shown-count.ts';
