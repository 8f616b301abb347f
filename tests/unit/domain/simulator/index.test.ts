import { describe, expect, it } from 'vitest';
import * as simulator from '../../../../src/domain/simulator';

describe('the public barrel', () => {
  it('exposes the engine, the rules, the views and the fixtures', () => {
    for (const name of ['transition', 'can', 'replay', 'message', 'invariants', 'createWorld', 'supplierWorld', 'checkSiret', 'checkIban', 'computeTotals', 'searchInvoices', 'synthese', 'checkInvoice', 'checkPassword']) {
      expect(typeof (simulator as Record<string, unknown>)[name]).toBe('function');
    }
    expect(simulator.STATUS_LABELS.A_RECYCLER).toBe('À recycler');
  });
});
