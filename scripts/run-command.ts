import { ConfigurationError } from '../src/lib/config/environment.ts';
import { CampaignDefinitionError } from '../src/lib/campaigns/read-campaigns.ts';
import { ReferenceDataError } from '../src/lib/units/reference-data.ts';
import { DatabaseUnavailableError } from '../db/client.ts';

/** Problems a person can fix from the message alone: printed as one line, without a stack. */
const explainedErrors = [ConfigurationError, DatabaseUnavailableError, ReferenceDataError, CampaignDefinitionError];

/** Runs a command-line script; known problems end it with one `Error: …` line and exit code 1. */
export function runCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (explainedErrors.some((kind) => error instanceof kind)) {
      console.error(`Error: ${(error as Error).message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
