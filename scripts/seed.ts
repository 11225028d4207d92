// Loads the reference data (units, succession, boundaries), the campaigns and, unless
// --no-demo is given, demo households. Safe to run again: it converges to the same rows.
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client.ts';
import { saveCampaigns } from '../src/lib/campaigns/store.ts';
import { countHouseholds, replaceDemoHouseholds } from '../src/lib/households/store.ts';
import { seedDemoGifts } from '../src/lib/pledges/demo-gift-store.ts';
import { saveReferenceData } from '../src/lib/units/reference-data-store.ts';
import { readCampaignDefinitions, readPlanTexts } from '../src/lib/campaigns/read-campaigns.ts';
import { readEnvironment } from '../src/lib/config/environment.ts';
import { generateDemoHouseholds } from '../src/lib/households/demo-households.ts';
import { readReferenceData } from '../src/lib/units/reference-data.ts';
import { runCommand } from './run-command.ts';
import { readOfficialFiles } from '../src/lib/official/official-files.ts';
import { countOfficialReports, importOfficialReports, saveSupportLevels } from '../src/lib/official/store.ts';

runCommand(async () => {
  const { values } = parseArgs({ options: { 'no-demo': { type: 'boolean', default: false } } });
  const environment = readEnvironment();
  const reference = readReferenceData(environment.SHARED_DATA_DIR);
  const campaigns = readCampaignDefinitions();
  const planTexts = readPlanTexts(campaigns, environment.SHARED_PLANS_DIR);
  const official = readOfficialFiles(environment.SHARED_OFFICIAL_DIR);
  const database = await openDatabase(environment);
  try {
    await database.migrate();
    await saveReferenceData(database.db, reference);
    await saveCampaigns(database.db, campaigns, planTexts);
    await saveSupportLevels(database.db, official.supportLevels);
    // Published figures, kept as imported: a row already imported is not added again.
    const reports = await importOfficialReports(database.db, official.nationalReportsCsv, null);
    if (!reports.ok) throw new Error(`national-reports.csv: ${JSON.stringify(reports.problems)}`);
    const demo = values['no-demo']
      ? []
      : generateDemoHouseholds({ campaigns, ...reference, supportLevels: official.supportLevels });
    await replaceDemoHouseholds(database.db, demo);
    const gifts = values['no-demo'] ? 0 : await seedDemoGifts(database.db);
    const households = await countHouseholds(database.db);
    const officialReports = await countOfficialReports(database.db);
    console.log(
      `Seeded ${database.location}: ${reference.units.length} units, ${reference.successions.length} successions, ` +
        `${reference.boundaries.length} boundary files, ${campaigns.length} campaigns, ` +
        `${official.supportLevels.length} support levels, ${officialReports} official reports, ` +
        `${demo.length} demo households (${households} households in all), ${gifts} demo gifts.`,
    );
  } finally {
    await database.close();
  }
});
