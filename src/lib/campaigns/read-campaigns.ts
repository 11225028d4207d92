import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { campaignDefinitionSchema, type CampaignDefinition, type Citation } from './campaign-definition.ts';

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

/**
 * The published text of every plan the campaigns cite, by file name. A citation whose words are
 * not in its plan's text is refused: a quote must be the plan's own words.
 */
export function readPlanTexts(campaigns: CampaignDefinition[], folder: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const campaign of campaigns) {
    for (const citation of citationsOf(campaign)) {
      if (!texts.has(citation.file)) {
        const file = path.join(folder, citation.file);
        if (!existsSync(file))
          throw new CampaignDefinitionError(
            `Cannot read ${file}: set SHARED_PLANS_DIR to the folder holding ../shared/plans`,
          );
        texts.set(citation.file, readFileSync(file, 'utf8'));
      }
      if (!plainText(texts.get(citation.file)!).includes(plainText(citation.quote)))
        throw new CampaignDefinitionError(
          `content/campaigns/${campaign.id}.json: the quote “${citation.quote.slice(0, 60)}…” is not in ${citation.file}`,
        );
    }
  }
  return texts;
}

/** Every citation in a campaign's terms. */
export function citationsOf(campaign: CampaignDefinition): Citation[] {
  return [
    ...(campaign.area ? [campaign.area.citation] : []),
    campaign.periodWords.citation,
    ...campaign.milestones.map((m) => m.citation),
    ...campaign.beneficiaries.map((b) => b.citation),
    campaign.supportTypes.citation,
    ...campaign.recognition.flatMap((r) => [r.citation, ...r.forms.flatMap((form) => form.citation ?? [])]),
    ...campaign.provisions.map((p) => p.citation),
  ];
}

/** The words of a text without Markdown emphasis and line breaks, as a reader sees them. */
export function plainText(text: string): string {
  return text.replace(/[*#]/g, '').replace(/\s+/g, ' ').trim();
}
