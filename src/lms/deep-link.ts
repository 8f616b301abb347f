/**
 * Deep links through the shell (DESIGN.md « One LMS session per launch »): a course page opened on its own
 * (a bookmark, a link from an e-mail, an LMS that launches a page instead of `lancement.html`) goes to the
 * launch shell, which shows it in its frame. So there is one LMS session and one learner record, wherever
 * the learner comes in. Pure: the window is passed in, tested with fakes.
 */
import { SHELL_PAGE, coursePage, pageOf } from './shell/pages';

/** What the decision needs of the page's window. */
export interface DeepLinkWindow {
  readonly location: { readonly href: string };
  readonly parent: unknown;
}

/**
 * The shell's address that shows this page (`…/lancement.html?…#lecons/m1-a.html#section`), or `null`
 * when the page must stay where it is: inside the shell already, or in a frame of another origin (whose
 * address cannot be read; redirecting there could nest shells).
 *
 * `root` is the page's relative path to the site's folder (`./`, `../`): the address is computed from the
 * page's own, so it works under any path. The query (`?scorm=1.2`) goes to the shell, the fragment to the page.
 */
export function shellAddress(win: DeepLinkWindow, root: string): string | null {
  const here = new URL(win.location.href);
  const base = new URL(root, here).href;
  const shell = new URL(SHELL_PAGE, base).href;
  if (win.parent !== win && win.parent !== null && win.parent !== undefined) {
    let parentHref: string;
    try {
      parentHref = String((win.parent as { location: { href: string } }).location.href);
    } catch {
      return null;
    }
    if (parentHref.split(/[?#]/)[0] === shell) return null;
  }
  const page = pageOf(`${here.origin}${here.pathname}`, base);
  if (!page) return null;
  const target = (here.hash && coursePage(`${page}${here.hash}`)) || page;
  return `${shell}${here.search}#${target}`;
}
