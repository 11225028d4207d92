import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { campaignDefinitionSchema, type CampaignDefinition } from './campaign-definition.ts';

export class CampaignDefinitionError extends Error {}

/** Reads and checks every content/campaigns/*.json; a bad file is named with its first problem. */
export function readCampaignDefinitions(folder = path.resolve('content/campaigns')): CampaignDefinition[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const result = campaignDefinitionSchema.safeParse(JSON.parse(readFileSync(path.join(folder, file), 'utf8')));
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new CampaignDefinitionError(`content/campaigns/${file}: ${issue?.path.join('.')} ${issue?.message}`);
      }
      if (`${result.data.id}.json` !== file) {
        throw new CampaignDefinitionError(`content/campaigns/${file}: id "${result.data.id}" must match the file name`);
      }
      return result.data;
    });
}
