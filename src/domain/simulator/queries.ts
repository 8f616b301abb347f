/**
 * Read-only views of the world for the screens: who is who, the Synthèse and Tableau de bord counts,
 * invoice searches, histories, the rejection pop-up, the mailbox, the structure search of rattachements.
 * None of them changes the world; the transitions reuse some of them so that a rule lives in one place.
 */
import {
  MANDATORY_ACK_MINUTES,
  type Invoice,
  type InvoiceStatus,
  type LogEntry,
  type Mail,
  type Role,
  type Structure,
  type User,
  type UserId,
  type World,
} from './model';
import { normaliseEmail } from './rules/account';

/** The account whose login address is `email` (case-insensitive). */
export function userByLoginEmail(world: World, email: string): User | undefined {
  const wanted = normaliseEmail(email);
  return Object.values(world.users).find((user) => user.loginEmail === wanted);
}

/** The logged-in user (two-factor code accepted), if any. */
export function currentUser(world: World): User | undefined {
  return world.session?.stage === 'open' ? world.users[world.session.userId] : undefined;
}

/** True while the account refuses logins after five wrong passwords. */
export function isLocked(world: World, user: User): boolean {
  return user.lockedUntil !== null && world.now < user.lockedUntil;
}

/** The structures a user belongs to, with the role held in each (« Mes rattachements aux structures »). */
export function structuresOf(world: World, userId: UserId): { structure: Structure; role: Role }[] {
  return Object.values(world.structures).flatMap((structure) => {
    const member = structure.members.find((m) => m.userId === userId);
    return member ? [{ structure, role: member.role }] : [];
  });
}

/** Mails received at an address, newest first (the simulated mailbox). */
export function mailbox(world: World, email: string): Mail[] {
  const wanted = normaliseEmail(email);
  return world.mails.filter((mail) => mail.to === wanted).reverse();
}

/** The SIRETs where a user is subscribed to « Factures émises ». */
function emisesSirets(world: World, userId: UserId): Set<string> {
  return new Set(world.subscriptions.filter((s) => s.userId === userId && s.espace === 'facturesEmises').map((s) => s.siret));
}

/** Invoices a user can see in « Factures émises »: those of structures where the user is subscribed to it. */
export function visibleInvoices(world: World, userId: UserId): Invoice[] {
  const sirets = emisesSirets(world, userId);
  return Object.values(world.invoices).filter((invoice) => sirets.has(invoice.data.supplierSiret));
}

/** Statuses that send an invoice back to the supplier for an answer. */
export function isReturned(status: InvoiceStatus): boolean {
  return status === 'A_RECYCLER' || status === 'SUSPENDUE' || status === 'REJETEE';
}

/**
 * The pop-up shown at login for rejected or suspended invoices not yet acknowledged; it becomes mandatory
 * (cannot be closed) when one of them has waited 7 days (facts §3.2).
 */
export function rejectionPopup(world: World): { invoices: Invoice[]; mandatory: boolean; visible: boolean } {
  const user = currentUser(world);
  if (!user || !world.session) return { invoices: [], mandatory: false, visible: false };
  const invoices = visibleInvoices(world, user.id).filter(
    (invoice) => (invoice.status === 'REJETEE' || invoice.status === 'SUSPENDUE') && !invoice.acknowledged,
  );
  const mandatory = invoices.some((invoice) => world.now - invoice.statusSince >= MANDATORY_ACK_MINUTES);
  return { invoices, mandatory, visible: invoices.length > 0 && (mandatory || !world.session.popupDismissed) };
}

/**
 * « Historique des actions utilisateurs »: the log, newest first, narrowed to a user and/or an object
 * (a SIRET for the gestionnaire's history, an invoice id, a request id).
 */
export function actionHistory(world: World, filter: { userId?: UserId; subject?: string } = {}): LogEntry[] {
  return world.log
    .filter((entry) => (filter.userId === undefined || entry.userId === filter.userId) && (filter.subject === undefined || entry.subject === filter.subject))
    .reverse();
}
