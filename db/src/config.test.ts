// The database settings read from the environment: defaults, and a clear refusal of a bad value.
import { describe, expect, it } from 'vitest';
import { readDatabaseConfig } from './config.ts';

describe('readDatabaseConfig', () => {
  it('defaults: embedded database with demo data, migrations as the same connection, retention dry run, audit 12 months', () => {
    expect(readDatabaseConfig({})).toMatchObject({ url: undefined, migrationUrl: undefined, demoData: true, retentionPurge: 'dry-run', auditRetentionMonths: 12 });
  });

  it('migrates as MIGRATION_DATABASE_URL when the services connect as another role, else as DATABASE_URL', () => {
    const services = 'postgres://uitstroom_app@db/uitstroom';
    expect(readDatabaseConfig({ DATABASE_URL: services }).migrationUrl).toBe(services);
    expect(readDatabaseConfig({ DATABASE_URL: services, MIGRATION_DATABASE_URL: 'postgres://owner@db/uitstroom' })).toMatchObject({ url: services, migrationUrl: 'postgres://owner@db/uitstroom', demoData: false });
  });

  it.each(['on', 'dry-run', 'off', ' ON '])('RETENTION_PURGE=%s is taken', (value) => {
    expect(readDatabaseConfig({ RETENTION_PURGE: value }).retentionPurge).toBe(value.trim().toLowerCase());
  });

  it('refuses an unknown RETENTION_PURGE or AUDIT_RETENTION_MONTHS, saying what is allowed', () => {
    expect(() => readDatabaseConfig({ RETENTION_PURGE: 'yes' })).toThrow('RETENTION_PURGE must be on, dry-run or off, got "yes"');
    expect(() => readDatabaseConfig({ AUDIT_RETENTION_MONTHS: '0' })).toThrow('AUDIT_RETENTION_MONTHS must be a whole number of months (1-600), got "0"');
  });
});
