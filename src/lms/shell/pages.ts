/**
 * Which course page the shell shows, and how it names it in `cmi.location`. Pure: tested without a DOM.
 *
 * Pages are named by their path from the site root (`lecons/m1-intro.html`, `plan.html`), the same string
 * whether it comes from a deep link (`lancement.html#lecons/m1-intro.html`), from the LMS's bookmark or from
 * the frame's address. Anything that is not such a path (an absolute URL, `..`, the shell itself) is refused,
 * so neither the LMS nor a link can point the frame outside the package.
 */

/** The course's home page: the frame's page when nothing else is asked. */
export const HOME_PAGE = 'index.html';

/** The shell itself: never shown in its own frame. */
export const SHELL_PAGE = 'lancement.html';

/** A course page path (with an optional `#fragment`), or `null`. */
export function coursePage(candidate: string | null | undefined): string | null {
  if (!candidate) return null;
  const text = candidate.trim().replace(/^#/, '').replace(/^\.\//, '');
  const [path = '', ...fragment] = text.split('#');
  if (!/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.html$/.test(path)) return null;
  if (path === SHELL_PAGE) return null;
  const hash = fragment.join('#');
  // Section ids may hold accented letters: the address gives them percent-encoded.
  return hash && /^[A-Za-z0-9_%.-]+$/.test(hash) ? `${path}#${hash}` : path;
}

/**
 * The page to open: a deep link first (the learner or the LMS asked for it), then the LMS's bookmark (a
 * page path; a bare lesson id from an older bookmark is read as its lesson page), then the home page.
 */
export function startPage(deepLink: string, bookmark: string): string {
  const linked = coursePage(deepLink);
  if (linked) return linked;
  const saved = coursePage(bookmark) ?? (/^[a-z0-9][a-z0-9-]*$/.test(bookmark) ? `lecons/${bookmark}.html` : null);
  return saved ?? HOME_PAGE;
}

/**
 * The page path of a frame address, relative to the folder of the shell (`base`, ending with `/`), or
 * `null` when the frame is outside the package.
 */
export function pageOf(href: string, base: string): string | null {
  if (!href.startsWith(base)) return null;
  const rest = href.slice(base.length).split('?')[0] ?? '';
  let path: string;
  try {
    path = decodeURIComponent(rest);
  } catch {
    return null;
  }
  // Trainer pages are not the learner's: never a bookmark (they write nothing and skip the shell).
  return /^formateur(\.html|\/)/.test(path) ? null : coursePage(path);
}
