/**
 * The working context of one transition and the small helpers every handler shares.
 *
 * `transition` clones the world once and hands the clone to a handler, which may change it freely and
 * returns the issues it found. When a handler reports issues, `transition` throws the clone away — unless
 * the handler set `keep`, which only the login does: the portal counts a wrong password even though the
 * login fails.
 */
import type { TimeRules } from '../area';
import type { CreatedKind, Effect } from '../effects';
import { failed, issue, passed, type Checked, type Issue } from '../issues';
import type { ActionCode, EspaceId, MailKind, Session, Structure, User, UserId, World } from '../model';
import { drawString } from '../prng';

export interface Ctx {
  /** The cloned world the handler may change. */
  w: World;
  /** Keep the changes even though issues are returned (counted failures). */
  keep: boolean;
  /** What the handler did that the screen may need (`created`); dropped with the clone when issues are returned. */
  effects: Effect[];
  /** What the passing of time does in the simulator's areas (« Faire avancer le temps », clock.ts). */
  timeRules: TimeRules;
}

/** Tells the screen the handler created an object of `kind` with id `id`; returns the id. */
export function created(ctx: Ctx, kind: CreatedKind, id: string): string {
  ctx.effects.push({ type: 'created', kind, id });
  return id;
}

/** Hands out the next id with its prefix letter; ids never repeat within a world. */
export function nextId(w: World, prefix: 'u' | 'r' | 'f' | 'b' | 'm' | 'd' | 'p'): string {
  w.seq += 1;
  return `${prefix}${w.seq}`;
}

/** Draws a string from the world's PRNG (tokens, codes). */
export function draw(w: World, alphabet: string, length: number): string {
  const result = drawString(w.rng, alphabet, length);
  w.rng = result.state;
  return result.value;
}

/** Puts a message in the simulated mailbox. */
export function sendMail(w: World, to: string, kind: MailKind, params: Record<string, string>): void {
  w.mails.push({ id: nextId(w, 'm'), to, at: w.now, kind, params });
}

/** Records a user action for « Historique des actions utilisateurs ». */
export function logAction(w: World, userId: UserId, action: ActionCode, subject: string): void {
  w.log.push({ at: w.now, userId, action, subject });
}

/** The open session and its user, or the issue « connectez-vous ». */
export function openSession(w: World): Checked<{ session: Session; user: User }> {
  const session = w.session;
  const user = session ? w.users[session.userId] : undefined;
  if (!session || session.stage !== 'open' || !user) return failed([issue('session.required', '')]);
  return passed({ session, user });
}

/** The structure of `siret` in the portal, or `structure.unknown`. */
export function findStructure(w: World, siret: string, path: string): Checked<Structure> {
  const structure = w.structures[siret];
  return structure ? passed(structure) : failed([issue('structure.unknown', path, { siret })]);
}

/** The structure when `userId` is its gestionnaire principal; otherwise the reason why not. */
export function managedStructure(w: World, userId: UserId, siret: string, path = 'siret'): Checked<Structure> {
  const found = findStructure(w, siret, path);
  if (!found.ok) return found;
  const member = found.value.members.find((m) => m.userId === userId);
  if (!member) return failed([issue('structure.notMember', path, { siret })]);
  if (member.role !== 'gestionnairePrincipal') return failed([issue('structure.notManager', path, { siret })]);
  return found;
}

/** The open session's user and the structure of `siret` they manage as gestionnaire principal. */
export function sessionManaging(w: World, siret: string): Checked<{ user: User; structure: Structure }> {
  const opened = openSession(w);
  if (!opened.ok) return opened;
  const managed = managedStructure(w, opened.value.user.id, siret);
  return managed.ok ? passed({ user: opened.value.user, structure: managed.value }) : managed;
}

/**
 * Checks that the session's user may work in an espace of a structure in « Modification » mode: member,
 * subscribed, and the subscription already in the menu (a new one shows only after logging out and in).
 */
export function espaceAccess(w: World, session: Session, siret: string, espace: EspaceId, path: string): Issue[] {
  const structure = w.structures[siret];
  if (!structure) return [issue('structure.unknown', path, { siret })];
  if (!structure.members.some((m) => m.userId === session.userId)) return [issue('structure.notMember', path, { siret })];
  const subscribed = w.subscriptions.some((s) => s.userId === session.userId && s.siret === siret && s.espace === espace);
  if (!subscribed) return [issue('espace.notSubscribed', path, { espace })];
  const granted = session.espaces.find((s) => s.siret === siret && s.espace === espace);
  if (!granted) return [issue('espace.reconnectRequired', path, { espace })];
  if (granted.mode !== 'modification') return [issue('espace.readOnly', path, { espace })];
  return [];
}

/** Trims a free-text field and checks its length; returns the issues and the trimmed value. */
export function text(value: string, path: string, max: number, required: boolean): { value: string; issues: Issue[] } {
  const trimmed = value.trim();
  if (required && trimmed === '') return { value: trimmed, issues: [issue('field.required', path)] };
  if (trimmed.length > max) return { value: trimmed, issues: [issue('field.tooLong', path, { max })] };
  return { value: trimmed, issues: [] };
}

