/**
 * Structures and what the gestionnaire principal manages: creation by SIRET (the creator becomes
 * gestionnaire principal), rattachement requests, services, bank details, espaces and subscriptions.
 */
import { failed, issue, passed, type Checked, type Issue } from '../issues';
import type {
  BankAdd,
  EspaceOpen,
  EspaceSubscribe,
  RattachementRefuse,
  RattachementRequestEvent,
  RattachementValidate,
  ServiceCreate,
  ServiceSetActive,
  StructureCreate,
} from '../events';
import { ESPACES, ROLE_LABELS, type Structure, type User, type World } from '../model';
import { checkIban, checkSiret, compact, normaliseIban } from '../rules/identifiers';
import { created, logAction, managedStructure, nextId, openSession, sendMail, sessionManaging, text, type Ctx } from './context';
import { isOneOf } from '../../keys';

export function createStructure({ w }: Ctx, e: StructureCreate): Issue[] {
  const opened = openSession(w);
  if (!opened.ok) return opened.issues;
  const s = opened.value;
  const siret = compact(e.siret);
  const shape = checkSiret(siret, 'siret');
  if (shape.length > 0) return shape;
  // A supplier creates the structure of his own company, never the one of his public customer (facts §11.10).
  if (w.recipients[siret]) return [issue('structure.publicRecipient', 'siret', { siret })];
  const company = w.companies[siret];
  if (!company) return [issue('structure.notInDirectory', 'siret', { siret })];
  if (!company.active) return [issue('structure.inactive', 'siret', { siret })];
  if (w.structures[siret]) return [issue('structure.alreadyExists', 'siret', { siret })];
  const structure: Structure = {
    siret,
    raisonSociale: company.raisonSociale,
    createdAt: w.now,
    members: [{ userId: s.user.id, role: 'gestionnairePrincipal', since: w.now }],
    services: [],
    bankAccounts: [],
    espaces: [],
  };
  w.structures[siret] = structure;
  logAction(w, s.user.id, 'structure.created', siret);
  return [];
}

export function requestRattachement(ctx: Ctx, e: RattachementRequestEvent): Issue[] {
  const { w } = ctx;
  const siret = compact(e.siret);
  const found = sessionOn(w, siret);
  if (!found.ok) return found.issues;
  const { user, structure } = found.value;
  if (structure.members.some((m) => m.userId === user.id)) return [issue('rattachement.alreadyMember', 'siret', { siret })];
  const pending = Object.values(w.rattachements).some((r) => r.userId === user.id && r.siret === siret && r.status === 'enAttente');
  if (pending) return [issue('rattachement.alreadyPending', 'siret', { siret })];
  const id = created(ctx, 'rattachement', nextId(w, 'r'));
  w.rattachements[id] = { id, userId: user.id, siret, status: 'enAttente', requestedAt: w.now, decidedAt: null, decidedBy: null, reason: '' };
  // The gestionnaire principal hears of the request on his contact address.
  for (const member of structure.members) {
    const manager = w.users[member.userId];
    if (member.role === 'gestionnairePrincipal' && manager) {
      sendMail(w, manager.contactEmail, 'rattachementRequested', { requestId: id, siret, requester: `${user.firstName} ${user.lastName}` });
    }
  }
  logAction(w, user.id, 'rattachement.requested', id);
  return [];
}

function decide({ w }: Ctx, requestId: string, accept: boolean, reason: string): Issue[] {
  const opened = openSession(w);
  if (!opened.ok) return opened.issues;
  const s = opened.value;
  const request = w.rattachements[requestId];
  if (!request) return [issue('rattachement.unknown', 'requestId')];
  const managed = managedStructure(w, s.user.id, request.siret, 'requestId');
  if (!managed.ok) return managed.issues;
  const structure = managed.value;
  if (request.status !== 'enAttente') return [issue('rattachement.notPending', 'requestId')];
  const motif = text(reason, 'reason', 255, false);
  if (motif.issues.length > 0) return motif.issues;
  request.status = accept ? 'validee' : 'refusee';
  request.decidedAt = w.now;
  request.decidedBy = s.user.id;
  request.reason = motif.value;
  if (accept) structure.members.push({ userId: request.userId, role: 'utilisateur', since: w.now });
  const requester = w.users[request.userId];
  if (requester) {
    sendMail(w, requester.contactEmail, 'rattachementDecided', {
      requestId,
      siret: request.siret,
      decision: accept ? 'validee' : 'refusee',
      role: ROLE_LABELS.utilisateur,
      reason: motif.value,
    });
  }
  logAction(w, s.user.id, accept ? 'rattachement.validated' : 'rattachement.refused', requestId);
  return [];
}

export function validateRattachement(ctx: Ctx, e: RattachementValidate): Issue[] {
  return decide(ctx, e.requestId, true, '');
}

export function refuseRattachement(ctx: Ctx, e: RattachementRefuse): Issue[] {
  return decide(ctx, e.requestId, false, e.reason);
}

