// The TypeScript types shipped with the lens (www/factlens.d.ts) compile, and
// describe the API as usage.ts uses it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

test('tsc --strict accepts the published types and an embedder’s use of them', () => {
  const tsc = join(here, 'node_modules', 'typescript', 'bin', 'tsc');
  let out = '';
  try {
    out = execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022',
      '--moduleResolution', 'bundler', '--lib', 'es2022,dom', '--allowJs', 'false', '--skipLibCheck', 'false',
      join(here, 'usage.ts')], { encoding: 'utf8' });
  } catch (e) {
    out = `${e.stdout || ''}${e.stderr || ''}`;
    assert.fail(out);
  }
  assert.equal(out.trim(), '');
});
