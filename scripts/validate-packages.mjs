#!/usr/bin/env node
/**
 * Validates the manifests of the built SCORM packages (dist-scorm/*.zip) against the official schemas kept in
 * scorm/schemas/ (see its SOURCES.md), in-process with libxml2 compiled to WebAssembly (xmllint-wasm): no
 * system xmllint, nothing read from outside the repository. Each zip is read as an LMS receives it.
 *
 * Two checks per manifest:
 *  1. XSD validation through a driver schema that imports every namespace the manifest uses (libxml2 ignores
 *     xsi:schemaLocation once a schema is given, and IMS CP only admits the extension elements through lax
 *     wildcards: without the driver, the adlcp/imsss/adlseq/adlnav/LOM content would not be checked at all);
 *  2. what the schemas cannot express: the schemaversion string, adlcp:scormtype (1.2) vs adlcp:scormType
 *     (2004) spelling, at least one SCO, organizations@default and every item@identifierref resolve, and
 *     every resource and file href exists in the zip.
 * Exits 1 on any invalid manifest. Usage: node scripts/validate-packages.mjs [manifest.xml …] (default: the zips).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import xmllint from 'xmllint-wasm';

const root = resolve(import.meta.dirname, '..');
const schemas = join(root, 'scorm/schemas');

const DIALECTS = {
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2': {
    version: '1.2',
    schemaversion: ['1.2'],
    typeAttribute: 'adlcp:scormtype',
    wrongAttribute: 'adlcp:scormType',
    imports: {
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'scorm12/imscp_rootv1p1p2.xsd',
      'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'scorm12/adlcp_rootv1p2.xsd',
      'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1': 'scorm12/imsmd_rootv1p2p1.xsd',
    },
  },
  'http://www.imsglobal.org/xsd/imscp_v1p1': {
    version: '2004',
    schemaversion: ['2004 4th Edition'],
    typeAttribute: 'adlcp:scormType',
    wrongAttribute: 'adlcp:scormtype',
    imports: {
      // imscp_v1p1.xsd imports the xml: namespace from www.w3.org by absolute URL; importing the local copy first
      // makes libxml2 use it (nothing is fetched: the validator has no network).
      'http://www.w3.org/XML/1998/namespace': 'scorm2004-4th/xml.xsd',
      'http://www.imsglobal.org/xsd/imscp_v1p1': 'scorm2004-4th/imscp_v1p1.xsd',
      'http://www.adlnet.org/xsd/adlcp_v1p3': 'scorm2004-4th/adlcp_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlseq_v1p3': 'scorm2004-4th/adlseq_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlnav_v1p3': 'scorm2004-4th/adlnav_v1p3.xsd',
      'http://www.imsglobal.org/xsd/imsss': 'scorm2004-4th/imsss_v1p0.xsd',
      'http://ltsc.ieee.org/xsd/LOM': 'scorm2004-4th/lom.xsd',
    },
  },
};

/**
 * In-memory adjustments, the files on disk staying as ADL and IMS published them. IMS MD 1.2.1's `grp.any`
 * (an `xs:any namespace="##any"` after optional elements of the schema's own namespace) breaks XML Schema's
 * Unique Particle Attribution rule; libxml2 2.13 enforces it and refuses to compile the schema, where older
 * releases let it through. Narrowing the wildcard to `##other` keeps every extension element of another
 * namespace allowed and makes the content model deterministic; a manifest with an unknown element of the IMS MD
 * namespace is then refused, which is what the 1.2.1 binding specifies anyway.
 */
const PATCHES = {
  'scorm12/imsmd_rootv1p2p1.xsd': (xsd) => xsd.replace('<xsd:any namespace="##any" processContents="strict"', '<xsd:any namespace="##other" processContents="strict"'),
};

/** Every file under scorm/schemas/, named by its path there: libxml2 resolves the schemas' relative imports in memory. */
function schemaFiles(dir = schemas) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return schemaFiles(path);
    if (!/\.(xsd|dtd)$/.test(name)) return [];
    const fileName = relative(schemas, path).split(sep).join('/');
    return [{ fileName, contents: fileName in PATCHES ? PATCHES[fileName](readFileSync(path, 'utf8')) : readFileSync(path) }];
  });
}