/** The open session's user and the structure `siret` they act on, which must exist. */
function sessionOn(w: World, siret: string): Checked<{ user: User; structure: Structure }> {
  const opened = openSession(w);
  if (!opened.ok) return opened;
  const structure = w.structures[siret];
  return structure ? passed({ user: opened.value.user, structure }) : failed([issue('structure.unknown', 'siret', { siret })]);
}

/** Runs `run` when the session's user is the gestionnaire principal of the structure `siret`; the refusal otherwise. */
function asManager(w: World, siret: string, run: (managing: { user: User; structure: Structure }) => Issue[]): Issue[] {
  const managing = sessionManaging(w, compact(siret));
  return managing.ok ? run(managing.value) : managing.issues;
}

/** Codes of services: capitals, digits, « _ » and « - », as the technical codes seen in the portal. */
const SERVICE_CODE = /^[A-Z0-9][A-Z0-9_-]{0,99}$/;

export function createService({ w }: Ctx, e: ServiceCreate): Issue[] {
  return asManager(w, e.siret, ({ user, structure }) => {
    const code = e.code.trim().toUpperCase();
    const label = text(e.label, 'label', 100, true);
    const issues: Issue[] = [...label.issues];
    if (code === '') issues.unshift(issue('field.required', 'code'));
    else if (!SERVICE_CODE.test(code)) issues.unshift(issue('service.codeFormat', 'code'));
    else if (structure.services.some((service) => service.code === code)) issues.unshift(issue('service.codeTaken', 'code', { code }));
    if (issues.length > 0) return issues;
    structure.services.push({ code, label: label.value, active: true });
    logAction(w, user.id, 'service.created', structure.siret);
    return [];
  });
}

export function setServiceActive({ w }: Ctx, e: ServiceSetActive): Issue[] {
  return asManager(w, e.siret, ({ user, structure }) => {
    const service = structure.services.find((candidate) => candidate.code === e.code.trim().toUpperCase());
    if (!service) return [issue('service.unknown', 'code')];
    service.active = e.active;
    logAction(w, user.id, e.active ? 'service.activated' : 'service.deactivated', structure.siret);
    return [];
  });
}

export function addBankAccount(ctx: Ctx, e: BankAdd): Issue[] {
  const { w } = ctx;
  return asManager(w, e.siret, ({ user, structure }) => {
    const label = text(e.label, 'label', 100, true);
    const holder = text(e.holder, 'holder', 100, true);
    const bic = compact(e.bic).toUpperCase();
    const issues: Issue[] = [...label.issues, ...holder.issues, ...checkIban(e.iban, 'iban')];
    // BIC: 8 or 11 characters (bank, country, place, optional branch); optional for a French IBAN.
    if (bic !== '' && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) issues.push(issue('iban.format', 'bic'));
    const iban = normaliseIban(e.iban);
    if (issues.length === 0 && structure.bankAccounts.some((account) => account.iban === iban && account.active)) {
      issues.push(issue('bank.duplicate', 'iban'));
    }
    if (issues.length > 0) return issues;
    structure.bankAccounts.push({ id: created(ctx, 'bankAccount', nextId(w, 'b')), label: label.value, holder: holder.value, iban, bic, active: true });
    logAction(w, user.id, 'bank.added', structure.siret);
    return [];
  });
}

export function openEspace({ w }: Ctx, e: EspaceOpen): Issue[] {
  return asManager(w, e.siret, ({ user, structure }) => {
    if (!isOneOf(ESPACES, e.espace)) return [issue('espace.unknown', 'espace')];
    if (structure.espaces.includes(e.espace)) return [issue('espace.alreadyOpen', 'espace', { espace: e.espace })];
    structure.espaces.push(e.espace);
    logAction(w, user.id, 'espace.opened', structure.siret);
    return [];
  });
}

export function subscribeEspace({ w }: Ctx, e: EspaceSubscribe): Issue[] {
  const siret = compact(e.siret);
  const found = sessionOn(w, siret);
  if (!found.ok) return found.issues;
  const { user, structure } = found.value;
  if (!structure.members.some((m) => m.userId === user.id)) return [issue('structure.notMember', 'siret', { siret })];
  if (!isOneOf(ESPACES, e.espace)) return [issue('espace.unknown', 'espace')];
  if (!structure.espaces.includes(e.espace)) return [issue('espace.notOpen', 'espace', { espace: e.espace })];
  if (e.mode !== 'consultation' && e.mode !== 'modification') return [issue('field.required', 'mode')];
  const existing = w.subscriptions.find((sub) => sub.userId === user.id && sub.siret === siret && sub.espace === e.espace);
  if (existing && existing.mode === e.mode) return [issue('espace.alreadySubscribed', 'espace', { espace: e.espace })];
  if (existing) existing.mode = e.mode;
  else w.subscriptions.push({ userId: user.id, siret, espace: e.espace, mode: e.mode });
  logAction(w, user.id, 'espace.subscribed', siret);
  return [];
}

