/**
 * Keyboard-only helpers for the « Factures émises » simulations in end-to-end tests: find a scenario's
 * frame on a lesson page, and perform a scenario step from its data (type what the event holds, press the
 * step's control). Used by simulations.spec.ts and the LMS harness spec (resume mid-exercise).
 */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { Event, ScenarioStep } from '../../src/domain/simulator';

/** Presses Tab (then Shift+Tab) until `target` has the focus, as a keyboard user would. */
export async function focus(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 250; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await page.keyboard.press(key);
    }
  }
  await expect(target).toBeFocused();
}

export async function press(page: Page, target: Locator): Promise<void> {
  await focus(page, target);
  await page.keyboard.press('Enter');
}

export async function type(page: Page, field: Locator, value: string): Promise<void> {
  await focus(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  if (value === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(value);
  await expect(field).toHaveValue(value);
}

/**
 * The order in which this browser's date fields take their digits (it follows the browser's own language,
 * jj/mm/aaaa for a French one): probed once on a scratch field.
 */
export async function dateOrder(page: Page): Promise<'dmy' | 'mdy' | 'ymd'> {
  await page.evaluate(() => {
    const probe = document.createElement('input');
    probe.type = 'date';
    probe.id = 'date-order-probe';
    document.body.append(probe);
    probe.focus();
  });
  await page.keyboard.type('01022003');
  const value = await page.evaluate(() => {
    const probe = document.getElementById('date-order-probe') as HTMLInputElement;
    probe.remove();
    return probe.value;
  });
  return value === '2003-02-01' ? 'dmy' : value === '2003-01-02' ? 'mdy' : 'ymd';
}

/** Types a date into a date field with the keyboard, digits in the order the field shows. */
export async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  const order = await dateOrder(page);
  await focus(page, field);
  const [y = '', m = '', d = ''] = iso.split('-');
  await page.keyboard.type(order === 'dmy' ? `${d}${m}${y}` : order === 'mdy' ? `${m}${d}${y}` : `${y}${m}${d}`);
  await expect(field).toHaveValue(iso);
}

/** A control named by a step's target: a button, else a link. */
export function control(sim: Locator, name: string): Locator {
  return sim.getByRole('button', { name, exact: true }).or(sim.getByRole('link', { name, exact: true })).first();
}

const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/** Types what a step's event holds into the current screen, then presses the step's control. */
export async function performStep(page: Page, sim: Locator, step: ScenarioStep): Promise<void> {
  const event = step.event as Event | undefined;
  if (event?.type === 'invoice.save') {
    const data = event.data;
    await type(page, sim.getByLabel('SIRET du destinataire'), data.recipientSiret);
    await type(page, sim.getByLabel('Code service'), data.codeService);
    await type(page, sim.getByLabel('Numéro d’engagement'), data.engagement);
    await type(page, sim.getByLabel('Numéro de facture'), data.number);
    if (data.cadre !== 'A1') {
      // A closed select takes the typed start of an option (« A9 — … »).
      const cadre = sim.getByRole('combobox', { name: 'Cadre de facturation' });
      await focus(page, cadre);
      await page.keyboard.type(data.cadre);
      await expect(cadre).toHaveValue(data.cadre);
    }
    if (data.valideurSiret) await type(page, sim.getByLabel('SIRET du valideur (titulaire ou mandataire)'), data.valideurSiret);
    for (const [i, line] of data.lines.entries()) {
      await type(page, sim.getByLabel(`Désignation (ligne ${i + 1})`), line.designation);
      await type(page, sim.getByLabel(`Quantité (ligne ${i + 1})`), String(line.quantity).replace('.', ','));
      await type(page, sim.getByLabel(`Prix unitaire HT en euros (ligne ${i + 1})`), euros(line.unitPriceCents));
    }
  } else if (event?.type === 'invoice.recycle') {
    await type(page, sim.getByLabel('SIRET du destinataire'), event.recipientSiret);
    await type(page, sim.getByLabel('Code service'), event.codeService);
    await type(page, sim.getByLabel('Numéro d’engagement'), event.engagement);
  } else if (event?.type === 'invoice.search') {
    const dates: [string, string | undefined][] = [
      ['Date de dépôt du', event.criteria.depositFrom],
      ['Date de dépôt au', event.criteria.depositTo],
      ['Date fournisseur du', event.criteria.supplierDateFrom],
      ['Date fournisseur au', event.criteria.supplierDateTo],
    ];
    for (const [label, iso] of dates) if (iso) await typeDate(page, sim.getByLabel(label), iso);
    if (event.criteria.number) await type(page, sim.getByLabel('Numéro de facture'), event.criteria.number);
  } else if (event?.type === 'invoice.complete') {
    const file = event.attachments[0];
    if (file) {
      await type(page, sim.getByLabel('Nom de la pièce jointe'), file.name);
      await type(page, sim.getByLabel('Taille de la pièce jointe en Ko'), String(file.size / 1024));
    }
    if (event.comment) await type(page, sim.getByLabel('Commentaire pour le destinataire'), event.comment);
  } else if (event?.type === 'clock.advance') {
    const durations: Record<number, string> = { 10: '10', 60: '1 h', 1440: '1 jour', 10080: '7', 21600: '15' };
    const duration = sim.getByLabel('Durée');
    await focus(page, duration);
    await page.keyboard.type(durations[event.minutes] ?? '');
    await expect(duration).toHaveValue(String(event.minutes));
  }
  if (!step.target) throw new Error(`step ${step.id} names no control to press`);
  await press(page, control(sim, step.target));
}

/** The frame of a scenario on the page: its démonstration, or its activity (the one with the mode buttons). */
export function frame(scope: Page | FrameLocator, title: string, kind: 'demonstration' | 'activity'): Locator {
  const frames = scope.getByRole('region', { name: title });
  const modes = scope.getByRole('group', { name: 'Mode de l’exercice' });
  return (kind === 'activity' ? frames.filter({ has: modes }) : frames.filter({ hasNot: modes })).first();
}

/** Opens the lesson and returns the simulation's frame once hydrated. */
export async function open(page: Page, lesson: string, title: string, kind: 'demonstration' | 'activity' = 'activity'): Promise<Locator> {
  await page.goto(`lecons/${lesson}.html`);
  const sim = frame(page, title, kind);
  // client:visible: the island hydrates once in view (as it does when a keyboard user tabs into it).
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  return sim;
}
