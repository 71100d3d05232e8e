import { DateScalar, JsonScalar, lowerCaseEnum } from '@uitstroom/subgraph-kit';
import { DataSubjectMutation, DataSubjectQuery } from './data-subject.ts';
import { Covenant } from './Covenant.ts';
import { HouseholdVisit } from './HouseholdVisit.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Trajectory } from './Trajectory.ts';

export const resolvers = {
  Date: DateScalar,
  JSON: JsonScalar,
  AgeCategory: { AGE_18_22: '18-22', AGE_23_27: '23-27', AGE_28_49: '28-49', AGE_50_64: '50-64', AGE_65_PLUS: '65+' },
  ContractForm: lowerCaseEnum(['tijdelijk', 'intermediair', 'driepartijen', 'regulier']),
  CanonicalStep: lowerCaseEnum(['aanmelding', 'toegang', 'bemiddeling', 'ondersteuningsplan', 'woning_aangeboden', 'sleuteloverdracht', 'evaluatie', 'omklap', 'waakvlam', 'afgesloten']),
  TrajectoryEventKind: lowerCaseEnum(['terugval', 'negatief_einde', 'huurachterstand']),
  RelapseKind: lowerCaseEnum(['tijdelijk', 'structureel']),
  RecordSource: lowerCaseEnum(['demo', 'import', 'invoer']),
  ReferralChannel: lowerCaseEnum(['corporatie', 'gemeente', 'wmw']),
  Query: { ...Query, ...DataSubjectQuery },
  Mutation: { ...Mutation, ...DataSubjectMutation },
  Trajectory,
  HouseholdVisit,
  Covenant,
};
