import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../../../db/client.ts';
import { saveCampaigns } from '../../../src/lib/campaigns/store.ts';
import { readCampaignDefinitions, readPlanTexts } from '../../../src/lib/campaigns/read-campaigns.ts';
import { readEnvironment } from '../../../src/lib/config/environment.ts';
import { generateDemoHouseholds } from '../../../src/lib/households/demo-households.ts';
import { replaceDemoHouseholds } from '../../../src/lib/households/store.ts';
import { readReferenceData } from '../../../src/lib/units/reference-data.ts';
import { saveReferenceData } from '../../../src/lib/units/reference-data-store.ts';
import { readOfficialFiles } from '../../../src/lib/official/official-files.ts';
import { importOfficialReports, saveSupportLevels } from '../../../src/lib/official/store.ts';

/**
 * The databases every integration test file starts from, made once per run by the global setup:
 * `migrated` (the schema, nothing else) and `seeded` (what `npm run seed` loads: the real units,
 * campaigns and demo households). A test file copies one instead of loading the reference data
 * itself, which took most of the integration tests' time.
 *
 * PGlite: a tarball of the data folder (`dumpDataDir`), which a new PGlite starts from
 * (`loadDataDir`). Postgres: a database on TEST_DATABASE_URL's server, copied with
 * `create database … template …`.
 */
export type TemplateName = 'migrated' | 'seeded';
export type Templates =
  | { driver: 'pglite'; tarballs: Record<TemplateName, string> }
  | { driver: 'postgres'; serverUrl: string; databases: Record<TemplateName, string> };

declare module 'vitest' {
  export interface ProvidedContext {
    integrationTemplates: Templates;
  }
}

/** What `npm run seed` loads, without the demo gifts: they go through the payment code, tested apart. */
export async function seed(handle: DatabaseHandle): Promise<void> {
  const environment = readEnvironment({});
  const reference = readReferenceData(environment.SHARED_DATA_DIR);
  const campaigns = readCampaignDefinitions();
  await saveReferenceData(handle.db, reference);
  await saveCampaigns(handle.db, campaigns, readPlanTexts(campaigns, environment.SHARED_PLANS_DIR));
  const official = readOfficialFiles(environment.SHARED_OFFICIAL_DIR);
  await saveSupportLevels(handle.db, official.supportLevels);
  await replaceDemoHouseholds(
    handle.db,
    generateDemoHouseholds({ campaigns, ...reference, supportLevels: official.supportLevels }),
  );
  await importOfficialReports(handle.db, official.nationalReportsCsv, null);
}

export async function makeTemplates(serverUrl: string | undefined): Promise<{
  templates: Templates;
  remove(): Promise<void>;
}> {
  return serverUrl ? postgresTemplates(serverUrl) : pgliteTemplates();
}

async function pgliteTemplates() {
  const dir = mkdtempSync(path.join(tmpdir(), 'chung-tay-templates-'));
  const tarballs = { migrated: path.join(dir, 'migrated.tar'), seeded: path.join(dir, 'seeded.tar') };
  try {
    const handle = await openDatabase(readEnvironment({ PGLITE_DATA_DIR: 'memory://template' }));
    try {
      const client = (handle.db as unknown as { $client: PGlite }).$client;
      const dump = async (file: string) => {
        // A checkpoint first, so that a copy starts without replaying the write-ahead log.
        await client.exec('checkpoint');
        writeFileSync(file, new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer()));
      };
      await handle.migrate();
      await dump(tarballs.migrated);
      await seed(handle);
      await dump(tarballs.seeded);
    } finally {
      await handle.close();
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    templates: { driver: 'pglite' as const, tarballs },
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresTemplates(serverUrl: string) {
  const suffix = randomBytes(4).toString('hex');
  const databases = { migrated: `template_migrated_${suffix}`, seeded: `template_seeded_${suffix}` };
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const remove = async () => {
    for (const name of Object.values(databases)) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  try {
    const fill = async (name: string, work: (handle: DatabaseHandle) => Promise<void>) => {
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const handle = await openDatabase(readEnvironment({ DATABASE_URL: url.toString() }));
      try {
        await work(handle);
      } finally {
        // Copies can be made only while no one is connected to the template.
        await handle.close();
      }
    };
    await admin.unsafe(`create database ${databases.migrated}`);
    await fill(databases.migrated, (handle) => handle.migrate());
    await admin.unsafe(`create database ${databases.seeded} template ${databases.migrated}`);
    await fill(databases.seeded, seed);
  } catch (error) {
    await remove();
    throw error;
  }
  return { templates: { driver: 'postgres' as const, serverUrl, databases }, remove };
}
