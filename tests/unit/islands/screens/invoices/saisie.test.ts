// @vitest-environment happy-dom
import { h } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { can, createdId, message, sampleInvoice, supplierWorld, transition, type Event, type World } from '../../../../../src/domain/simulator';
import { SaisieScreen } from '../../../../../src/islands/screens/invoices/saisie';
import type { Dispatched, ScreenProps } from '../../../../../src/islands/screens/types';

/** What the screen asked of the portal: the events it dispatched (with what the portal answered) and where it went. */
interface Journal {
  dispatched: { event: Event; result: Dispatched }[];
  navigated: { screen: string; params: Readonly<Record<string, string>> }[];
}

/** A frame in miniature: the world lives here, `dispatch` applies each event to the latest world, as the store does. */
function Frame({ start, params, journal }: { start: World; params: Record<string, string>; journal: Journal }) {
  const [world, setWorld] = useState(start);
  const latest = useRef(start);
  const props: ScreenProps = {
    world,
    dispatch: (event) => {
      const moved = transition(latest.current, event);
      const result = { issues: moved.issues, effects: moved.effects, messages: moved.issues.map(message) };
      journal.dispatched.push({ event, result });
      latest.current = moved.world;
      setWorld(moved.world);
      return result;
    },
    check: (event) => {
      const verdict = can(world, event);
      return verdict.ok ? { ok: true } : { ok: false, reasons: verdict.issues.map((found) => message(found)), issues: verdict.issues };
    },
    navigate: (screen, next = {}) => journal.navigated.push({ screen, params: next }),
    params,
    readOnly: false,
  };
  return h(SaisieScreen, props);
}

const button = (root: HTMLElement, name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button « ${name} »`);
  return found;
};

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

describe('« Saisir une facture »', () => {
  it('sends the brouillon it just saved, by the id the portal gave it, and opens that invoice once confirmed', () => {
    const world = supplierWorld();
    const journal: Journal = { dispatched: [], navigated: [] };
    root = document.createElement('div');
    document.body.append(root);
    // The form filled as a démonstration step fills it.
    const shown: Event = { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world) };
    act(() => render(h(Frame, { start: world, params: { event: JSON.stringify(shown) }, journal }), root as HTMLElement));

    act(() => button(root as HTMLElement, 'Valider et envoyer').click());
    const [save, submit] = journal.dispatched;
    expect(save?.event).toMatchObject({ type: 'invoice.save', invoiceId: null });
    const id = createdId(save?.result.effects ?? [], 'invoice');
    expect(id).toBeDefined();
    expect(submit?.event).toEqual({ type: 'invoice.submit', invoiceId: id });
    expect(submit?.result.issues).toEqual([]);
    expect(root.textContent).toContain('Confirmation d');

    act(() => button(root as HTMLElement, 'Confirmer et envoyer').click());
    expect(journal.dispatched.map((d) => d.event.type)).toEqual(['invoice.save', 'invoice.submit', 'invoice.confirm']);
    expect(journal.navigated).toEqual([{ screen: 'factures/detail', params: { invoiceId: id, sent: '1' } }]);
  });

  it('files the portal’s refusal of « Valider et envoyer » under its field and opens nothing', () => {
    const world = supplierWorld();
    const journal: Journal = { dispatched: [], navigated: [] };
    root = document.createElement('div');
    document.body.append(root);
    const shown: Event = { type: 'invoice.save', invoiceId: null, data: sampleInvoice(world, { number: '' }) };
    act(() => render(h(Frame, { start: world, params: { event: JSON.stringify(shown) }, journal }), root as HTMLElement));

    act(() => button(root as HTMLElement, 'Valider et envoyer').click());
    // The brouillon is saved (a number may be missing there), « Valider et envoyer » is refused for the number.
    expect(journal.dispatched.map((d) => d.event.type)).toEqual(['invoice.save', 'invoice.submit']);
    const refusal = journal.dispatched[1]?.result.issues ?? [];
    expect(refusal.map((found) => found.path)).toContain('number');
    const numberField = [...root.querySelectorAll('label')].find((label) => label.textContent?.includes('Numéro de facture'))?.closest('.cpa-field');
    expect(numberField?.textContent).toContain(message(refusal.find((found) => found.path === 'number')!));
    expect(journal.navigated).toEqual([]);
  });
});
