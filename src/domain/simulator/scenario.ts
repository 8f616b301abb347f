/**
 * Scenarios: a starting world, a goal checked on the resulting world (so any valid path succeeds, not one
 * click sequence), the expected steps (for démonstration and hints) and the scoring of évaluation.
 *
 * Events written in scenario files may hold placeholders for values only the world knows at run time
 * (`$activationToken`, `$loginCode`, `$lastInvoice`, `$firstBankAccount:<siret>`, `$pendingRequest`,
 * `$lastPiece`, `$piece:<number>`), resolved
 * against the current world just before the event is applied. The world a scenario starts from is built at
 * build time (`startWorld`, start.ts), with the fixtures and the full simulator.
 */
import type { Event } from './events';
import type { PEOPLE } from './fixtures';
import type { WorksStage } from './fixtures-works';
import type { CadreCode, EspaceId, InvoiceStatus, RattachementStatus, Role, SubscriptionMode, World } from './model';
import type { WorksRole, WorksStatus } from './model-works';

/**
 * Where a scenario starts: an empty portal, Claire Durand logged in with « Factures émises » ready, or the
 * titulaire and its sous-traitant of `validationWorld`, or the marchés de travaux of `worksWorld` (nobody
 * logged in: use `loginAs`).
 */
export type ScenarioBase = 'empty' | 'supplier' | 'validation' | 'works';

export interface ScenarioStart {
  base: ScenarioBase;
  /** ISO moment of the simulated clock, default 2026-03-02T09:00Z. */
  at?: string | undefined;
  /** Events applied to build the starting world (they must all succeed). */
  setup: readonly Event[];
  /** Log in as one of the fixture people once set up (`claire`, `julien`, `paul`, `sophie`, `marc`, `nadia`). */
  loginAs?: keyof typeof PEOPLE | undefined;
  /** Base `works` only: a dossier built up to this stage before the setup events (fixtures-works.ts). */
  stage?: WorksStage | undefined;
}

/** One condition of a goal, checked on the world. */
export type GoalCondition =
  | { type: 'account-activated'; loginEmail: string }
  | { type: 'logged-in'; loginEmail: string }
  | { type: 'structure-member'; siret: string; loginEmail: string; role?: Role | undefined }
  | { type: 'service-exists'; siret: string; code: string }
  | { type: 'bank-account'; siret: string }
  | { type: 'espace-open'; siret: string; espace: EspaceId }
  | { type: 'espace-subscribed'; siret: string; espace: EspaceId; loginEmail: string; mode?: SubscriptionMode | undefined }
  | { type: 'rattachement'; siret: string; loginEmail: string; status: RattachementStatus }
  | {
      type: 'invoice';
      /** Statuses that count (e.g. every status after the deposit). */
      status: readonly InvoiceStatus[];
      number?: string | undefined;
      /** The invoice must not carry this number (a rejected invoice is re-sent under a new number). */
      notNumber?: string | undefined;
      recipientSiret?: string | undefined;
      cadre?: CadreCode | undefined;
      codeService?: string | undefined;
      engagement?: string | undefined;
    }
  /** The session's last invoice search found exactly these numbers (any criteria that find them will do). */
  | { type: 'search-results'; numbers: readonly string[] }
  /** ClaudIA was asked a question she recognised as this intent (src/domain/help/claudia.ts). */
  | { type: 'help-asked'; intent: string }
  /** A sollicitation was sent, of this category / sub-category when given. */
  | { type: 'ticket'; category?: string | undefined; subCategory?: string | undefined }
  /** A works piece exists with these properties (each one optional). */
  | {
      type: 'works-piece';
      cadre?: CadreCode | undefined;
      status?: readonly WorksStatus[] | undefined;
      number?: string | undefined;
      depositorSiret?: string | undefined;
      /** Deposited from a piece of this cadre (« Déposer la pièce de facturation suivante »). */
      parentCadre?: CadreCode | undefined;
      /** Its amount revised by the MOE (true), or kept (false). */
      revised?: boolean | undefined;
      /** An A10 validated by the titulaire (or tacitly). */
      validated?: boolean | undefined;
      /** Addressed to this actor (e.g. `moa` on a marché sans maîtrise d'œuvre). */
      to?: WorksRole | undefined;
    }
  /** The session's user consulted the works piece of this number (« Consulter », from its dossier). */
  | { type: 'works-consulted'; number: string };

export interface ScenarioStep {
  id: string;
  /** What the learner does, in French (« Cliquer sur « Enregistrer » »). */
  title: string;
  /** Why, in French, shown in démonstration and as a hint. */
  explanation: string;
  /** Screen the step happens on (a screen id of the mock portal). */
  screen: string;
  /** Accessible name of the control to highlight, when there is one. */
  target?: string | undefined;
  /** The portal action the step performs; steps without one only move between screens. */
  event?: Event | undefined;
}

export interface ScenarioData {
  id: string;
  start: ScenarioStart;
  goal: readonly GoalCondition[];
  steps: readonly ScenarioStep[];
}

const PLACEHOLDERS: Record<string, (world: World, arg: string) => string> = {
  /** The token of the latest activation mail. */
  activationToken: (world) => [...world.mails].reverse().find((mail) => mail.kind === 'activation')?.params['token'] ?? '',
  /** The code of the login in progress. */
  loginCode: (world) => world.session?.code ?? '',
  /** The most recently created invoice. */
  lastInvoice: (world) => Object.values(world.invoices).sort((a, b) => b.createdAt - a.createdAt || (b.id > a.id ? 1 : -1))[0]?.id ?? '',
  /** A structure's first bank account. */
  firstBankAccount: (world, siret) => world.structures[siret]?.bankAccounts[0]?.id ?? '',
  /** The oldest rattachement request still pending. */
  pendingRequest: (world) => Object.values(world.rattachements).find((request) => request.status === 'enAttente')?.id ?? '',
  /** The most recently deposited works piece. */
  lastPiece: (world) => Object.values(world.works?.pieces ?? {}).sort((a, b) => Number(b.id.slice(1)) - Number(a.id.slice(1)))[0]?.id ?? '',
  /** The works piece of this number (the first found). */
  piece: (world, number) => Object.values(world.works?.pieces ?? {}).find((piece) => piece.number === number)?.id ?? '',
};

