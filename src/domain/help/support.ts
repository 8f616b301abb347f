/**
 * The rules of « Nous contacter » that do not depend on the chat: the live agent's opening hours, the
 * sollicitation form's categories and where each one goes, and the simulated captcha.
 *
 * The portal's real category lists are longer and not published in full: these are a simplified, labelled
 * subset that keeps the one rule the course teaches — the category and sub-category decide whether the
 * Chorus Pro support or the public structure concerned (« service métier ») receives the request.
 */
import type { Minutes } from '../simulator/rules/dates';

/** Opening of the live chat with an agent: working days (Monday to Friday), 8:30 to 18:30. */
export const AGENT_HOURS = { from: 8 * 60 + 30, to: 18 * 60 + 30 } as const;

/**
 * Whether an agent answers at this moment of the simulated clock (its time is the portal's local time).
 * Public holidays are not simulated.
 */
export function agentAvailable(now: Minutes): boolean {
  const day = new Date(now * 60_000).getUTCDay();
  const minute = ((now % 1440) + 1440) % 1440;
  return day >= 1 && day <= 5 && minute >= AGENT_HOURS.from && minute < AGENT_HOURS.to;
}

/** Who handles a request. */
export type Routing = 'support' | 'serviceMetier';

export const ROUTING_LABELS: Readonly<Record<Routing, string>> = {
  support: 'Support Chorus Pro',
  serviceMetier: 'Structure publique concernée (service métier)',
};

/** A category of the form: its label and its sub-categories, each with its label and who receives it. */
export interface TicketCategory {
  label: string;
  sub: Readonly<Record<string, { label: string; routing: Routing }>>;
}

/** A category from `[id, label, routing]` rows: the table below stays one line per sub-category. */
function categoryFrom(label: string, rows: ReadonlyArray<readonly [id: string, label: string, routing: Routing]>): TicketCategory {
  return { label, sub: Object.fromEntries(rows.map(([id, subLabel, routing]) => [id, { label: subLabel, routing }])) };
}

/**
 * « Catégorie » → « Sous-catégorie » → routing. The builder calls are marked pure so that the bundler may
 * leave this module out of pages that do not use it (a plain top-level call counts as a side effect).
 */
export const TICKET_CATEGORIES: Readonly<Record<string, TicketCategory>> = {
  compte: /* @__PURE__ */ categoryFrom('Compte et connexion', [
    ['activation', 'Activation du compte', 'support'],
    ['motDePasse', 'Mot de passe', 'support'],
    ['connexion', 'Connexion et double authentification', 'support'],
  ]),
  structure: /* @__PURE__ */ categoryFrom('Structures et rattachements', [
    ['creation', "Création d'une structure", 'support'],
    ['rattachement', 'Rattachement à une structure', 'support'],
    ['structurePublique', 'Structure publique introuvable ou inactive', 'support'],
  ]),
  facture: /* @__PURE__ */ categoryFrom('Factures', [
    ['depot', "Dépôt d'une facture (erreur technique)", 'support'],
    ['traitement', "Traitement ou paiement d'une facture", 'serviceMetier'],
    ['travaux', 'Factures de travaux', 'support'],
  ]),
};

/** Limits of the form's free-text fields. */
export const TICKET_LIMITS = { title: 100, description: 2000 } as const;

/** The simulated captcha: a visible question whose answer is fixed (a real captcha is a third-party service). */
export const CAPTCHA = { question: 'Combien font 3 + 4 ? (captcha simulé)', answer: '7' } as const;

/**
 * A category of the table by its id, or undefined. Own keys only: an id such as `constructor` or `toString`
 * (typed into an edited save or a scenario file) must not reach `Object.prototype`.
 */
export function categoryOf(category: string): TicketCategory | undefined {
  return Object.hasOwn(TICKET_CATEGORIES, category) ? TICKET_CATEGORIES[category] : undefined;
}

/** The routing of a category / sub-category pair, or null when the pair does not exist. */
export function routingOf(category: string, subCategory: string): Routing | null {
  const sub = categoryOf(category)?.sub;
  return sub && Object.hasOwn(sub, subCategory) ? (sub[subCategory]?.routing ?? null) : null;
}

/** « Catégorie — Sous-catégorie » as the lists show it; '' for a pair outside the table. */
export function categoryLabel(category: string, subCategory: string): string {
  const found = categoryOf(category);
  const sub = found && Object.hasOwn(found.sub, subCategory) ? found.sub[subCategory] : undefined;
  return found && sub ? `${found.label} — ${sub.label}` : '';
}
