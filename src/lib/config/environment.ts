import { isIP } from 'node:net';
import { z } from 'zod';
import { maximumAmount } from '../money/whole-dong.ts';
import { defaultMaximumMoneyPledge, minimumMoneyPledge } from '../pledges/pledge-form.ts';
import { parseWitnessRegistry, WitnessRegistryError } from '../transparency/witness-registry.ts';

const postgresUrl = z
  .string()
  .trim()
  .min(1)
  .refine((value) => /^postgres(ql)?:\/\//.test(value), {
    message: 'must start with postgres:// or postgresql://',
  });

/** `10.0.0.5` or `10.0.0.0/8`, IPv4 or IPv6. */
function isAddressOrRange(value: string): boolean {
  const [address = '', prefix, ...rest] = value.split('/');
  const version = isIP(address);
  if (!version || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/**
 * The portal's settings, read from environment variables and checked once, so that a typo
 * stops the server with one readable line instead of failing later.
 */
/**
 * RESPONSE_CACHE_MB's default: every commune and province page of the country in both languages,
 * with the progress JSON, took 48 MB gzipped on national-size data (`npm run bench`'s cache step:
 * commune pages 7.4–7.9 KB); twice that leaves as much again for household pages, ledgers and
 * embeds. Too small, and a spike spread over the communes renders pages again and again.
 */
export const responseCacheDefaultMb = 128;

const environmentSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  /**
   * The owner's connection, for `npm run migrate` only, where the database has two roles: the
   * owner applies migrations and grants DATABASE_URL's role what it needs, and nothing more.
   */
  DATABASE_MIGRATION_URL: postgresUrl.optional(),
  /** Streaming replicas of DATABASE_URL's database, comma-separated: public pages read from them. */
  DATABASE_REPLICA_URLS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(postgresUrl)),
  /**
   * `transaction`: DATABASE_URL (and the replicas) go through a pooler in transaction mode
   * (PgBouncer's `pool_mode = transaction`), so no statement is prepared; migrations then go over
   * DATABASE_MIGRATION_URL, a direct connection.
   */
  DATABASE_POOLER: z.enum(['none', 'transaction']).default('none'),
  PGLITE_DATA_DIR: z.string().trim().min(1).default('data/pglite'),
  SHARED_DATA_DIR: z.string().trim().min(1).default('../shared/data'),
  /** The campaign plans' published texts, which the campaigns' citations quote. */
  SHARED_PLANS_DIR: z.string().trim().min(1).default('../shared/plans'),
  /** Figures published about the campaign and the national support levels (../shared/official). */
  SHARED_OFFICIAL_DIR: z.string().trim().min(1).default('../shared/official'),
  /** Background map tiles, e.g. `https://tile.example.org/{z}/{x}/{y}.png`; none when unset. */
  MAP_TILE_URL: z
    .string()
    .trim()
    .refine((value) => /^https:\/\/.+\{z\}.+\{x\}.+\{y\}/.test(value), {
      message: 'must be an https:// URL template containing {z}, {x} and {y}',
    })
    .optional(),
  MAP_TILE_ATTRIBUTION: z.string().trim().optional(),
  /**
   * The portal's public address, as visitors' browsers reach it: every link that leaves the site
   * (QR codes, embed codes, oEmbed, card payment returns) and the check that a form was sent
   * from the portal use it. Unset, the portal answers only requests to localhost.
   */
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .refine((value) => new URL(value).href === `${new URL(value).origin}/`, {
      message: 'must be the address without a path, e.g. https://chungtay.example.vn',
    })
    .optional(),
  /**
   * Addresses (or ranges, `10.0.0.0/8`) of reverse proxies in front of the portal, comma-separated:
   * a request from one of them is counted, for rate limits, as from the client it names in
   * X-Forwarded-For. From anyone else that header is ignored.
   */
  TRUSTED_PROXIES: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every(isAddressOrRange), {
      message: 'must be IP addresses or ranges (127.0.0.1, 10.0.0.0/8), comma-separated',
    })
    .default([]),
  /**
   * The fund's bank account for VietQR transfers: NAPAS BIN (6 digits), account number, account
   * holder and bank name. Without them pledges are taken but no transfer code is shown.
   */
  FUND_BANK_BIN: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'must be the 6-digit NAPAS BIN of the bank')
    .optional(),
  FUND_ACCOUNT_NUMBER: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{1,19}$/, 'must be 1–19 letters or digits')
    .optional(),
  FUND_ACCOUNT_NAME: z.string().trim().min(1).optional(),
  FUND_BANK_NAME: z.string().trim().min(1).optional(),
  /** Stripe, for card payments from donors abroad; card payment is offered only when both keys are set. */
  STRIPE_SECRET_KEY: z
    .string()
    .trim()
    .regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_live_… or sk_test_…)')
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .trim()
    .regex(/^whsec_\w+$/, 'must be a Stripe webhook signing secret (whsec_…)')
    .optional(),
  /** Another address for Stripe's API, e.g. a local stand-in during tests; Stripe's own when unset. */
  STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Pledges one client address may submit per minute, counted in the database across servers. */
  PLEDGE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(10),
  /**
   * The largest gift of money one pledge may promise, whole đồng. No plan sets one: the portal's
   * own setting, said as such on the form, bounded by what the portal records at all.
   */
  PLEDGE_MAXIMUM_DONG: z
    .string()
    .trim()
    .regex(/^\d{1,13}$/, 'must be a whole number of đồng, digits only')
    .default(String(defaultMaximumMoneyPledge))
    .transform(BigInt)
    .refine((amount) => amount >= minimumMoneyPledge && amount <= maximumAmount, {
      message: `must be between ${minimumMoneyPledge} and ${maximumAmount} đồng`,
    }),
  /** Complaints one client address may file in ten minutes, counted in the database across servers. */
  COMPLAINT_RATE_LIMIT_PER_10_MINUTES: z.coerce.number().int().min(1).max(100_000).default(10),
  /**
   * Days a commune has to answer a citizen's complaint, shown as its due date. None of the plans
   * sets one: this is the portal's service target until a legal time limit is given.
   */
  COMPLAINT_RESPONSE_DAYS: z.coerce.number().int().min(1).max(90).default(15),
  /**
   * The operator's recognition thresholds (JSON, src/lib/recognition/threshold-settings.ts): no
   * plan sets what a donor must give to be proposed for an award. Unset: none is set, and no
   * level is suggested. Read once per server start.
   */
  RECOGNITION_THRESHOLDS_FILE: z.string().trim().min(1).optional(),
  /** Where evidence photos of homes are kept (officials only; metadata stripped). */
  EVIDENCE_DIR: z.string().trim().min(1).default('data/evidence'),
  /** The Ed25519 private key (PEM) that signs receipts; made on first use when the file is missing. */
  RECEIPT_SIGNING_KEY_FILE: z.string().trim().min(1).default('data/receipt-signing-key.pem'),
  /** The Ed25519 private key (PEM) that signs the transparency log's checkpoints; made on first use when missing. */
  TRANSPARENCY_LOG_KEY_FILE: z.string().trim().min(1).default('data/transparency-key.pem'),
  /** The transparency log's name in its checkpoints, e.g. `chungtay.example.vn/transparency-log`. */
  TRANSPARENCY_LOG_ORIGIN: z
    .string()
    .trim()
    .regex(/^[^\s+]+$/, 'must be one word without spaces or "+", e.g. chungtay.example.vn/transparency-log')
    .optional(),
  /**
   * The witnesses whose cosignatures of the log's checkpoints the portal keeps and publishes: their
   * keys (`name+hash+base64`, as `npm run witness` prints them), separated by spaces or commas.
   * An operator's setting: whom to register is the operator's choice, not a source's statement.
   */
  TRANSPARENCY_WITNESSES: z
    .string()
    .trim()
    .optional()
    .superRefine((setting, context) => {
      try {
        parseWitnessRegistry(setting);
      } catch (error) {
        if (!(error instanceof WitnessRegistryError)) throw error;
        context.addIssue({ code: 'custom', message: error.message });
      }
    }),
  /** Minutes between the transparency log's new checkpoints (also made at start and on demand); 0: none on this server. */
  CHECKPOINT_MINUTES: z.coerce.number().int().min(0).max(1440).default(5),
  /**
   * Minutes between runs of the public reconciliation check (also run at start); 0 turns it off
   * on this server, e.g. where another process runs it.
   */
  LEDGER_CHECK_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
  /**
   * The data controller the privacy notice names (Law 91/2025/QH15): the authority operating the
   * portal, and how to reach it. Unset, the notice says no controller is configured: the portal
   * never names one of its own accord.
   */
  DATA_CONTROLLER_NAME: z.string().trim().min(1).max(300).optional(),
  DATA_CONTROLLER_CONTACT: z.string().trim().min(1).max(300).optional(),
  /**
   * Months after a campaign's end when its households' public list gives way to aggregate
   * figures. None of the plans sets a period: this is the portal's own setting.
   */
  HOUSEHOLD_LIST_MONTHS_AFTER_CAMPAIGN: z.coerce.number().int().min(0).max(240).default(36),
  /**
   * How long shared caches (a CDN, nginx, this server's memory) keep a public answer while the
   * published data does not change (its s-maxage): new pledges show within this time.
   */
  PUBLIC_CACHE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  /** Memory for rendered public pages kept until the data changes (gzipped); 0 turns it off. */
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(16_384).default(responseCacheDefaultMb),
});

