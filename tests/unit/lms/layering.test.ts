import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the LMS link depends on the domain only', () => {
  it('imports no store, no island and no reaction (DESIGN: one-way dependencies)', () => {
    const offenders = sources(path.join(process.cwd(), 'src/lms')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
        .map((m) => m[1] ?? m[2] ?? '')
        .filter((spec) => /(^|\/)(stores|islands|reactions)\//.test(spec))
        .map((spec) => `${path.relative(process.cwd(), file)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
