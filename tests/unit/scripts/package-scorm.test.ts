/**
 * The SCORM packager on a tiny fake build: both zips hold every file, a manifest that lists them all and
 * validates against the official schemas (scripts/validate-packages.mjs, in-process), and the control
 * documents at the root.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateManifest } from '../../../scripts/validate-packages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const script = path.join(root, 'scripts/package-scorm.mjs');


/** The fake build: a launch page, nested pages, a name needing URI and XML escaping, a binary asset. */
const DIST_FILES: Record<string, string | Uint8Array> = {
  'index.html': '<!doctype html><title>Parcours</title>',
  'lancement.html': '<!doctype html><html lang="fr" data-lms-versions="2004 1.2"><title>Parcours</title></html>',
  'plan.html': '<!doctype html><title>Plan</title>',
  'lecons/m1-notions/m1-modes-acces.html': '<!doctype html><p>Leçon</p>',
  '_astro/app & co.js': 'console.log(1)',
  '_astro/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
};

let work = '';
const zips: Record<'12' | '2004', Record<string, Uint8Array>> = { '12': {}, '2004': {} };

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'package-scorm-'));
  for (const [file, content] of Object.entries(DIST_FILES)) {
    mkdirSync(path.dirname(path.join(work, 'dist', file)), { recursive: true });
    writeFileSync(path.join(work, 'dist', file), content);
  }
  execFileSync(process.execPath, [script, '--dist', path.join(work, 'dist'), '--out', path.join(work, 'out')], { cwd: root, stdio: 'pipe' });
  for (const version of ['12', '2004'] as const) {
    zips[version] = unzipSync(readFileSync(path.join(work, 'out', `parcours-chorus-pro-scorm${version}.zip`)));
  }
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every `<file href>` of the manifest, decoded back to a path. */
function listedFiles(manifest: string): string[] {
  return [...manifest.matchAll(/<file href="([^"]*)"\/>/g)].map((m) =>
    decodeURIComponent(m[1]!.replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')),
  );
}

describe.each(['12', '2004'] as const)('the SCORM %s package', (version) => {
  const manifest = () => strFromU8(zips[version]['imsmanifest.xml']!);

  it('holds every file of the build, byte for byte, at the zip root', () => {
    for (const [file, content] of Object.entries(DIST_FILES)) {
      const bytes = zips[version][file];
      expect(bytes, file).toBeDefined();
      // The launch page carries the package's API preference (tested below).
      if (file === 'lancement.html' && version === '12') continue;
      expect(Buffer.from(bytes!).equals(Buffer.from(content))).toBe(true);
    }
  });

  it('lists every file of the package in the manifest, except the manifest itself', () => {
    const inZip = Object.keys(zips[version]).filter((f) => f !== 'imsmanifest.xml').sort();
    expect(listedFiles(manifest()).sort()).toEqual(inZip);
  });

  it('ships the control documents its manifest references at the root', () => {
    const referenced = /xsi:schemaLocation="([^"]*)"/.exec(manifest())![1]!.trim().split(/\s+/).filter((_, i) => i % 2 === 1);
    for (const xsd of referenced) expect(zips[version][xsd], xsd).toBeDefined();
  });

  it('escapes file names for XML and URIs', () => {
    expect(manifest()).toContain('href="_astro/app%20%26%20co.js"');
  });

  it('has one SCO launched at the launch shell, with the French title and description from course.yaml', () => {
    const text = manifest();
    expect(text.match(/scorm[tT]ype="sco"/g)).toHaveLength(1);
    expect(text).toMatch(/<resource identifier="RES-SCO" type="webcontent" adlcp:scorm[tT]ype="sco" href="lancement.html">/);
    expect(text).toContain('<title>Parcours Chorus Pro</title>');
    expect(text).toContain('Une journée de formation (7 heures)');
    expect(text).toContain('maîtrise d&apos;œuvre');
    expect(text).toContain(version === '12' ? 'xml:lang="fr"' : 'language="fr"');
  });

  it('carries the mastery score in the version’s own form', () => {
    if (version === '12') {
      expect(manifest()).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    } else {
      expect(manifest()).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
      expect(manifest()).toContain('<imsss:primaryObjective objectiveID="parcours-chorus-pro" satisfiedByMeasure="true">');
      expect(manifest()).toContain('<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>');
    }
  });

  it('validates against the official schemas, every file it lists in the zip', async () => {
    const entries = zips[version];
    const { problems } = await validateManifest(manifest(), 'imsmanifest.xml', (file: string) => file in entries);
    expect(problems).toEqual([]);
  });
});

describe('package-scorm.mjs arguments', () => {
  it('stops with a clear message when there is no build', () => {
    const run = spawnSync(process.execPath, [script, '--dist', path.join(work, 'nowhere'), '--out', path.join(work, 'out2')], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('run `npm run build` first');
  });

  it('refuses a build without the launch page', () => {
    mkdirSync(path.join(work, 'empty'), { recursive: true });
    writeFileSync(path.join(work, 'empty', 'plan.html'), '');
    const run = spawnSync(process.execPath, [script, '--dist', path.join(work, 'empty'), '--out', path.join(work, 'out3')], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('lancement.html (the launch page) is missing');
  });

  it('writes the API preference of each package into its launch page (1.2 first in the SCORM 1.2 package)', () => {
    expect(strFromU8(zips['12']['lancement.html']!)).toContain('data-lms-versions="1.2 2004"');
    expect(strFromU8(zips['2004']['lancement.html']!)).toContain('data-lms-versions="2004 1.2"');
  });
});