function resolveValue(world: World, value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith('$')) {
    const [name = '', arg = ''] = value.slice(1).split(':');
    const resolver = PLACEHOLDERS[name];
    return resolver ? resolver(world, arg) : value;
  }
  if (Array.isArray(value)) return value.map((item) => resolveValue(world, item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveValue(world, item)]));
  }
  return value;
}

/** The event with its placeholders replaced by the world's current values. */
export function resolveEvent(world: World, event: Event): Event {
  return resolveValue(world, event) as Event;
}

/** The names a scenario file may use as `$name` or `$name:argument`. */
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS);

function userId(world: World, loginEmail: string): string | undefined {
  return Object.values(world.users).find((user) => user.loginEmail === loginEmail)?.id;
}

/** Whether one goal condition holds in the world. */
export function conditionMet(world: World, condition: GoalCondition): boolean {
  switch (condition.type) {
    case 'account-activated':
      return Object.values(world.users).some((user) => user.loginEmail === condition.loginEmail && user.activated);
    case 'logged-in':
      return world.session?.stage === 'open' && world.session.userId === userId(world, condition.loginEmail);
    case 'structure-member': {
      const id = userId(world, condition.loginEmail);
      return (world.structures[condition.siret]?.members ?? []).some(
        (member) => member.userId === id && (condition.role === undefined || member.role === condition.role),
      );
    }
    case 'service-exists':
      return (world.structures[condition.siret]?.services ?? []).some((service) => service.code === condition.code && service.active);
    case 'bank-account':
      return (world.structures[condition.siret]?.bankAccounts ?? []).some((account) => account.active);
    case 'espace-open':
      return (world.structures[condition.siret]?.espaces ?? []).includes(condition.espace);
    case 'espace-subscribed': {
      const id = userId(world, condition.loginEmail);
      return world.subscriptions.some(
        (s) => s.userId === id && s.siret === condition.siret && s.espace === condition.espace && (condition.mode === undefined || s.mode === condition.mode),
      );
    }
    case 'rattachement': {
      const id = userId(world, condition.loginEmail);
      return Object.values(world.rattachements).some((r) => r.userId === id && r.siret === condition.siret && r.status === condition.status);
    }
    case 'invoice':
      return Object.values(world.invoices).some(
        (invoice) =>
          condition.status.includes(invoice.status) &&
          (condition.number === undefined || invoice.data.number === condition.number) &&
          (condition.notNumber === undefined || invoice.data.number !== condition.notNumber) &&
          (condition.recipientSiret === undefined || invoice.data.recipientSiret === condition.recipientSiret) &&
          (condition.cadre === undefined || invoice.data.cadre === condition.cadre) &&
          (condition.codeService === undefined || invoice.data.codeService === condition.codeService) &&
          (condition.engagement === undefined || invoice.data.engagement === condition.engagement),
      );
    case 'search-results': {
      const found = world.session?.lastSearch?.resultIds.map((id) => world.invoices[id]?.data.number ?? '') ?? null;
      return found !== null && [...found].sort().join('\n') === [...condition.numbers].sort().join('\n');
    }
    case 'help-asked':
      return (world.help?.conversation ?? []).some((exchange) => exchange.intent === condition.intent);
    case 'ticket':
      return (world.help?.tickets ?? []).some(
        (ticket) =>
          (condition.category === undefined || ticket.category === condition.category) &&
          (condition.subCategory === undefined || ticket.subCategory === condition.subCategory),
      );
    case 'works-piece':
      return Object.values(world.works?.pieces ?? {}).some((piece) => {
        const parent = piece.parentId ? world.works?.pieces[piece.parentId] : undefined;
        return (
          (condition.cadre === undefined || piece.cadre === condition.cadre) &&
          (condition.status === undefined || condition.status.includes(piece.status)) &&
          (condition.number === undefined || piece.number === condition.number) &&
          (condition.depositorSiret === undefined || piece.depositorSiret === condition.depositorSiret) &&
          (condition.parentCadre === undefined || parent?.cadre === condition.parentCadre) &&
          (condition.revised === undefined || (piece.revision !== null) === condition.revised) &&
          (condition.validated === undefined || (piece.validation !== null) === condition.validated) &&
          (condition.to === undefined || piece.to === condition.to)
        );
      });
    case 'works-consulted': {
      const userId = world.session?.userId;
      return world.log.some(
        (entry) => entry.action === 'works.consulted' && entry.userId === userId && world.works?.pieces[entry.subject]?.number === condition.number,
      );
    }
  }
}

/** Every condition of the goal, with whether it holds. */
export function evaluateGoal(world: World, goal: readonly GoalCondition[]): { met: boolean; conditions: boolean[] } {
  const conditions = goal.map((condition) => conditionMet(world, condition));
  return { met: conditions.every(Boolean), conditions };
}

/**
 * Évaluation score, 0–100: the goal reached is worth 100, minus 10 per refused action (an entry the portal
 * would have rejected) and 15 per hint, never below 0; no score without the goal.
 */
export function scoreRun(run: { goalMet: boolean; errors: number; hintsUsed: number }): number {
  if (!run.goalMet) return 0;
  return Math.max(0, 100 - 10 * run.errors - 15 * run.hintsUsed);
}
