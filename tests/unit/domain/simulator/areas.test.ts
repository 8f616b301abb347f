import { describe, expect, it } from 'vitest';
import {
  accountHandlers,
  accountMessages,
  ALL_AREAS,
  allHandlers,
  allMessages,
  coreHandlers,
  coreMessages,
  createWorld,
  EVENT_TYPES,
  fullSimulator,
  helpHandlers,
  helpMessages,
  invoiceHandlers,
  invoiceMessages,
  invoicesArea,
  makeSimulator,
  MESSAGE_CODES,
  sampleInvoice,
  supplierWorld,
  validationHandlers,
  validationMessages,
  worksArea,
  worksHandlers,
  worksMessages,
  worksWorld,
  type Event,
  type IssueCode,
} from '../../../../src/domain/simulator';

/**
 * The simulator's areas: each a value (handlers, messages, time rule) that a page hands to `makeSimulator`. The
 * tables partition the whole, every area's rule is the full simulator's, and a simulator knows only its areas'
 * rules. Which areas a scenario needs is checked with its island (tests/unit/islands/screens/areas.test.ts).
 */
describe('simulator areas', () => {
  it('partition the handlers and the messages', () => {
    const handlerKeys = [coreHandlers, accountHandlers, invoiceHandlers, validationHandlers, helpHandlers, worksHandlers].flatMap((table) => Object.keys(table));
    expect(new Set(handlerKeys).size).toBe(handlerKeys.length);
    expect(handlerKeys.sort()).toEqual([...EVENT_TYPES].sort());
    expect(Object.keys(allHandlers).sort()).toEqual([...EVENT_TYPES].sort());
    const messageKeys = [coreMessages, accountMessages, invoiceMessages, validationMessages, helpMessages, worksMessages].flatMap((table) => Object.keys(table));
    expect(new Set(messageKeys).size).toBe(messageKeys.length);
    expect(messageKeys.sort()).toEqual([...MESSAGE_CODES].sort());
  });

  it('together handle every event and word every issue, each with the full simulator’s rule', () => {
    for (const type of EVENT_TYPES) expect(fullSimulator.handles(type), type).toBe(true);
    for (const code of MESSAGE_CODES) expect(fullSimulator.hasMessage(code), code).toBe(true);
    for (const area of ALL_AREAS) {
      expect(Object.keys(area.handlers).length, area.id).toBeGreaterThan(0);
      for (const [type, handler] of Object.entries(area.handlers)) expect(handler, `${area.id}: ${type}`).toBe(allHandlers[type as Event['type']]);
      for (const [code, write] of Object.entries(area.messages)) expect(write, `${area.id}: ${code}`).toBe(allMessages[code as IssueCode]);
    }
    expect(new Set(ALL_AREAS.map((area) => area.id)).size).toBe(ALL_AREAS.length);
  });

  it('make a simulator that knows its areas’ rules only', () => {
    const invoices = makeSimulator([invoicesArea]);
    expect(invoices.handles('invoice.save')).toBe(true);
    expect(invoices.handles('clock.advance')).toBe(true);
    expect(invoices.handles('account.create')).toBe(false);
    expect(invoices.hasMessage('field.required')).toBe(true);
    expect(invoices.hasMessage('account.loginEmailTaken')).toBe(false);
    // An event of an area the simulator was not made with is a bug of the page, not learner input.
    expect(() => invoices.transition(createWorld(), { type: 'account.activate', token: 'x' })).toThrow(/no area of this simulator handles "account.activate"/);
    // An issue of another area still gets a sentence naming it.
    expect(invoices.message({ code: 'account.loginEmailTaken', path: 'email', params: {} })).toBe('Action refusée par le portail (account.loginEmailTaken).');
    // Two simulators on one page do not share their rules (nothing is registered globally).
    expect(makeSimulator([worksArea]).handles('invoice.save')).toBe(false);
    const world = supplierWorld();
    expect(invoices.transition(world, { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world) }).issues).toEqual([]);
  });

  it('run an area’s time rule only in a simulator made with it', () => {
    const world = worksWorld();
    expect(makeSimulator([worksArea]).transition(world, { type: 'clock.advance', minutes: 60 }).issues).toEqual([]);
    expect(() => makeSimulator([invoicesArea]).transition(world, { type: 'clock.advance', minutes: 60 })).toThrow(/works area/);
  });
});
