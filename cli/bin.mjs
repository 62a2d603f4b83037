#!/usr/bin/env node
// The `byline` command: TypeScript sources run through tsx, the same code the app runs.
import { register } from 'tsx/esm/api';

register();
const { runCommandLine } = await import('./byline.ts');
await runCommandLine(process.argv.slice(2), {});
