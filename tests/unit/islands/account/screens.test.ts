import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  can,
  createWorld,
  loginAs,
  message,
  PEOPLE,
  run,
  SIRETS,
  transition,
  withAccount,
  type Event,
  type World,
} from '../../../../src/domain/simulator';
import { accountArea } from '../../../../src/islands/screens/account';
import { screensOf } from '../../../../src/islands/screens/area';
import { loadScreen, screenComponent } from '../../../../src/islands/screens/lazy';
import type { ScreenProps } from '../../../../src/islands/screens/types';

/** Claire manages the siège; Julien asked to join it; Claire is logged in. */
function managerWorld(): World {
  let world = withAccount(createWorld({ seed: 'screens' }), PEOPLE.claire);
  world = loginAs(world, PEOPLE.claire);
  world = run(world, { type: 'structure.create', siret: SIRETS.durandSiege }, { type: 'session.logout' });
  world = loginAs(withAccount(world, PEOPLE.julien), PEOPLE.julien);
  world = run(world, { type: 'rattachement.request', siret: SIRETS.durandSiege }, { type: 'session.logout' });
  return loginAs(world, PEOPLE.claire);
}

const worlds: Record<string, World> = {
  empty: createWorld(),
  created: run(createWorld(), { type: 'account.create', ...PEOPLE.paul, passwordConfirmation: PEOPLE.paul.password, acceptTerms: true }),
  manager: managerWorld(),
};

function props(world: World, overrides: Partial<ScreenProps> = {}): ScreenProps {
  return {
    world,
    dispatch: (event: Event) => {
      const result = transition(world, event);
      return { ...result, messages: result.issues.map(message) };
    },
    check: (event: Event) => {
      const verdict = can(world, event);
      return verdict.ok ? { ok: true } : { ok: false, reasons: verdict.issues.map((found) => message(found)) };
    },
    navigate: () => undefined,
    params: { siret: SIRETS.durandSiege },
    readOnly: false,
    ...overrides,
  };
}

/** Every screen of the accounts area (`compte/…`, `gestion/…`). */
const accountScreens = screensOf([accountArea]);

function render(id: string, world: World, overrides: Partial<ScreenProps> = {}): string {
  const screen = accountScreens[id];
  const component = screen && screenComponent(screen);
  if (!component) throw new Error(`no screen ${id}`);
  return renderToString(h(component, props(world, overrides)));
}

/** The visible text of rendered HTML, entities decoded. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const cases = Object.keys(accountScreens).flatMap((id) => Object.keys(worlds).map((name) => [id, name] as const));

// The gestionnaire's screens load on first visit in the page; here they are all loaded before rendering.
beforeAll(() => Promise.all(Object.values(accountScreens).map((screen) => loadScreen(screen))));

describe('account screens', () => {
  it.each(cases)('%s renders in the %s world with French spacing and labelled controls', (id, name) => {
    const html = render(id, worlds[name]!);
    const visible = text(html);
    expect(visible).not.toMatch(/[^\s\u00a0\u202f][ \t]*[ ][:;!?»]/);
    expect(visible).not.toMatch(/ [;!?]/);
    expect(visible).not.toMatch(/« /);
    const inputs = [...html.matchAll(/<(input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[2]);
    for (const inputId of inputs) expect(html, `label for ${inputId}`).toContain(`for="${inputId}"`);
  });

  it('states the password rules next to the password field, tied to it', () => {
    const html = render('compte/creation', worlds['empty']!);
    expect(text(html)).toContain('12 caractères au moins');
    const password = /<input[^>]*type="password"[^>]*>/.exec(html)?.[0] ?? '';
    expect(password).toMatch(/aria-describedby="[^"]*-hint"/);
  });

  it('outlines and marks the control named by the highlight', () => {
    const html = render('compte/accueil', worlds['empty']!, { highlight: 'Créer un compte' });
    expect(html).toMatch(/data-highlight="true"[^>]*>Créer un compte</);
    expect(text(html)).toContain('➜ ici');
    expect(render('compte/accueil', worlds['empty']!)).not.toContain('data-highlight');
  });

  it('lists the activation link and a login code in the mailbox', () => {
    expect(text(render('compte/messagerie', worlds['created']!))).toContain('Activer mon compte');
    const waiting = run(withAccount(createWorld(), PEOPLE.paul), { type: 'session.login', loginEmail: PEOPLE.paul.loginEmail, password: PEOPLE.paul.password });
    expect(text(render('compte/messagerie', waiting))).toContain(waiting.session?.code ?? 'no code');
  });

  it('shows the pending request with its validate and refuse buttons named after the requester', () => {
    const html = render('gestion/demandes', worlds['manager']!);
    expect(html).toContain('aria-label="Valider la demande de Julien Morel"');
    expect(html).toContain('aria-label="Refuser la demande de Julien Morel"');
  });

  it('explains why an espace already opened cannot be ticked', () => {
    const world = run(worlds['manager']!, { type: 'espace.open', siret: SIRETS.durandSiege, espace: 'facturesEmises' });
    const html = render('gestion/espaces', world);
    expect(text(html)).toMatch(/déjà ouvert sur cette structure/);
    expect(html).toMatch(/<input[^>]*disabled[^>]*aria-describedby="[^"]*-reason"/);
  });

  it('disables every control in démonstration (read-only)', () => {
    expect(render('compte/creation', worlds['empty']!, { readOnly: true })).toMatch(/<fieldset class="cpa-all" disabled/);
  });

  it('asks to log in on the screens that need a session', () => {
    for (const id of ['compte/mon-compte', 'gestion/accueil', 'gestion/structure', 'compte/rattachement']) {
      expect(text(render(id, worlds['empty']!))).toContain('Vous devez être connecté');
    }
  });
});
