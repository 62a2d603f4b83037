#!/usr/bin/env node
// The `byline` command: TypeScript sources run through tsx, the same code the app runs.
import { register } from 'tsx/esm/api';

register();
await import('./byline.ts');
