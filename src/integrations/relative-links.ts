/**
 * Astro integration: after the build, rewrites the site's root-absolute URLs (`/_astro/x.js`, `/plan.html`) as
 * relative ones (`../_astro/x.js`), so the same files work under any path: an LMS folder, a zip unpacked
 * anywhere (DESIGN.md, « Relative URLs everywhere »). Same rewriting as astro-relative-links (which it
 * replaces): URL attributes of tags (href, src, srcset, poster, component-url, renderer-url) and url() in
 * style attributes, <style> blocks and CSS files; protocol-relative `//host` URLs are left alone.
 *
 * Why our own: astro-relative-links finds those URLs with one regular expression whose variable-length
 * look-behind rescans the document back from every « / », about 12 s of CPU on this site's 4.5 MB of HTML
 * (a third of the build). These expressions read each document once.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const URL_ATTRIBUTE = /(<[^<>]*?\s(?:href|src|srcset|poster|component-url|renderer-url)=["']?)\/(?!\/)/g;
const SRCSET = /(\ssrcset=)("[^"]*"|'[^']*')/g;
const CSS_URL = /(url\(\s*["']?)\/(?!\/)/g;
const STYLE_BLOCK = /(<style\b[^>]*>)([^<]*)/g;
const STYLE_ATTRIBUTE = /(<[^<>]*?\sstyle=)("[^"]*"|'[^']*'|[^\s>]*)/g;

/** The prefix that leads from `file` back to the site's folder: `.`, `..`, `../..`. */
function prefixFor(outDir: string, file: string): string {
  return relative(dirname(file), outDir).split(sep).join('/') || '.';
}

/** `css` with its root-absolute url() made relative. */
export function relativeCss(css: string, prefix: string): string {
  return css.replace(CSS_URL, `$1${prefix}/`);
}

/** `html` with its root-absolute URLs made relative (`prefix`: from the page to the site's folder). */
export function relativeHtml(html: string, prefix: string): string {
  // A tag can hold several URL attributes: repeat until none is left (each pass rewrites one per tag).
  let out = html;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(URL_ATTRIBUTE, `$1${prefix}/`);
  }
  return out
    .replace(SRCSET, (_, attribute: string, value: string) => `${attribute}${value.replace(/(,\s*)\/(?!\/)/g, `$1${prefix}/`)}`)
    .replace(STYLE_BLOCK, (_, open: string, css: string) => `${open}${relativeCss(css, prefix)}`)
    .replace(STYLE_ATTRIBUTE, (_, attribute: string, value: string) => `${attribute}${relativeCss(value, prefix)}`);
}

function files(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, extension);
    return entry.name.endsWith(extension) ? [path] : [];
  });
}

export default function relativeLinks(): AstroIntegration {
  return {
    name: 'parcours:relative-links',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const file of files(outDir, '.html')) writeFileSync(file, relativeHtml(readFileSync(file, 'utf8'), prefixFor(outDir, file)));
        for (const file of files(outDir, '.css')) writeFileSync(file, relativeCss(readFileSync(file, 'utf8'), prefixFor(outDir, file)));
      },
    },
  };
}
