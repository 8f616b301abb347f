/**
 * What must hold in every reachable world. Property tests run random event sequences and call this after
 * each step; a scenario loader can run it on a starting world built by hand. It returns readable
 * violations (developer-facing English, not learner issues): an empty list means the world is sound.
 */
import { CADRES, EMISES_CADRES, INVOICE_STATUSES, MAX_FAILED_ATTEMPTS, type World } from './model';
import { checkAttachments } from './rules/attachments';
import { isSiret } from './rules/identifiers';
import { checkLine } from './rules/money';
import { worksInvariants } from './invariants-works';

export function invariants(world: World): string[] {
  const problems: string[] = [];
  const fail = (text: string) => problems.push(text);
  if (!Number.isSafeInteger(world.now) || world.now < 0) fail('clock is not a whole, positive number of minutes');
  if (!Number.isInteger(world.rng) || world.rng < 0 || world.rng > 0xffffffff) fail('PRNG state is not a 32-bit unsigned integer');

  // Ids are handed out from one counter: none may exceed it, none may repeat.
  const ids = [
    ...Object.keys(world.users),
    ...Object.keys(world.rattachements),
    ...Object.keys(world.invoices),
    ...Object.values(world.structures).flatMap((s) => s.bankAccounts.map((b) => b.id)),
    ...world.mails.map((m) => m.id),
    ...Object.keys(world.works?.dossiers ?? {}),
    ...Object.keys(world.works?.pieces ?? {}),
  ];
  if (new Set(ids).size !== ids.length) fail('an id is used twice');
  for (const id of ids) if (Number(id.slice(1)) > world.seq) fail(`id ${id} is beyond the counter ${world.seq}`);

  const emails = Object.values(world.users).map((u) => u.loginEmail);
  if (new Set(emails).size !== emails.length) fail('two accounts share a login address');
  for (const [id, user] of Object.entries(world.users)) {
    if (user.id !== id) fail(`user ${id} is filed under another id`);
    if (user.failedAttempts < 0 || user.failedAttempts > MAX_FAILED_ATTEMPTS) fail(`user ${id} has ${user.failedAttempts} failed attempts`);
    if (user.activated && user.activation !== null) fail(`user ${id} is active with a pending link`);
  }

  const session = world.session;
  if (session) {
    const user = world.users[session.userId];
    if (!user) fail('the session belongs to no user');
    else if (!user.activated) fail('the session belongs to an account not activated');
    if ((session.stage === 'code') !== (session.code !== null)) fail('session code and stage disagree');
  }

  for (const [siret, structure] of Object.entries(world.structures)) {
    if (structure.siret !== siret || !isSiret(siret)) fail(`structure ${siret} is misfiled or malformed`);
    if (!world.companies[siret]) fail(`structure ${siret} is not in the directory`);
    if (world.recipients[siret]) fail(`structure ${siret} is a public recipient`);
    const managers = structure.members.filter((m) => m.role === 'gestionnairePrincipal');
    if (managers.length !== 1) fail(`structure ${siret} has ${managers.length} gestionnaires principaux`);
    const memberIds = structure.members.map((m) => m.userId);
    if (new Set(memberIds).size !== memberIds.length) fail(`structure ${siret} lists a member twice`);
    for (const id of memberIds) if (!world.users[id]) fail(`structure ${siret} has an unknown member ${id}`);
    const codes = structure.services.map((s) => s.code);
    if (new Set(codes).size !== codes.length) fail(`structure ${siret} has a service code twice`);
  }

  for (const request of Object.values(world.rattachements)) {
    const structure = world.structures[request.siret];
    if (!structure || !world.users[request.userId]) fail(`request ${request.id} points nowhere`);
    const isMember = structure?.members.some((m) => m.userId === request.userId) ?? false;
    if (request.status === 'validee' && !isMember) fail(`request ${request.id} is validated but its user is not a member`);
    if ((request.status === 'enAttente') !== (request.decidedAt === null)) fail(`request ${request.id} decision date disagrees with its status`);
  }

  for (const sub of world.subscriptions) {
    const structure = world.structures[sub.siret];
    if (!structure?.espaces.includes(sub.espace)) fail(`subscription to ${sub.espace} on a structure where it is not open`);
    if (!structure?.members.some((m) => m.userId === sub.userId)) fail(`subscription of a non-member to ${sub.siret}`);
  }

  const numbers = new Set<string>();
  for (const [id, invoice] of Object.entries(world.invoices)) {
    const data = invoice.data;
    if (invoice.id !== id) fail(`invoice ${id} is misfiled`);
    if (!INVOICE_STATUSES.includes(invoice.status)) fail(`invoice ${id} has an unknown status`);
    if (!world.structures[data.supplierSiret]) fail(`invoice ${id} has no supplier structure`);
    if (data.cadre !== '' && !Object.hasOwn(CADRES, data.cadre)) fail(`invoice ${id} has an unknown cadre`);
    if (data.number !== '') {
      const key = `${data.supplierSiret}/${data.number}`;
      if (numbers.has(key)) fail(`invoice number ${key} is used twice`);
      numbers.add(key);
    }
    const last = invoice.history[invoice.history.length - 1];
    if (!last || last.status !== invoice.status || last.at !== invoice.statusSince) fail(`invoice ${id} history does not end on its status`);
    for (let i = 1; i < invoice.history.length; i++) {
      if ((invoice.history[i]?.at ?? 0) < (invoice.history[i - 1]?.at ?? 0)) fail(`invoice ${id} history goes back in time`);
    }
    if (invoice.statusSince > world.now) fail(`invoice ${id} changed status in the future`);
    if (invoice.data.lines.some((line, index) => checkLine(line, data.vatType, `lines.${index}`).length > 0)) fail(`invoice ${id} has an invalid line`);
    if (checkAttachments(data.attachments, 'attachments').length > 0) fail(`invoice ${id} has an invalid attachment`);
    if (invoice.status === 'BROUILLON') {
      if (invoice.depositedAt !== null) fail(`brouillon ${id} has a deposit date`);
    } else {
      if (invoice.depositedAt === null || invoice.depositedAt > world.now) fail(`invoice ${id} has no sound deposit date`);
      if (data.number === '' || !world.recipients[data.recipientSiret]) fail(`sent invoice ${id} lacks its number or recipient`);
      if (!(EMISES_CADRES as readonly string[]).includes(data.cadre)) fail(`sent invoice ${id} has a cadre of another espace`);
      if (data.lines.length === 0) fail(`sent invoice ${id} has no line`);
      if (invoice.awaitingConfirmation) fail(`sent invoice ${id} still awaits confirmation`);
    }
    if (invoice.rejectionHandled && (invoice.status !== 'REJETEE' || !invoice.acknowledged)) fail(`invoice ${id} handled without an acknowledged rejection`);
    if (invoice.acknowledged && invoice.status !== 'REJETEE' && invoice.status !== 'SUSPENDUE') fail(`invoice ${id} acknowledged outside a return`);
    if (invoice.replaces !== null && !world.invoices[invoice.replaces]) fail(`invoice ${id} replaces a missing invoice`);
  }
  problems.push(...worksInvariants(world));
  return problems;
}
