import { describe, expect, it } from 'vitest';
import { can } from '../../../../src/domain/simulator';
import { createWorld, sampleInvoice, supplierWorld } from '../../../../src/domain/simulator/fixtures';

describe('can', () => {
  it('says yes to an allowed event without changing the world', () => {
    const world = supplierWorld();
    const before = structuredClone(world);
    expect(can(world, { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world) })).toEqual({ ok: true });
    expect(world).toEqual(before);
  });
  it('says no with the reasons, so a screen can disable the button and explain', () => {
    expect(can(createWorld(), { type: 'invoice.submit', invoiceId: 'f1' })).toEqual({
      ok: false,
      issues: [{ code: 'session.required', path: '', params: {} }],
    });
  });
});
