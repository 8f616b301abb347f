import { describe, expect, it } from 'vitest';
import { coursePage, pageOf, startPage } from '../../../src/lms/shell/pages';
import { versionOrder } from '../../../src/lms/shell/version-order';

describe('coursePage', () => {
  it('accepts paths of the package and refuses anything that could leave it', () => {
    expect(coursePage('#lecons/m1-a.html')).toBe('lecons/m1-a.html');
    expect(coursePage('glossaire.html#dume')).toBe('glossaire.html#dume');
    for (const bad of ['', 'https://evil.test/x.html', '../x.html', 'lecons/../../x.html', '//evil.test/a.html', 'lancement.html', 'javascript:alert(1)', 'plan']) {
      expect(coursePage(bad), bad).toBeNull();
    }
  });
});

describe('startPage', () => {
  it('prefers the deep link, then the bookmark (a page, or an older lesson id), then the home page', () => {
    expect(startPage('#plan.html', 'lecons/m1-a.html')).toBe('plan.html');
    expect(startPage('', 'lecons/m1-a.html')).toBe('lecons/m1-a.html');
    expect(startPage('', 'm1-a')).toBe('lecons/m1-a.html');
    expect(startPage('#../x.html', 'https://evil.test/')).toBe('index.html');
  });
});

describe('pageOf', () => {
  it('names a frame address by its path from the shell folder', () => {
    const base = 'https://lms.test/pluginfile.php/12/content/';
    expect(pageOf(`${base}lecons/m1-a.html`, base)).toBe('lecons/m1-a.html');
    expect(pageOf(`${base}lecons/m1-a.html?x=1`, base)).toBe('lecons/m1-a.html');
    expect(pageOf('about:blank', base)).toBeNull();
    expect(pageOf('https://other.test/index.html', base)).toBeNull();
  });
});

describe('versionOrder', () => {
  it('follows the package preference, a query parameter first, and always ends with both versions', () => {
    expect(versionOrder(null, '2004 1.2')).toEqual(['2004', '1.2']);
    expect(versionOrder(null, '1.2 2004')).toEqual(['1.2', '2004']);
    expect(versionOrder('1.2', '2004 1.2')).toEqual(['1.2', '2004']);
    expect(versionOrder('nonsense', undefined)).toEqual(['2004', '1.2']);
  });
});

describe('pageOf and trainer pages', () => {
  it('never names a trainer page, so it is never a bookmark', () => {
    const base = 'https://lms.test/c/';
    expect(pageOf(`${base}formateur.html`, base)).toBeNull();
    expect(pageOf(`${base}formateur/presentateur.html`, base)).toBeNull();
    expect(pageOf(`${base}%E0%A4%A.html`, base)).toBeNull();
  });
});
