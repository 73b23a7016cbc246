// Bundles the benchmarks for Node, as the api is bundled: workspace libraries are
// compiled in; packages from node_modules stay external.
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

module.exports = {
  output: { path: join(__dirname, '../../dist/tools/bench'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      additionalEntryPoints: [{ entryName: 'reminders', entryPath: 'tools/bench/src/reminders.ts' }],
      tsConfig: './tsconfig.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      externalDependencies: 'all',
      sourceMap: true,
      skipTypeChecking: false,
    }),
  ],
};
