import { describe, expect, it } from 'vitest';
import { run, sampleInvoice, SIRETS, supplierWorld } from '../../../../src/domain/simulator/fixtures';
import { MINUTES_PER_DAY } from '../../../../src/domain/simulator/rules/dates';
import {
  actionHistory,
  currentUser,
  invoiceTotals,
  isLocked,
  isReturned,
  mailbox,
  requestsOf,
  searchInvoices,
  syntheseInvoices,
  tableauDeBord,
  visibleInvoices,
} from '../../../../src/domain/simulator';
import type { World } from '../../../../src/domain/simulator/model';

/**
 * Two invoices: FA-FEV dated 20 February (supplier date) but deposited on 2 March; FA-MAR dated and
 * deposited on 2 April. Then the clock stands on 10 April.
 */
function twoMonths(): { world: World; userId: string } {
  let world = supplierWorld({ start: '2026-03-02T09:00Z' });
  world = run(
    world,
    { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world, { number: 'FA-FEV', date: '2026-02-20' }) },
    { type: 'invoice.submit', invoiceId: `f${world.seq + 1}` },
    { type: 'invoice.confirm', invoiceId: `f${world.seq + 1}` },
    { type: 'clock.advance', minutes: 31 * MINUTES_PER_DAY },
  );
  world = run(
    world,
    { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world, { number: 'FA-MAR' }) },
    { type: 'invoice.submit', invoiceId: `f${world.seq + 1}` },
    { type: 'invoice.confirm', invoiceId: `f${world.seq + 1}` },
    { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world, { number: 'FA-BROUILLON' }) },
    { type: 'clock.advance', minutes: 8 * MINUTES_PER_DAY },
  );
  return { world, userId: currentUser(world)?.id ?? '' };
}

describe('invoice search', () => {
  const { world, userId } = twoMonths();
  const numbers = (criteria: Parameters<typeof searchInvoices>[2]) => searchInvoices(world, userId, criteria).results.map((invoice) => invoice.data.number);

  it('finds last month’s deposits with « Période date de dépôt », not with the supplier date', () => {
    expect(numbers({ depositFrom: '2026-03-01', depositTo: '2026-03-31' })).toEqual(['FA-FEV']);
    expect(numbers({ supplierDateFrom: '2026-03-01', supplierDateTo: '2026-03-31' })).toEqual([]);
    expect(numbers({ supplierDateFrom: '2026-02-01', supplierDateTo: '2026-02-28' })).toEqual(['FA-FEV']);
  });
  it('leaves brouillons out of a deposit period, and searches numbers, statuses, SIRETs and cadres', () => {
    expect(numbers({ depositFrom: '2026-01-01' })).toEqual(['FA-FEV', 'FA-MAR']);
    expect(numbers({ number: 'brou' })).toEqual(['FA-BROUILLON']);
    expect(numbers({ status: 'BROUILLON' })).toEqual(['FA-BROUILLON']);
    expect(numbers({ recipientSiret: '214 509 010 00010', cadre: 'A1', supplierSiret: SIRETS.durandSiege })).toHaveLength(3);
    expect(numbers({ recipientSiret: SIRETS.deuxVallons })).toEqual([]);
    expect(numbers({ supplierSiret: SIRETS.fournil })).toEqual([]);
    expect(numbers({ cadre: 'A2' })).toEqual([]);
    expect(numbers({})).toHaveLength(3);
  });
  it('refuses an inverted or unreadable period', () => {
    expect(searchInvoices(world, userId, { depositFrom: '2026-03-31', depositTo: '2026-03-01' }).issues.map((found) => found.code)).toEqual([
      'search.periodInverted',
    ]);
    expect(searchInvoices(world, userId, { supplierDateFrom: '31/03/2026', supplierDateTo: 'hier' }).issues.map((found) => found.path)).toEqual([
      'supplierDate.from',
      'supplierDate.to',
    ]);
  });
});

describe('Synthèse, tableau de bord and other views', () => {
  const { world, userId } = twoMonths();
  it('counts invoices per status for the tableau de bord', () => {
    const counts = tableauDeBord(world, userId);
    expect(counts.MISE_A_DISPOSITION).toBe(2);
    expect(counts.BROUILLON).toBe(1);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(3);
  });
  it('lists in the Synthèse only what needs the supplier', () => {
    expect(syntheseInvoices(world, userId).map((invoice) => invoice.data.number)).toEqual(['FA-BROUILLON']);
  });
  it('shows nothing to a user without « Factures émises »', () => {
    expect(visibleInvoices(world, 'u999')).toEqual([]);
  });
  it('answers the small questions screens ask', () => {
    const invoice = visibleInvoices(world, userId)[0];
    expect(invoice && invoiceTotals(invoice).ttc).toBe(2196_00);
    expect(isReturned('A_RECYCLER')).toBe(true);
    expect(isReturned('MISE_EN_PAIEMENT')).toBe(false);
    const user = world.users[userId];
    expect(user && isLocked(world, user)).toBe(false);
    expect(requestsOf(world, userId)).toEqual([]);
    expect(mailbox(world, 'COMPTA@menuiserie-durand.example').length).toBeGreaterThan(0);
    expect(currentUser({ ...world, session: null })).toBeUndefined();
  });
  it('keeps the history of user actions, newest first, by user or by object', () => {
    const all = actionHistory(world);
    expect(all[0]?.action).toBe('invoice.saved');
    expect(all.at(-1)?.action).toBe('account.created');
    expect(actionHistory(world, { subject: SIRETS.durandSiege }).map((entry) => entry.action)).toEqual([
      'espace.subscribed',
      'espace.opened',
      'bank.added',
      'service.created',
      'structure.created',
    ]);
    expect(actionHistory(world, { userId: 'u999' })).toEqual([]);
  });
});
