import { describe, expect, it } from 'vitest';
import { relativeCss, relativeHtml } from '../../../src/integrations/relative-links';

describe('relative links', () => {
  it('makes every root-absolute URL attribute of a tag relative, several per tag', () => {
    const html =
      '<link rel="icon" href="/favicon.svg"><a href="/plan.html">Plan</a>' +
      '<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props="{}"></astro-island>' +
      '<script type="module" src="/_astro/page.js"></script><video poster=/poster.png></video>';
    expect(relativeHtml(html, '..')).toBe(
      '<link rel="icon" href="../favicon.svg"><a href="../plan.html">Plan</a>' +
        '<astro-island component-url="../_astro/Quiz.js" renderer-url="../_astro/client.js" props="{}"></astro-island>' +
        '<script type="module" src="../_astro/page.js"></script><video poster=../poster.png></video>',
    );
  });

  it('leaves relative, fragment, protocol-relative and external URLs, and text, alone', () => {
    const html = '<a href="lecons/a.html">a</a><a href="#x">x</a><a href="//cdn.example/x.js">c</a><a href="https://example.org/">e</a><p>href="/pas-un-attribut"</p>';
    expect(relativeHtml(html, '.')).toBe(html);
  });

  it('rewrites each candidate of a srcset, and url() in style attributes and blocks', () => {
    expect(relativeHtml('<img src="/a.png" srcset="/a.png 1x, /a@2.png 2x">', '.')).toBe('<img src="./a.png" srcset="./a.png 1x, ./a@2.png 2x">');
    expect(relativeHtml('<div style="background:url(/b.svg)"></div><style>.x{background:url("/c.svg")}</style>', '../..')).toBe(
      '<div style="background:url(../../b.svg)"></div><style>.x{background:url("../../c.svg")}</style>',
    );
    expect(relativeCss('a{b:url( /d.png)} e{f:url(//g/h.png)}', '..')).toBe('a{b:url( ../d.png)} e{f:url(//g/h.png)}');
  });
});