const driver = (imports) =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n' +
  Object.entries(imports).map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>\n`).join('') +
  '</xs:schema>\n';

// The original ims_xml.xsd (SCORM 1.2) declares the xml namespace as its default one: libxml2 reports it and
// still compiles the schema (scorm/schemas/SOURCES.md, « Known cosmetic issue »); so do repeated imports.
const harmless = (line) =>
  /ims_xml\.xsd:\d+: namespace error : xml namespace URI cannot be the default namespace/.test(line) ||
  /^<xsd:schema xmlns="http:\/\/www\.w3\.org\/XML\/1998\/namespace"/.test(line) ||
  /^\s*\^\s*$/.test(line) ||
  /Skipping import of schema located at/.test(line) ||
  /validates$/.test(line.trim()) ||
  line.trim() === '';

const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
const tags = (xml, local) => [...xml.matchAll(new RegExp(`<(?:[\\w-]+:)?${local}\\b[^>]*>`, 'g'))].map((m) => m[0]);
const text = (xml, local) => new RegExp(`<(?:[\\w-]+:)?${local}\\b[^>]*>([^<]*)<`).exec(xml)?.[1].replace(/\s+/g, ' ').trim();

/**
 * The checks the schemas cannot make. The manifest has just passed XSD validation, so its structure is known
 * well enough for these element and attribute look-ups; the 1.2 `metadata` is IMS CP's, not LOM's.
 */
function lint(xml, dialect, exists) {
  const problems = [];
  const metadata = /<metadata>([\s\S]*?)<\/metadata>/.exec(xml)?.[1] ?? '';
  const schemaversion = text(metadata, 'schemaversion');
  if (!dialect.schemaversion.includes(schemaversion)) problems.push(`schemaversion is '${schemaversion}', expected '${dialect.schemaversion[0]}'`);
  const schema = text(metadata, 'schema');
  if (schema !== 'ADL SCORM') problems.push(`schema is '${schema}', expected 'ADL SCORM'`);
  const resources = tags(xml, 'resource');
  const wrong = resources.filter((tag) => attr(tag, dialect.wrongAttribute) !== undefined).length;
  if (wrong) problems.push(`${wrong} resource(s) use ${dialect.wrongAttribute}; SCORM ${dialect.version} spells it ${dialect.typeAttribute}`);
  if (!resources.some((tag) => attr(tag, dialect.typeAttribute) === 'sco')) problems.push(`no resource has ${dialect.typeAttribute}="sco"`);
  const byId = new Map(resources.map((tag) => [attr(tag, 'identifier'), tag]));
  const organizations = tags(xml, 'organizations')[0] ?? '';
  const byDefault = attr(organizations, 'default');
  if (!byDefault || !tags(xml, 'organization').some((tag) => attr(tag, 'identifier') === byDefault)) {
    problems.push(`organizations/@default '${byDefault ?? ''}' does not name an organization`);
  }
  for (const item of tags(xml, 'item')) {
    const ref = attr(item, 'identifierref');
    if (ref !== undefined && !byId.has(ref)) problems.push(`item identifierref '${ref}' matches no resource`);
  }
  if (exists) {
    for (const tag of [...resources, ...tags(xml, 'file')]) {
      const href = attr(tag, 'href');
      if (href === undefined || /^https?:/.test(href)) continue;
      // An href is a URI reference written in XML: unescape the entities, drop query and fragment, decode.
      const uri = href.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]);
      const path = decodeURIComponent(uri.replace(/[?#].*$/, ''));
      if (!exists(path)) problems.push(`'${href}' is not in the package`);
    }
  }
  return problems;
}

/** Validates one manifest; `exists(path)` tells whether a file is in its package (null: checked alone). */
export async function validateManifest(xml, name, exists, files = schemaFiles()) {
  const ns = /<(?:[\w-]+:)?manifest\b[^>]*\sxmlns="([^"]+)"/.exec(xml)?.[1];
  const dialect = DIALECTS[ns];
  if (!dialect) return { version: undefined, problems: [`root namespace '${ns}' is neither IMS CP 1.1.2 (SCORM 1.2) nor IMS CP 1.1.4 (SCORM 2004)`] };
  const result = await xmllint.validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'driver.xsd', contents: driver(dialect.imports) }],
    preload: files,
    maxMemoryPages: 4 * xmllint.memoryPages.defaultMaxMemoryPages,
    modifyArguments: (args) => ['--nonet', ...args],
  });
  const problems = result.valid ? [] : result.rawOutput.split('\n').filter((line) => !harmless(line)).map((line) => line.trim());
  if (!result.valid && problems.length === 0) problems.push(`${name}: libxml2 reports the manifest invalid`);
  if (result.valid) problems.push(...lint(xml, dialect, exists));
  return { version: dialect.version, problems };
}

async function main() {
  const args = process.argv.slice(2);
  const files = schemaFiles();
  const targets = [];
  if (args.length) {
    for (const path of args) targets.push({ name: path, xml: readFileSync(path, 'utf8'), exists: null });
  } else {
    const out = join(root, 'dist-scorm');
    const zips = existsSync(out) ? readdirSync(out).filter((name) => name.endsWith('.zip')) : [];
    if (zips.length !== 2) {
      console.error(`validate-packages: expected 2 zips in dist-scorm/, found ${zips.length}: run \`npm run build\` first.`);
      process.exit(1);
    }
    for (const zip of zips) {
      const entries = unzipSync(readFileSync(join(out, zip)));
      const manifest = entries['imsmanifest.xml'];
      if (!manifest) {
        console.error(`${zip}: INVALID\n  no imsmanifest.xml at the root of the package`);
        process.exitCode = 1;
        continue;
      }
      targets.push({ name: zip, xml: strFromU8(manifest), exists: (path) => path in entries });
    }
  }
  let failed = 0;
  for (const { name, xml, exists } of targets) {
    const { version, problems } = await validateManifest(xml, name, exists, files);
    if (problems.length) {
      failed++;
      console.error(`${name}: INVALID${version ? ` (SCORM ${version})` : ''}\n${problems.map((p) => `  ${p}`).join('\n')}`);
    } else {
      console.log(`${name}: SCORM ${version} manifest valid against the official schemas, lint clean`);
    }
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
