#!/usr/bin/env node
/**
 * Validates the manifests of the built SCORM packages (dist-scorm/*.zip) against the official schemas with
 * the shared kit's validate-manifest.sh (xmllint). Each zip is unpacked in a temporary folder first, so the
 * check sees exactly what an LMS receives. Exits 1 on any invalid manifest.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const validator = resolve(root, '../shared/scorm/tools/validate-manifest.sh');
const out = join(root, 'dist-scorm');
if (!existsSync(validator)) {
  console.log(`validate-packages: ${validator} not found (the shared SCORM kit sits beside the repository): skipped.`);
  process.exit(0);
}
const zips = existsSync(out) ? readdirSync(out).filter((name) => name.endsWith('.zip')) : [];
if (zips.length !== 2) {
  console.error(`validate-packages: expected 2 zips in dist-scorm/, found ${zips.length}: run \`npm run build\` first.`);
  process.exit(1);
}
let failed = 0;
for (const zip of zips) {
  const dir = mkdtempSync(join(tmpdir(), 'scorm-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(out, zip))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  try {
    const output = execFileSync('bash', [validator, join(dir, 'imsmanifest.xml'), dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    console.log(`${zip}: ${output.trim().split('\n').at(-1)}`);
  } catch (error) {
    failed++;
    console.error(`${zip}: INVALID\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}
process.exit(failed ? 1 : 0);
