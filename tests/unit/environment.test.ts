import { describe, expect, it } from 'vitest';
import { ConfigurationError, readEnvironment } from '../../src/lib/config/environment.ts';
import { describeDatabaseUrl } from '../../db/client.ts';

describe('reading the environment', () => {
  it('uses the embedded database in ./data/pglite when DATABASE_URL is unset or empty', () => {
    expect(readEnvironment({})).toMatchObject({ DATABASE_URL: undefined, PGLITE_DATA_DIR: 'data/pglite' });
    expect(readEnvironment({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('accepts a postgres URL', () => {
    expect(readEnvironment({ DATABASE_URL: 'postgres://u:p@localhost:5432/portal' }).DATABASE_URL).toBe(
      'postgres://u:p@localhost:5432/portal',
    );
  });

  it('rejects anything else with a message that names the variable', () => {
    expect(() => readEnvironment({ DATABASE_URL: 'mysql://localhost/portal' })).toThrow(ConfigurationError);
    expect(() => readEnvironment({ DATABASE_URL: 'localhost:5432' })).toThrow(
      'Invalid configuration: DATABASE_URL must start with postgres:// or postgresql://',
    );
  });

  it('takes a pledge’s upper limit in whole đồng, 100 billion unless set, and refuses one the portal cannot record', () => {
    expect(readEnvironment({}).PLEDGE_MAXIMUM_DONG).toBe(100_000_000_000n);
    expect(readEnvironment({ PLEDGE_MAXIMUM_DONG: '5000000000' }).PLEDGE_MAXIMUM_DONG).toBe(5_000_000_000n);
    for (const wrong of ['5.000.000.000', '1e9', '-1', '9999', '1000000000001'])
      expect(() => readEnvironment({ PLEDGE_MAXIMUM_DONG: wrong }), wrong).toThrow(/PLEDGE_MAXIMUM_DONG/);
  });

  it('never prints a database password', () => {
    expect(describeDatabaseUrl('postgres://portal:s3cret@db.internal:5432/portal')).toBe(
      'postgres://portal@db.internal:5432/portal',
    );
  });
});
