import { describe, expect, it } from 'vitest';
import {
  createdId,
  createWorld,
  depositEvent,
  lastPiece,
  loginAs,
  PEOPLE,
  run,
  sampleInvoice,
  SIRETS,
  supplierWorld,
  transition,
  withAccount,
  worksWorld,
} from '../../../../src/domain/simulator';
import { ticket } from './helpers';

/** The objects an event created, as the transition reports them. */
const createdBy = (result: ReturnType<typeof transition>) => result.effects.map((effect) => `${effect.kind}:${effect.id}`);

describe('transition effects: what an accepted event created', () => {
  it('gives the id of a new brouillon, the one the world stores it under', () => {
    const world = supplierWorld();
    const saved = transition(world, { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world) });
    expect(saved.issues).toEqual([]);
    const id = createdId(saved.effects, 'invoice');
    expect(id).toBeDefined();
    expect(saved.world.invoices[id ?? '']).toMatchObject({ status: 'BROUILLON' });
    expect(Object.keys(world.invoices)).not.toContain(id);
    // The id is enough to go on with the brouillon: « Valider et envoyer » then « Confirmer et envoyer ».
    const sent = run(saved.world, { type: 'invoice.submit', invoiceId: id ?? '' }, { type: 'invoice.confirm', invoiceId: id ?? '' });
    expect(sent.invoices[id ?? '']?.status).toBe('DEPOSEE');
  });

  it('reports nothing created when a brouillon is updated, nor when an event is refused', () => {
    const world = supplierWorld();
    const first = transition(world, { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world) });
    const id = createdId(first.effects, 'invoice') ?? '';
    const updated = transition(first.world, { type: 'invoice.save', invoiceId: id, data: sampleInvoice(first.world, { comment: 'Livraison le 28/02' }) });
    expect(updated.issues).toEqual([]);
    expect(updated.effects).toEqual([]);
    const refusedSave = transition(world, { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world, { supplierSiret: '' }) });
    expect(refusedSave.issues.length).toBeGreaterThan(0);
    expect(refusedSave.effects).toEqual([]);
  });

  it('drops the effects of a refusal even when the world keeps a counted failure (a wrong password)', () => {
    const world = withAccount(createWorld(), PEOPLE.claire);
    const wrong = transition(world, { type: 'session.login', loginEmail: PEOPLE.claire.loginEmail, password: 'faux-mot-de-passe' });
    expect(wrong.issues.length).toBeGreaterThan(0);
    expect(wrong.world).not.toBe(world);
    expect(wrong.effects).toEqual([]);
  });

  it('gives the ids of a new account, a rattachement request and a bank account', () => {
    const account = transition(createWorld(), { type: 'account.create', ...PEOPLE.paul, passwordConfirmation: PEOPLE.paul.password, acceptTerms: true });
    const userId = createdId(account.effects, 'user');
    expect(account.world.users[userId ?? '']?.loginEmail).toBe(PEOPLE.paul.loginEmail);

    let world = loginAs(withAccount(createWorld(), PEOPLE.claire), PEOPLE.claire);
    world = run(world, { type: 'structure.create', siret: SIRETS.durandSiege }, { type: 'session.logout' });
    world = loginAs(withAccount(world, PEOPLE.julien), PEOPLE.julien);
    const request = transition(world, { type: 'rattachement.request', siret: SIRETS.durandSiege });
    const requestId = createdId(request.effects, 'rattachement');
    expect(request.world.rattachements[requestId ?? '']).toMatchObject({ siret: SIRETS.durandSiege, status: 'enAttente' });

    const manager = loginAs(run(request.world, { type: 'session.logout' }), PEOPLE.claire);
    const bank = transition(manager, { type: 'bank.add', siret: SIRETS.durandSiege, label: 'Compte principal', holder: 'Menuiserie Durand SARL', iban: 'FR76 3000 6000 0112 3456 7890 189', bic: 'AGRIFRPP' });
    const accountId = createdId(bank.effects, 'bankAccount');
    expect(bank.world.structures[SIRETS.durandSiege]?.bankAccounts.map((a) => a.id)).toContain(accountId);
  });

  it('gives the dossier and the piece a dépôt initial opens', () => {
    const deposit = transition(loginAs(worksWorld(), PEOPLE.marc), depositEvent());
    expect(deposit.issues).toEqual([]);
    const piece = lastPiece(deposit.world);
    expect(createdBy(deposit)).toEqual([`dossier:${piece.dossierId}`, `piece:${piece.id}`]);
  });

  it('gives the number of a sollicitation sent to the support', () => {
    const sent = transition(supplierWorld({ start: '2026-03-07T10:00Z' }), ticket());
    expect(sent.issues).toEqual([]);
    expect(createdId(sent.effects, 'ticket')).toBe(sent.world.help?.tickets[0]?.number);
  });
});
