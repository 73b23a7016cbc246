// Shared Jest settings: TypeScript through ts-jest (transpile only; `tsc`/lint do type checking),
// and the workspace path aliases from tsconfig.base.json.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  // Web code is tested through its pure models (`*.model.spec.ts`) here, and in the browser end to end.
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/web/', '/apps/web-e2e/'],
};
