import { DateScalar } from '@uitstroom/subgraph-kit';
import { Covenant } from './Covenant.ts';
import { Membership } from './Membership.ts';
import { Party } from './Party.ts';
import { Query } from './Query.ts';

export const resolvers = {
  Date: DateScalar,
  // GraphQL enum values map onto the lower-case values stored in PostgreSQL.
  AuditOutcome: { ALLOWED: 'allowed', DENIED: 'denied' },
  PartyKind: { GEMEENTE: 'gemeente', WONINGCORPORATIE: 'woningcorporatie', ZORGAANBIEDER: 'zorgaanbieder', OVERIG: 'overig' },
  EvaluationRhythm: { KWARTAAL: 'kwartaal', HALFJAAR: 'halfjaar', JAAR: 'jaar', EENMALIG: 'eenmalig' },
  Query,
  Covenant,
  Party,
  Membership,
};
