import type { TestProject } from 'vitest/node';
import { makeTemplates } from './templates.ts';

/** Once per run of the integration tests: the template databases that every test file copies. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { templates, remove } = await makeTemplates(process.env.TEST_DATABASE_URL || undefined);
  project.provide('integrationTemplates', templates);
  return remove;
}
