// The dependency arrows of ARCHITECTURE.md are enforced by lint; these prove the rule bites.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'fatal');
}

describe('layer boundaries', () => {
  it.each([
    ['core/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n"],
    ['core/x.ts', "import fs from 'fs';\nexport const r = fs;\n"],
    ['core/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['core/x.ts', "import { useState } from 'react';\nexport const u = useState;\n"],
    ['core/x.ts', "import { x } from '../electron/library/x';\nexport const y = x;\n"],
  ])('core/ may not import outward (%s: %s)', async (file, code) => {
    expect(await ruleIdsFor(file, code)).toContain('no-restricted-imports');
  });

  it('core/ may not reach for window or process', async () => {
    expect(await ruleIdsFor('core/x.ts', 'export const w = window.location;\n')).toContain('no-restricted-globals');
  });

  it('renderer/ may not import main-process code, but may import its types', async () => {
    expect(
      await ruleIdsFor(
        'renderer/x.ts',
        "import { createHandlers } from '../electron/services/handlers';\nexport const c = createHandlers;\n",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(
      await ruleIdsFor(
        'renderer/x.ts',
        "import type { Host } from '../electron/services/services';\nexport type H = Host;\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIdsFor('renderer/x.ts', "import { readFile } from 'node:fs';\nexport const r = readFile;\n"),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('core/ may import its own modules and TipTap', async () => {
    expect(
      await ruleIdsFor(
        'core/x.ts',
        "import { getSchema } from '@tiptap/core';\nimport { slugify } from './article/slug';\nexport const g = [getSchema, slugify];\n",
      ),
    ).toEqual([]);
  });
});
