import { describe, expect, it } from 'vitest';
import { conditionMet, createdId, transition } from '../../../../../src/domain/simulator';
import { run, sampleInvoice, supplierWorld } from '../../../../../src/domain/simulator/fixtures';
import type { World } from '../../../../../src/domain/simulator/model';
import { ok, refused } from '../helpers';

/** Two invoices deposited a day apart (2 and 3 March 2026) and a brouillon. */
function world(): World {
  let w = supplierWorld();
  for (const number of ['FA-1', 'FA-2']) {
    const saved = transition(w, { type: 'invoice.save', invoiceId: null, data: sampleInvoice(w, { number }) });
    const id = createdId(saved.effects, 'invoice') ?? '';
    w = run(saved.world, { type: 'invoice.submit', invoiceId: id }, { type: 'invoice.confirm', invoiceId: id });
    w = run(w, { type: 'clock.advance', minutes: 1440 });
  }
  return run(w, { type: 'invoice.save', invoiceId: null, data: sampleInvoice(w, { number: 'BR-1' }) });
}
const numbers = (w: World) => (w.session?.lastSearch?.resultIds ?? []).map((id) => w.invoices[id]?.data.number);

describe('invoice.search', () => {
  it('keeps the results of the session’s last search', () => {
    const after = ok(world(), { type: 'invoice.search', criteria: { depositFrom: '2026-03-03', depositTo: '2026-03-31' } });
    expect(numbers(after)).toEqual(['FA-2']);
    const all = ok(after, { type: 'invoice.search', criteria: {} });
    expect(numbers(all).sort()).toEqual(['BR-1', 'FA-1', 'FA-2']);
  });

  it('a deposit period leaves brouillons out; the goal checks the numbers found, in any order', () => {
    const after = ok(world(), { type: 'invoice.search', criteria: { depositFrom: '2026-03-01', depositTo: '2026-03-31' } });
    expect(conditionMet(after, { type: 'search-results', numbers: ['FA-2', 'FA-1'] })).toBe(true);
    expect(conditionMet(after, { type: 'search-results', numbers: ['FA-1'] })).toBe(false);
    expect(conditionMet(world(), { type: 'search-results', numbers: [] })).toBe(false);
  });

  it('refuses an inverted period, a malformed date, an unknown status, and a search without a session', () => {
    const w = world();
    expect(refused(w, { type: 'invoice.search', criteria: { depositFrom: '2026-03-31', depositTo: '2026-03-01' } })).toEqual(['search.periodInverted']);
    expect(refused(w, { type: 'invoice.search', criteria: { supplierDateFrom: '31/03/2026' } })).toEqual(['date.invalid']);
    expect(refused(w, { type: 'invoice.search', criteria: { status: 'PAYEE' } })).toEqual(['search.statusUnknown']);
    expect(refused(run(w, { type: 'session.logout' }), { type: 'invoice.search', criteria: {} })).toEqual(['session.required']);
  });
});
