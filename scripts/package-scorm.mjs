#!/usr/bin/env node
/**
 * SCORM packaging, run after `astro build`: turns dist/ into two zips,
 *   dist-scorm/parcours-chorus-pro-scorm12.zip    (SCORM 1.2)
 *   dist-scorm/parcours-chorus-pro-scorm2004.zip  (SCORM 2004 4th Edition)
 * each holding every file of dist/, an imsmanifest.xml generated from content/course.yaml, and the XML
 * control documents (XSDs) the manifest references, at the zip root (CONFORMANCE.md 0.10, 6.1, 6.13).
 *
 * Usage: node scripts/package-scorm.mjs [--dist dist] [--out dist-scorm] [--course content/course.yaml]
 *                                       [--schemas scorm/schemas]
 * Paths are relative to the repository root. Exit 1 with a message when something is missing.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The page the LMS launches: the launch shell, which owns the one LMS session of a launch and shows the
 * course pages in its frame (DESIGN.md; src/pages/lancement.astro).
 */
export const LAUNCH_HREF = 'lancement.html';

/**
 * The shell looks for the API of each version in the order written on its root element; each package's
 * copy prefers its own version (an LMS offering both APIs gets the one the package was uploaded as).
 */
const VERSION_ORDER_ATTR = /data-lms-versions="[^"]*"/;
const VERSION_ORDER = { '1.2': 'data-lms-versions="1.2 2004"', 2004: 'data-lms-versions="2004 1.2"' };

/** The launch page's bytes for this version's package. */
export function launchPageFor(version, html) {
  if (!VERSION_ORDER_ATTR.test(html)) fail(`${LAUNCH_HREF} has no data-lms-versions attribute to write the SCORM ${version} preference into`);
  return html.replace(VERSION_ORDER_ATTR, VERSION_ORDER[version]);
}

/**
 * Files of the standalone site that stay out of the learner packages: the trainer code page and the trainer
 * kit behind it (src/integrations/trainer-kit.ts). The kit is delivered apart, in dist-kit/.
 */
const STANDALONE_ONLY = /^(acces-formateur\.html$|formateur-[0-9a-f]+\/)/;
/** Marks every page of the trainer kit (src/components/presenter/TrainerLayout.astro). */
const TRAINER_PAGE_MARK = 'name="parcours-kit-formateur"';

/** File types some LMSs refuse in a package (Docebo), never expected from an Astro build. */
const FORBIDDEN = /\.(php\d?|phtml|asp|aspx|jsp|py|cgi|pl|exe|sh|bat)$|(^|\/)\.htaccess$/i;

/** Already compressed: stored, not deflated again. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|br|mp4|webm|mp3|ogg|pdf)$/i;

function parseArgs(argv) {
  const options = { dist: 'dist', out: 'dist-scorm', course: 'content/course.yaml', schemas: 'scorm/schemas' };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]?.replace(/^--/, '');
    const value = argv[i + 1];
    if (!key || !(key in options) || value === undefined) fail(`unknown or incomplete argument "${argv[i]}"\nusage: node scripts/package-scorm.mjs [--dist dir] [--out dir] [--course file] [--schemas dir]`);
    options[key] = value;
    i++;
  }
  return Object.fromEntries(Object.entries(options).map(([k, v]) => [k, path.resolve(root, v)]));
}

function fail(message) {
  console.error(`package-scorm: ${message}`);
  process.exit(1);
}

/** Every file under `dir`, as sorted POSIX paths relative to it. */
function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

/** Text for XML content and attribute values. */
export function xmlEscape(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}

/** A file path as a relative URI reference for `href` (spaces, accents… percent-encoded), XML-escaped. */
function href(file) {
  return xmlEscape(file.split('/').map(encodeURIComponent).join('/'));
}

/** An xs:ID made from a course id: letters, digits, `-`, `_`, `.`, starting with a letter. */
function xmlId(text) {
  const id = String(text).replace(/[^A-Za-z0-9._-]/g, '-');
  return /^[A-Za-z_]/.test(id) ? id : `_${id}`;
}

/** The control documents shipped for each version, copied from the shared schema kit (byte for byte). */
const CONTROL_DIRS = { '1.2': 'scorm12', 2004: 'scorm2004-4th' };

