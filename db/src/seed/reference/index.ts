// Reference data from the five covenants in shared/seeds: parties, covenants, memberships, targets, costs, funds.
export type * from './types.ts';
export {
  referenceParties,
  referenceGemeenten,
  referenceCorporaties,
  referenceZorgaanbieders,
  referenceOverigePartijen,
} from './parties.ts';
export {
  referenceCovenants,
  covenantMeppel,
  covenantWalcheren,
  covenantWoonkans,
  covenantNoordVeluwe,
  covenantNoordoostpolder,
  WALCHEREN_STARTS_ON,
  WALCHEREN_FIRST_HALF_YEAR_ENDS_ON,
} from './covenants.ts';
export { referenceMemberships, woonkansGemeenten, woonkansCorporaties, woonkansZorgaanbieders } from './memberships.ts';
export { referenceTargets, referenceCostAgreements, referenceFunds } from './figures.ts';
