import { parseBenchArguments } from './bench-arguments';
import { gzippedBytes, initialScripts } from './initial-js';
import { percentile, summarise, table } from './stats';

describe('latency figures', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises a run: percentiles of the latencies and requests per second of the window', () => {
    const figures = summarise([30, 10, 20, 40], 1, 2);
    expect(figures).toMatchObject({
      requests: 4,
      errors: 1,
      p50: 20,
      p95: 40,
      max: 40,
      requestsPerSecond: 2,
    });
  });

  it('lines a table up', () => {
    expect(
      table(
        ['a', 'n'],
        [
          ['xx', '1'],
          ['y', '22'],
        ],
      ).split('\n'),
    ).toEqual(['a    n', '--  --', 'xx   1', 'y   22']);
  });
});

describe('initial JavaScript', () => {
  const html = `<html><head><link rel="stylesheet" href="styles.css"></head><body>
    <link rel="modulepreload" href="chunk-A.js"><script src="main.js" type="module"></script></body></html>`;
  const files: Record<string, string> = {
    'main.js': 'import{a as b}from"./chunk-A.js";import"./chunk-B.js";const r=()=>import("./chunk-lazy.js");',
    'chunk-A.js': 'export*from"./chunk-C.js";',
    'chunk-B.js': 'export const b=1;',
    'chunk-C.js': 'export const c=1;',
    'chunk-lazy.js': 'export const lazy=1;',
  };

  it('counts the entry scripts, preloaded chunks and their static imports, not lazy routes', () => {
    expect(initialScripts(html, (file) => files[file] ?? null)).toEqual([
      'main.js',
      'chunk-A.js',
      'chunk-B.js',
      'chunk-C.js',
    ]);
  });

  it('measures gzipped bytes', () => {
    const repetitive = 'const x = 1;\n'.repeat(1_000);
    expect(gzippedBytes(repetitive)).toBeLessThan(repetitive.length / 20);
  });
});

describe('the command line', () => {
  it('defaults to the national data set, 2024/25, and 1, 10 and 50 clients', () => {
    expect(parseBenchArguments([])).toMatchObject({
      database: 'wres_national',
      year: '2024/25',
      concurrency: [1, 10, 50],
    });
    expect(parseBenchArguments(['--concurrency=1,5', '--only', 'login, CSU dashboard'])).toMatchObject({
      concurrency: [1, 5],
      only: ['login', 'CSU dashboard'],
    });
  });

  it('refuses what it does not understand', () => {
    expect(() => parseBenchArguments(['--concurency', '1'])).toThrow(/Unknown option/);
    expect(() => parseBenchArguments(['--concurrency', '0'])).toThrow(/whole numbers/);
    expect(() => parseBenchArguments(['--year', '2024-25'])).toThrow(/contract year/);
  });
});
