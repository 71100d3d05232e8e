// Test data shared by the retention tests: a trajectory in Walcheren closed in March 2016, so past a
// 5-year term (not eligible) today and within a 15-year one (eligible).
import type { TrajectoryRecord } from '@uitstroom/db/queries/trajectory-records';

export const closedIn2016 = (caseCode: string): TrajectoryRecord => ({
  covenantId: 'walcheren',
  subRegionId: null,
  caseCode,
  targetGroup: 'BW',
  facility: 'Beschermd wonen Middelburg',
  providerId: 'emergis',
  originMunicipalityId: 'gemeente-vlissingen',
  placementMunicipalityId: null,
  ageCategory: '28-49',
  landlordId: null,
  contractForm: null,
  steps: [
    { step: 'aanmelding', occurredOn: '2015-02-01' },
    { step: 'afgesloten', occurredOn: '2016-03-01' },
  ],
  events: [],
});
