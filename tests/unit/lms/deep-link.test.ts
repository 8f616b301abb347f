import { describe, expect, it } from 'vitest';
import { shellAddress, type DeepLinkWindow } from '../../../src/lms/deep-link';

const base = 'https://lms.test/pluginfile.php/12/mod_scorm/content/3/';

/** A top-level window at `href`. */
function top(href: string): DeepLinkWindow {
  const win: { location: { href: string }; parent: unknown } = { location: { href }, parent: null };
  win.parent = win;
  return win;
}

/** A window at `href` framed by a parent at `parentHref` (or a parent of another origin, which throws). */
function framed(href: string, parentHref: string | 'foreign'): DeepLinkWindow {
  const parent = {
    get location(): { href: string } {
      if (parentHref === 'foreign') throw new DOMException('Blocked a frame', 'SecurityError');
      return { href: parentHref };
    },
  };
  return { location: { href }, parent };
}

describe('shellAddress', () => {
  it('sends a page opened on its own to the shell of its package, under any path', () => {
    expect(shellAddress(top(`${base}lecons/m1-a.html`), '../')).toBe(`${base}lancement.html#lecons/m1-a.html`);
    expect(shellAddress(top(`${base}index.html`), './')).toBe(`${base}lancement.html#index.html`);
    expect(shellAddress(top('http://127.0.0.1:4321/plan.html'), './')).toBe('http://127.0.0.1:4321/lancement.html#plan.html');
  });
  it('keeps the section for the page and the query for the shell', () => {
    expect(shellAddress(top(`${base}lecons/m1-a.html?scorm=1.2#un-calendrier`), '../')).toBe(`${base}lancement.html?scorm=1.2#lecons/m1-a.html#un-calendrier`);
    expect(shellAddress(top(`${base}lecons/m1-a.html#d%C3%A9but`), '../')).toBe(`${base}lancement.html#lecons/m1-a.html#d%C3%A9but`);
    expect(shellAddress(top(`${base}lecons/m1-a.html#../x`), '../')).toBe(`${base}lancement.html#lecons/m1-a.html`);
  });
  it('leaves a page inside the shell where it is', () => {
    expect(shellAddress(framed(`${base}lecons/m1-a.html`, `${base}lancement.html#lecons/m1-a.html`), '../')).toBeNull();
    expect(shellAddress(framed(`${base}plan.html`, `${base}lancement.html?scorm=2004`), './')).toBeNull();
  });
  it('sends a page framed by another page of the same origin (an LMS that launched a page) to the shell, in that frame', () => {
    expect(shellAddress(framed(`${base}index.html`, 'https://lms.test/mod/scorm/player.php'), './')).toBe(`${base}lancement.html#index.html`);
    // Another package's shell is not ours.
    expect(shellAddress(framed(`${base}index.html`, 'https://lms.test/other/lancement.html'), './')).toBe(`${base}lancement.html#index.html`);
  });
  it('leaves a page in a frame of another origin alone, rather than risk nesting shells', () => {
    expect(shellAddress(framed(`${base}index.html`, 'foreign'), './')).toBeNull();
  });
});
