// Unit tests: `*.spec.ts` beside the code they test. Pure and fast; no services.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const preset = require('./jest.preset.cjs');

export default {
  ...preset,
  displayName: 'unit',
  testMatch: ['<rootDir>/{libs,apps,tools}/**/*.spec.ts'],
};