function resourcesXml(files, controlFiles, scormTypeAttr) {
  const list = (names) => names.map((f) => `      <file href="${href(f)}"/>`).join('\n');
  return `  <resources>
    <resource identifier="RES-SCO" type="webcontent" ${scormTypeAttr}="sco" href="${href(LAUNCH_HREF)}">
${list(files)}
    </resource>
    <resource identifier="RES-CONTROL" type="webcontent" ${scormTypeAttr}="asset">
${list(controlFiles)}
    </resource>
  </resources>`;
}

/** The course's identifier, title and description as both manifests write them (escaped for XML). */
function manifestNames(course) {
  return { id: xmlId(course.id), title: xmlEscape(course.title), description: xmlEscape(String(course.description ?? '').trim()) };
}

/**
 * The XML declaration and the opening `<manifest>` tag: each namespace as [prefix ('' for the default one), URI,
 * schema file], declared in that order and located in `xsi:schemaLocation`.
 */
function manifestHead(identifier, version, namespaces) {
  const indent = ' '.repeat(10);
  const xmlns = namespaces.map(([prefix, uri]) => `${indent}xmlns${prefix ? `:${prefix}` : ''}="${uri}"`);
  const locations = namespaces.map(([, uri, xsd]) => `${uri} ${xsd}`).join(`\n${' '.repeat(30)}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="${xmlEscape(version)}"
${xmlns.join('\n')}
${indent}xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
${indent}xsi:schemaLocation="${locations}">`;
}

/** The manifest's `<metadata>`: schema version and the inline LOM (French title and description). */
function metadataXml(schemaVersion, { prefix, string, lang }, title, description) {
  const text = (value) => `<${prefix}:${string} ${lang}="fr">${value}</${prefix}:${string}>`;
  return `  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${schemaVersion}</schemaversion>
    <${prefix}:lom>
      <${prefix}:general>
        <${prefix}:title>${text(title)}</${prefix}:title>
        <${prefix}:language>fr</${prefix}:language>
        <${prefix}:description>${text(description)}</${prefix}:description>
      </${prefix}:general>
    </${prefix}:lom>
  </metadata>`;
}

/**
 * SCORM 1.2 manifest: IMS CP 1.1.2 + ADL CP 1.2, inline IMS MD 1.2.1 metadata (French title and
 * description), one item with `adlcp:masteryscore`, one SCO.
 */
export function manifest12(course, files, controlFiles, version) {
  const { id, title, description } = manifestNames(course);
  return `${manifestHead(`${id}-scorm12`, version, [
    ['', 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['adlcp', 'http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ['imsmd', 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ])}
${metadataXml('1.2', { prefix: 'imsmd', string: 'langstring', lang: 'xml:lang' }, title, description)}
  <organizations default="ORG-${id}">
    <organization identifier="ORG-${id}">
      <title>${title}</title>
      <item identifier="ITEM-${id}" identifierref="RES-SCO" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${Number(course.masteryScore)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
${resourcesXml(files, controlFiles, 'adlcp:scormtype')}
</manifest>
`;
}

/**
 * SCORM 2004 4th Edition manifest: IMS CP 1.1.4 + ADL CP/SEQ/NAV v1p3 + IMS SS, inline LOM (French title
 * and description), one item whose primary objective is satisfied by measure at the scaled passing score,
 * with `completionSetByContent`/`objectiveSetByContent` so that no LMS marks the course completed or
 * satisfied on exit (CONFORMANCE.md 0.4, 6.9, 6.10; SAP KBA 2458835).
 */
export function manifest2004(course, files, controlFiles, version) {
  const { id, title, description } = manifestNames(course);
  const scaled = Math.round(Number(course.masteryScore)) / 100;
  return `${manifestHead(`${id}-scorm2004`, version, [
    ['', 'http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['adlcp', 'http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['adlseq', 'http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['adlnav', 'http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['imsss', 'http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
    ['lom', 'http://ltsc.ieee.org/xsd/LOM', 'lom.xsd'],
  ])}
${metadataXml('2004 4th Edition', { prefix: 'lom', string: 'string', lang: 'language' }, title, description)}
  <organizations default="ORG-${id}">
    <organization identifier="ORG-${id}">
      <title>${title}</title>
      <item identifier="ITEM-${id}" identifierref="RES-SCO">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${scaled}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
${resourcesXml(files, controlFiles, 'adlcp:scormType')}
</manifest>
`;
}

function readCourse(file) {
  if (!existsSync(file)) fail(`course file not found: ${file}`);
  const course = parse(readFileSync(file, 'utf8'));
  // The pass mark is an organisation setting (content/organisation.yaml, beside course.yaml).
  const settings = path.join(path.dirname(file), 'organisation.yaml');
  const passMark = existsSync(settings) ? parse(readFileSync(settings, 'utf8'))?.finalTest?.passMark : undefined;
  if (course && passMark !== undefined) course.masteryScore = passMark;
  if (course && course.masteryScore === undefined) course.masteryScore = 80;
  const problems = [];
  if (typeof course?.id !== 'string' || !course.id) problems.push('id');
  if (typeof course?.title !== 'string' || !course.title) problems.push('title');
  if (!Number.isFinite(course?.masteryScore) || course.masteryScore < 0 || course.masteryScore > 100) problems.push('masteryScore (0–100)');
  if (problems.length) fail(`${file}: missing or invalid ${problems.join(', ')}`);
  return course;
}

/** Builds one zip; returns its path, size and file count. */
function buildPackage({ version, course, dist, out, schemas, distFiles, packageVersion }) {
  const controlDir = path.join(schemas, CONTROL_DIRS[version]);
  if (!existsSync(controlDir)) fail(`SCORM ${version} schemas not found at ${controlDir} (pass --schemas <dir of the shared scorm kit>)`);
  const controlFiles = listFiles(controlDir);
  const clash = controlFiles.find((f) => distFiles.includes(f));
  if (clash) fail(`${clash} exists both in ${dist} and among the SCORM ${version} schemas`);
  const manifest = (version === '1.2' ? manifest12 : manifest2004)(course, distFiles, controlFiles, packageVersion);

  // A fixed date keeps the zips byte-identical from one build to the next.
  const mtime = new Date('2020-01-01T00:00:00Z');
  const entries = { 'imsmanifest.xml': [new TextEncoder().encode(manifest), { level: 9, mtime }] };
  for (const file of controlFiles) entries[file] = [readFileSync(path.join(controlDir, file)), { level: 9, mtime }];
  for (const file of distFiles) entries[file] = [readFileSync(path.join(dist, file)), { level: STORED.test(file) ? 0 : 9, mtime }];
  entries[LAUNCH_HREF] = [new TextEncoder().encode(launchPageFor(version, readFileSync(path.join(dist, LAUNCH_HREF), 'utf8'))), { level: 9, mtime }];
  const zip = zipSync(entries);
  const name = `${course.id}-scorm${version === '1.2' ? '12' : '2004'}.zip`;
  const target = path.join(out, name);
  writeFileSync(target, zip);
  return { target, bytes: zip.length, files: Object.keys(entries).length };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.dist) || !statSync(options.dist).isDirectory()) fail(`no build at ${options.dist}: run \`npm run build\` first`);
  const distFiles = listFiles(options.dist).filter((f) => !STANDALONE_ONLY.test(f));
  const trainerPages = distFiles.filter((f) => f.endsWith('.html') && readFileSync(path.join(options.dist, f), 'utf8').includes(TRAINER_PAGE_MARK));
  if (trainerPages.length) fail(`trainer pages must not go into the learner packages: ${trainerPages.join(', ')} (the build takes them out into dist-kit/)`);
  if (!distFiles.includes(LAUNCH_HREF)) fail(`${LAUNCH_HREF} (the launch page) is missing from ${options.dist}`);
  if (distFiles.includes('imsmanifest.xml')) fail(`${options.dist} already holds an imsmanifest.xml`);
  const forbidden = distFiles.filter((f) => FORBIDDEN.test(f));
  if (forbidden.length) fail(`file types LMSs refuse in a package: ${forbidden.join(', ')}`);
  const course = readCourse(options.course);
  const packageVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version ?? '1.0';
  mkdirSync(options.out, { recursive: true });
  for (const version of ['1.2', '2004']) {
    const built = buildPackage({ version, course, dist: options.dist, out: options.out, schemas: options.schemas, distFiles, packageVersion });
    console.log(`SCORM ${version}: ${path.relative(process.cwd(), built.target)} (${built.files} files, ${(built.bytes / 1024).toFixed(0)} KB)`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
