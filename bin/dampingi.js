#!/usr/bin/env node
// The admin command line as an installed `dampingi` command: loads the TypeScript
// sources through tsx, as `npm run cli` does.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
