#!/usr/bin/env node
// The `tillpoint` command (npx tillpoint ...). The CLI is TypeScript, run through tsx's loader.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { register } from 'tsx/esm/api';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
register({ tsconfig: path.join(root, 'tsconfig.json') });
await import('../cli/main.ts');
