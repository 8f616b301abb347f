/**
 * What the simulation frame derives from a run and its scenario, as pure functions: the screen a
 * démonstration step shows (with the invoice or works piece it concerns and the event it fills in), the
 * status changes to announce, and the « Pourquoi ? » of a refusal (what cost points is in costs.ts).
 */
import { resolveEvent, STATUS_LABELS, WORKS_STATUS_LABELS, type Event, type Issue, type Simulator, type World } from '../simulator/core';
import { demoWorld, type RunScenario } from './run';

/** A screen of the mock portal with its parameters. */
export interface ScreenView {
  id: string;
  params: Record<string, string>;
}

/** Parameters a démonstration step gives its screen: the invoice or works piece concerned and the event it shows. */
export function stepParams(world: World, event: Event | undefined): Record<string, string> {
  if (!event) return {};
  const resolved = resolveEvent(world, event);
  const params: Record<string, string> = { event: JSON.stringify(resolved) };
  if ('invoiceId' in resolved && typeof resolved.invoiceId === 'string') params['invoiceId'] = resolved.invoiceId;
  if (resolved.type === 'invoice.acknowledge' && resolved.invoiceIds[0]) params['invoiceId'] = resolved.invoiceIds[0];
  if ('pieceId' in resolved && typeof resolved.pieceId === 'string') params['pieceId'] = resolved.pieceId;
  return params;
}

/** The invoice or works piece a control names by its number (« Ouvrir la facture n° F-12 »), if the world has it. */
export function numberedTarget(world: World, target: string | undefined): { invoiceId?: string; pieceId?: string } | null {
  const number = target ? /n°\s*(\S+)$/.exec(target)?.[1] : undefined;
  if (!number) return null;
  const piece = Object.values(world.works?.pieces ?? {}).find((p) => p.number === number);
  if (piece) return { pieceId: piece.id };
  const invoice = Object.values(world.invoices).find((i) => i.data.number === number);
  return invoice ? { invoiceId: invoice.id } : null;
}

/** The screen démonstration position `position` shows (`steps.length`: the result, on the last step's screen). */
export function demoScreen(simulator: Simulator, scenario: RunScenario, world: World, position: number): ScreenView | null {
  const steps = scenario.steps;
  const step = steps[Math.min(position, steps.length - 1)];
  if (!step) return null;
  if (position < steps.length) {
    if (step.event) return { id: step.screen, params: stepParams(world, step.event) };
    // A step that only opens a screen shows the invoice (or works piece) the previous step opened by its
    // number (« Consulter la pièce n° PDM-2026-03 »), else the one of the next step that acts on one.
    const opened = numberedTarget(world, steps[position - 1]?.target);
    const next = steps.slice(position + 1).find((s) => s.event)?.event;
    const { invoiceId, pieceId } = opened ?? (next ? stepParams(world, next) : {});
    return { id: step.screen, params: { ...(invoiceId ? { invoiceId } : {}), ...(pieceId ? { pieceId } : {}) } };
  }
  const last = [...steps].reverse().find((s) => s.event);
  const params = last ? stepParams(demoWorld(simulator, scenario, steps.length - 1), last.event) : {};
  delete params['event'];
  return { id: step.screen, params };
}

/** What changed in the invoices' and works pieces' statuses, as sentences for the live region. */
export function statusChanges(before: World, after: World): string[] {
  const invoices = Object.values(after.invoices).flatMap((invoice) => {
    const previous = before.invoices[invoice.id]?.status;
    if (previous === invoice.status) return [];
    const number = invoice.data.number || 'sans numéro';
    return [`Facture n° ${number} : statut « ${STATUS_LABELS[invoice.status]} ».`];
  });
  const pieces = Object.values(after.works?.pieces ?? {}).flatMap((piece) =>
    before.works?.pieces[piece.id]?.status === piece.status ? [] : [`Pièce n° ${piece.number} : statut « ${WORKS_STATUS_LABELS[piece.status]} ».`],
  );
  return [...invoices, ...pieces];
}

/** The « pourquoi » of the first refusal that has one, by code then by family (`recipient`…), or ''. */
export function whyOf(texts: Readonly<Record<string, string>>, issues: readonly Issue[]): string {
  for (const found of issues) {
    const text = texts[found.code] ?? texts[found.code.split('.')[0] ?? ''];
    if (text) return text;
  }
  return '';
}

