import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readSupportLevels, type SupportLevel } from './support-levels.ts';

/** What the seed loads from ../shared/official: the support levels, and the reports file's text to import. */
export function readOfficialFiles(dir: string): { supportLevels: SupportLevel[]; nationalReportsCsv: string } {
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  return {
    supportLevels: readSupportLevels(read('support-levels.csv')),
    nationalReportsCsv: read('national-reports.csv'),
  };
}