export type Environment = z.infer<typeof environmentSchema>;

export class ConfigurationError extends Error {}

const settingNames = Object.keys(environmentSchema.shape) as (keyof typeof environmentSchema.shape)[];
let lastRead: { values: string; environment: Environment } | undefined;

/**
 * The settings read from `source` (the process's environment). Pages read them on every request:
 * read again only when one of the portal's variables changed, as tests change them.
 */
export function readEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const settings = Object.fromEntries(settingNames.map((name) => [name, source[name]]));
  const values = JSON.stringify(settings);
  if (lastRead?.values === values) return lastRead.environment;
  const environment = parseEnvironment(settings);
  lastRead = { values, environment };
  return environment;
}

function parseEnvironment(source: Record<string, string | undefined>): Environment {
  // An empty DATABASE_URL (e.g. `DATABASE_URL= npm start`) means "not set".
  const cleaned = {
    ...source,
    DATABASE_URL: source.DATABASE_URL || undefined,
    DATABASE_MIGRATION_URL: source.DATABASE_MIGRATION_URL || undefined,
    MAP_TILE_URL: source.MAP_TILE_URL || undefined,
    PUBLIC_BASE_URL: source.PUBLIC_BASE_URL || undefined,
    STRIPE_API_URL: source.STRIPE_API_URL || undefined,
    RECOGNITION_THRESHOLDS_FILE: source.RECOGNITION_THRESHOLDS_FILE || undefined,
  };
  const result = environmentSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigurationError(`Invalid configuration: ${problems.join('; ')}`);
  }
  if (result.data.DATABASE_POOLER === 'transaction' && !result.data.DATABASE_MIGRATION_URL)
    throw new ConfigurationError(
      'Invalid configuration: DATABASE_POOLER=transaction needs DATABASE_MIGRATION_URL: a direct connection to the database, not through the pooler, for migrations',
    );
  if (result.data.DATABASE_REPLICA_URLS.length > 0 && !result.data.DATABASE_URL)
    throw new ConfigurationError(
      'Invalid configuration: DATABASE_REPLICA_URLS needs DATABASE_URL too: the primary, which takes every write',
    );
  if (result.data.DATABASE_MIGRATION_URL && !result.data.DATABASE_URL)
    throw new ConfigurationError(
      "Invalid configuration: DATABASE_MIGRATION_URL needs DATABASE_URL too: the runtime role's connection, which it grants privileges to",
    );
  return result.data;
}
