// The five covenants in shared/seeds, one file each.
import type { ReferenceCovenant } from './types.ts';
import { covenantMeppel } from './covenant-meppel.ts';
import { covenantWalcheren } from './covenant-walcheren.ts';
import { covenantWoonkans } from './covenant-woonkans.ts';
import { covenantNoordVeluwe } from './covenant-noord-veluwe.ts';
import { covenantNoordoostpolder } from './covenant-noordoostpolder.ts';

export { covenantMeppel, covenantWalcheren, covenantWoonkans, covenantNoordVeluwe, covenantNoordoostpolder };
export { WALCHEREN_STARTS_ON, WALCHEREN_FIRST_HALF_YEAR_ENDS_ON } from './covenant-walcheren.ts';

export const referenceCovenants: ReferenceCovenant[] = [
  covenantMeppel,
  covenantWalcheren,
  covenantWoonkans,
  covenantNoordVeluwe,
  covenantNoordoostpolder,
];
