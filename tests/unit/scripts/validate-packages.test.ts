/**
 * The in-process manifest validator (libxml2 in WebAssembly, the schemas of scorm/schemas/): it accepts valid
 * SCORM 1.2 and 2004 manifests, with and without inline metadata, and refuses each kind of broken one, whether
 * the schemas or the extra checks catch it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../scripts/validate-packages.mjs';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/scorm-manifests');
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
const xmlFiles = (sub: string) => readdirSync(path.join(dir, sub)).filter((f) => f.endsWith('.xml'));

describe('validateManifest', () => {
  it.each(xmlFiles('.'))('accepts %s', async (file) => {
    const { version, problems } = await validateManifest(read(file), file, null);
    expect(problems).toEqual([]);
    expect(version).toBe(file.startsWith('scorm12') ? '1.2' : '2004');
  });

  it.each(xmlFiles('broken'))('refuses broken/%s', async (file) => {
    const { problems } = await validateManifest(read(path.join('broken', file)), file, null);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('refuses an element the IMS MD 1.2.1 schema does not define (inline metadata is checked)', async () => {
    const xml = read('scorm12-imsmd.xml').replace('</imsmd:general>', '<imsmd:invented>x</imsmd:invented></imsmd:general>');
    expect(xml).toContain('imsmd:invented');
    const { problems } = await validateManifest(xml, 'invented', null);
    expect(problems.join('\n')).toMatch(/invented/);
  });

  it('reports a file the manifest lists but the package lacks', async () => {
    const { problems } = await validateManifest(read('scorm12-minimal.xml'), 'minimal', () => false);
    expect(problems.join('\n')).toMatch(/is not in the package/);
  });

  it('names the namespace it does not know', async () => {
    const { problems } = await validateManifest('<manifest xmlns="urn:other"/>', 'other', null);
    expect(problems).toEqual([expect.stringMatching(/urn:other/)]);
  });
});
