// All organisations named in the five covenants, listed once each, split by kind for readability.
import type { ReferenceParty } from './types.ts';
import { referenceGemeenten } from './parties-gemeenten.ts';
import { referenceCorporaties } from './parties-corporaties.ts';
import { referenceZorgaanbieders } from './parties-zorg.ts';
import { referenceOverigePartijen } from './parties-overig.ts';

export { referenceGemeenten, referenceCorporaties, referenceZorgaanbieders, referenceOverigePartijen };

export const referenceParties: ReferenceParty[] = [
  ...referenceGemeenten,
  ...referenceCorporaties,
  ...referenceZorgaanbieders,
  ...referenceOverigePartijen,
];
