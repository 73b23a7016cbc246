export interface BenchArguments {
  database: string;
  server: string;
  password: string;
  year: string;
  concurrency: number[];
  warmupSeconds: number;
  seconds: number;
  logLevel: string;
  /** Endpoint names to run; all when empty. */
  only: string[];
}

export const BENCH_DEFAULTS: BenchArguments = {
  database: 'wres_national',
  server: 'postgres://postgres@127.0.0.1:5432',
  password: 'national-password-2026',
  year: '2024/25',
  concurrency: [1, 10, 50],
  warmupSeconds: 2,
  seconds: 10,
  logLevel: 'warn',
  only: [],
};

const USAGE = `Usage: npm run bench -- [--database NAME] [--server postgres://…] [--password TEXT] [--year 2024/25]
       [--concurrency 1,10,50] [--warmup SECONDS] [--seconds SECONDS] [--log-level warn] [--only "CSU dashboard,login"]`;

/** Reads `--name value` (or `--name=value`) options; anything unknown or malformed is an error. */
export function parseBenchArguments(argv: readonly string[]): BenchArguments {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (!argument.startsWith('--')) throw new Error(`Unexpected argument "${argument}".\n${USAGE}`);
    const [name, inline] = argument.slice(2).split('=', 2);
    const value = inline ?? argv[++index];
    if (value === undefined) throw new Error(`--${name} needs a value.\n${USAGE}`);
    values.set(name, value);
  }
  const known = [
    'database',
    'server',
    'password',
    'year',
    'concurrency',
    'warmup',
    'seconds',
    'log-level',
    'only',
  ];
  const unknown = [...values.keys()].filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`Unknown option --${unknown[0]}.\n${USAGE}`);
  const positive = (name: string, fallback: number) => {
    const text = values.get(name);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number of seconds`);
    return value;
  };
  const concurrency = (values.get('concurrency') ?? BENCH_DEFAULTS.concurrency.join(','))
    .split(',')
    .map((part) => Number(part.trim()));
  if (concurrency.some((n) => !Number.isSafeInteger(n) || n < 1 || n > 500)) {
    throw new Error('--concurrency must be whole numbers from 1 to 500, separated by commas');
  }
  const year = values.get('year') ?? BENCH_DEFAULTS.year;
  if (!/^\d{4}\/\d{2}$/.test(year)) throw new Error('--year must be a contract year such as 2024/25');
  const database = values.get('database') ?? BENCH_DEFAULTS.database;
  if (!/^[a-z_][a-z0-9_]*$/.test(database))
    throw new Error('--database must be lower case letters, digits and _');
  return {
    database,
    server: values.get('server') ?? BENCH_DEFAULTS.server,
    password: values.get('password') ?? BENCH_DEFAULTS.password,
    year,
    concurrency,
    warmupSeconds: positive('warmup', BENCH_DEFAULTS.warmupSeconds),
    seconds: positive('seconds', BENCH_DEFAULTS.seconds),
    logLevel: values.get('log-level') ?? BENCH_DEFAULTS.logLevel,
    only: (values.get('only') ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  };
}
