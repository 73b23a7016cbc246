// Unit tests: `*.spec.ts` beside the code they test. Pure and fast; no services.
const preset = require('./jest.preset.cjs');

export default {
  ...preset,
  displayName: 'unit',
  testMatch: ['<rootDir>/{libs,apps,tools}/**/*.spec.ts'],
};
