/**
 * Astro integration: after the build, takes the trainer kit out of the learner site.
 *
 * The trainer pages (`formateur.html`, `formateur/…`: presenter and audience views, handouts, fiches
 * réflexes) are built with the rest of the site, then:
 *   1. the kit is written as its own folder and zip, `dist-kit/<course id>-kit-formateur[.zip]`: a copy of
 *      the whole site with the trainer pages (lessons and glossary links of the projected steps work in it);
 *   2. the trainer pages, and the files only they use, are removed from `dist/`: the learner site and the
 *      SCORM packages made from it (scripts/package-scorm.mjs) hold no trainer page and no link to one;
 *   3. when a trainer code is set (content/organisation.yaml `trainerCode`, or CODE_FORMATEUR at build time),
 *      the kit is also copied into the standalone site under `dist/formateur-<hash of the code>/`, reached from
 *      `acces-formateur.html` where the trainer types the code; no page links to that folder and its name
 *      cannot be found without the code. Without a code, the access page is removed too.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { loadOrganisation, trainerCode } from '../schemas/organisation';
import { ACCESS_PAGE, KIT_PREFIX, kitFolderFor, normaliseTrainerCode } from './trainer-kit-path';

/** A trainer page of the built site (root-relative POSIX path). */
export const isTrainerPage = (file: string): boolean => /^formateur(\.html$|\/)/.test(file);

/** Every file under `dir`, as sorted POSIX paths relative to it. */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

const TEXT = /\.(html|m?js|css|json|svg)$/;
const REFERENCE = /[\w$.~-]+\.(?:m?js|css|woff2?|ttf|otf|png|jpe?g|gif|svg|webp|avif|json)\b/g;

/**
 * The files of `_astro/` that `roots` use, directly or through other files: any file whose name appears in
 * a used text file (Vite's hashed names are unique, so a name found is a reference).
 */
export function usedAssets(dist: string, files: readonly string[], roots: readonly string[]): Set<string> {
  const byName = new Map(files.filter((f) => f.startsWith('_astro/')).map((f) => [f.slice('_astro/'.length), f]));
  const used = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (!TEXT.test(file)) continue;
    const text = readFileSync(join(dist, file), 'utf8');
    for (const match of text.matchAll(REFERENCE)) {
      const asset = byName.get(match[0].split('/').pop()!);
      if (asset && !used.has(asset)) {
        used.add(asset);
        queue.push(asset);
      }
    }
  }
  return used;
}

const README = (kitName: string) => `Kit formateur du parcours (${kitName})

Ouvrir formateur.html depuis un serveur web (par exemple : npx serve . puis http://localhost:3000/formateur.html),
ou déposer ce dossier sur l'intranet de l'organisme. On y trouve la vue présentateur, la vue public à
projeter ou partager, le support de formation à remettre aux participants et les fiches réflexes.
Les pages du parcours apprenant sont incluses pour que les liens des leçons projetées fonctionnent ;
rien de ce qui se fait dans le kit n'est enregistré ni transmis à une plateforme de formation.
Ce dossier ne doit pas être déposé dans une plateforme de formation (LMS) : les paquets SCORM apprenants
sont dans dist-scorm/.
`;

export interface SplitResult {
  kitDir: string;
  kitZip: string;
  /** Folder of the kit in the standalone site, when a code is set. */
  standaloneFolder: string | null;
  removed: string[];
}

/** Does the work described in the file comment on a built `dist/`. */
export function splitTrainerKit(root: string, dist: string, code: string): SplitResult {
  const files = listFiles(dist).filter((f) => !f.startsWith(KIT_PREFIX) || isTrainerPage(f));
  const trainerPages = files.filter(isTrainerPage);
  if (!trainerPages.includes('formateur.html')) throw new Error('trainer kit: dist/formateur.html was not built');
  const courseId = String((parse(readFileSync(join(root, 'content', 'course.yaml'), 'utf8')) as { id?: unknown })?.id ?? 'parcours');
  const kitName = `${courseId}-kit-formateur`;
  const out = join(root, 'dist-kit');
  const kitDir = join(out, kitName);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(kitDir, { recursive: true });

  // 1. The kit: the whole site with the trainer pages, without the standalone access page.
  const kitFiles = files.filter((f) => f !== ACCESS_PAGE);
  for (const file of kitFiles) {
    mkdirSync(join(kitDir, file, '..'), { recursive: true });
    cpSync(join(dist, file), join(kitDir, file));
  }
  writeFileSync(join(kitDir, 'LISEZ-MOI.txt'), README(kitName));
  const mtime = new Date('2020-01-01T00:00:00Z');
  const entries: Record<string, [Uint8Array, { level: 0 | 9; mtime: Date }]> = {};
  for (const file of [...kitFiles, 'LISEZ-MOI.txt']) entries[`${kitName}/${file}`] = [readFileSync(join(kitDir, file)), { level: 9, mtime }];
  const kitZip = join(out, `${kitName}.zip`);
  writeFileSync(kitZip, zipSync(entries));

  // 2. The learner site: no trainer page, no file only they use.
  const learnerPages = files.filter((f) => f.endsWith('.html') && !isTrainerPage(f));
  const learnerAssets = usedAssets(dist, files, learnerPages);
  const trainerAssets = usedAssets(dist, files, trainerPages);
  const removed = [...trainerPages, ...[...trainerAssets].filter((f) => !learnerAssets.has(f))];
  for (const file of removed) rmSync(join(dist, file), { force: true });
  const trainerDir = join(dist, 'formateur');
  if (existsSync(trainerDir) && statSync(trainerDir).isDirectory()) rmSync(trainerDir, { recursive: true, force: true });

  // 3. The standalone site: the kit behind its code, or no access page at all.
  let standaloneFolder: string | null = null;
  if (normaliseTrainerCode(code) !== '') {
    standaloneFolder = kitFolderFor(code);
    cpSync(kitDir, join(dist, standaloneFolder), { recursive: true });
  } else {
    rmSync(join(dist, ACCESS_PAGE), { force: true });
  }
  return { kitDir, kitZip, standaloneFolder, removed };
}

export default function trainerKit(): AstroIntegration {
  return {
    name: 'parcours:trainer-kit',
    hooks: {
      // astro-relative-links adds its own build:done integration at the end of the list from its config
      // setup; adding ours the same way, after it, makes the kit's copies hold relative links already.
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        updateConfig({
          integrations: [
            {
              name: 'parcours:trainer-kit-split',
              hooks: {
                'astro:build:done': ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
                  const code = trainerCode(loadOrganisation(root));
                  if (code !== '' && normaliseTrainerCode(code).length < 8) throw new Error('CODE_FORMATEUR: at least 8 characters (spaces aside)');
                  const result = splitTrainerKit(root, fileURLToPath(dir), code);
                  logger.info(`${relative(root, result.kitDir)}/ and ${relative(root, result.kitZip)}; ${result.removed.length} trainer files taken out of the learner site`);
                  logger.info(result.standaloneFolder ? 'trainer kit in the standalone site behind the trainer code (acces-formateur.html)' : 'no trainer code: no trainer kit in the standalone site');
                },
              },
            },
          ],
        });
      },
    },
  };
}
