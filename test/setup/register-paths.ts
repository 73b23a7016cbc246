// Jest does not apply moduleNameMapper to global setup and teardown, so resolve workspace aliases here.
import { join } from 'node:path';
import { register } from 'tsconfig-paths';
const { compilerOptions } = require('../../tsconfig.base.json');

register({ baseUrl: join(__dirname, '../..'), paths: compilerOptions.paths });
