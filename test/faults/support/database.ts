// The database the fault tests' services use: migrated, with reference and demo data and the
// Garantiefonds' demo history, as `npm start` makes it; the services connect as a login role in
// uitstroom_service (no owner, no BYPASSRLS), as in production.
import { createDb } from '@uitstroom/db/client';
import { prepareDatabase } from '@uitstroom/db/prepare';
import { seedDemoFund } from '@uitstroom/funding/demo';
import postgres from 'postgres';

export interface FaultDatabase {
  /** What the services get as DATABASE_URL. */
  serviceUrl: string;
  /** The owner's URL, for the tests' own checks on the tables. */
  ownerUrl: string;
}

export async function prepareFaultDatabase(clusterUrl: string): Promise<FaultDatabase> {
  const admin = postgres(clusterUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe('create database uitstroom');
    const owner = new URL(clusterUrl);
    owner.pathname = '/uitstroom';
    const database = createDb({ url: owner.toString(), maxConnections: 2 });
    try {
      await prepareDatabase(database, { demoData: true });
      await seedDemoFund(database.db);
    } finally {
      await database.close();
    }
    // The role uitstroom_service comes with migration 0008; the login role is per cluster.
    await admin.unsafe('create role uitstroom_app login in role uitstroom_service');
    const service = new URL(owner);
    service.username = 'uitstroom_app';
    return { serviceUrl: service.toString(), ownerUrl: owner.toString() };
  } finally {
    await admin.end({ timeout: 5 });
  }
}
