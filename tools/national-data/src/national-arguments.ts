import type { NationalShape } from './national-register';

export const NATIONAL_DATABASE_COMMENT = 'WRES national-scale generated data set';

export interface NationalArguments {
  database: string;
  server: string;
  seed: string;
  asOf: Date;
  password: string;
  outboxRows: number;
  shape: Partial<NationalShape>;
}

export const NATIONAL_DEFAULTS = {
  database: 'wres_national',
  server: 'postgres://postgres@127.0.0.1:5432',
  seed: 'wres-national-v1',
  /** After 2025/26's annual reports fell due (1 May 2026): recent years' reviews are still moving. */
  asOf: '2026-06-30T12:00:00Z',
  password: 'national-password-2026',
  outboxRows: 500_000,
} as const;

const USAGE = `Usage: npm run data:national -- [--database NAME] [--server postgres://…] [--seed TEXT]
       [--as-of YYYY-MM-DD] [--password TEXT] [--outbox N] [--providers N]`;

/** Reads `--name value` (or `--name=value`) options; anything unknown or malformed is an error. */
export function parseNationalArguments(argv: readonly string[]): NationalArguments {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (!argument.startsWith('--')) throw new Error(`Unexpected argument "${argument}".\n${USAGE}`);
    const [name, inline] = argument.slice(2).split('=', 2);
    const value = inline ?? argv[++index];
    if (value === undefined) throw new Error(`--${name} needs a value.\n${USAGE}`);
    values.set(name, value);
  }
  const known = ['database', 'server', 'seed', 'as-of', 'password', 'outbox', 'providers'];
  const unknown = [...values.keys()].filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`Unknown option --${unknown[0]}.\n${USAGE}`);

  const database = values.get('database') ?? NATIONAL_DEFAULTS.database;
  if (!/^[a-z_][a-z0-9_]*$/.test(database))
    throw new Error(`--database must be lower case letters, digits and _`);
  const asOfText = values.get('as-of');
  const asOf = new Date(asOfText ? `${asOfText}T12:00:00Z` : NATIONAL_DEFAULTS.asOf);
  if (Number.isNaN(asOf.getTime())) throw new Error(`--as-of must be a date written YYYY-MM-DD`);
  const whole = (name: string, fallback: number) => {
    const text = values.get(name);
    if (text === undefined) return fallback;
    const value = Number(text.replace(/_/g, ''));
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
    return value;
  };
  const providers = whole('providers', 0);
  return {
    database,
    server: values.get('server') ?? NATIONAL_DEFAULTS.server,
    seed: values.get('seed') ?? NATIONAL_DEFAULTS.seed,
    asOf,
    password: values.get('password') ?? NATIONAL_DEFAULTS.password,
    outboxRows: whole('outbox', NATIONAL_DEFAULTS.outboxRows),
    shape: providers > 0 ? scaledShape(providers) : {},
  };
}

/** A smaller (or larger) country: trusts and practices in proportion to the providers. */
export function scaledShape(providers: number): Partial<NationalShape> {
  const share = providers / 2_000;
  return {
    providers,
    nhsTrusts: Math.max(1, Math.round(90 * share)),
    foundationTrusts: Math.max(1, Math.round(130 * share)),
    primaryCare: Math.round(120 * share),
  };
}
