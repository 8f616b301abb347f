/**
 * Keyboard-only steps of the « Factures émises » simulations in end-to-end tests: perform a scenario step from
 * its data (type what the event holds, press the step's control), on the shared helpers of sim-support.ts.
 * Used by simulations.spec.ts and the LMS harness spec (resume mid-exercise).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Event, ScenarioStep } from '../../src/domain/simulator';
import { VAT_TYPE_LABELS } from '../../src/domain/simulator/rules/money';
import { focusByKeyboard, pressKey, stepControl, typeDate, typeInto } from './sim-support';

const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/** Types what a step's event holds into the current screen, then presses the step's control. */
export async function performStep(page: Page, sim: Locator, step: ScenarioStep): Promise<void> {
  const event = step.event as Event | undefined;
  if (event?.type === 'invoice.save') {
    const data = event.data;
    await typeInto(page, sim.getByLabel('SIRET du destinataire'), data.recipientSiret);
    await typeInto(page, sim.getByLabel('Code service'), data.codeService);
    await typeInto(page, sim.getByLabel('Numéro d’engagement'), data.engagement);
    await typeInto(page, sim.getByLabel('Numéro de facture'), data.number);
    if (data.cadre !== 'A1') {
      // A closed select takes the typed start of an option (« A9 — … »).
      const cadre = sim.getByRole('combobox', { name: 'Cadre de facturation' });
      await focusByKeyboard(page, cadre);
      await page.keyboard.type(data.cadre);
      await expect(cadre).toHaveValue(data.cadre);
    }
    if (data.valideurSiret) await typeInto(page, sim.getByLabel('SIRET du valideur (titulaire ou mandataire)'), data.valideurSiret);
    // « TVA sur encaissement » is the form's default (services); a delivery of goods takes « TVA sur débit ».
    const vatType = sim.getByRole('combobox', { name: 'Type de TVA' });
    if ((await vatType.inputValue()) !== data.vatType) {
      await focusByKeyboard(page, vatType);
      await page.keyboard.press('Home');
      await page.keyboard.type(VAT_TYPE_LABELS[data.vatType]);
      await expect(vatType).toHaveValue(data.vatType);
    }
    for (const [i, line] of data.lines.entries()) {
      await typeInto(page, sim.getByLabel(`Désignation (ligne ${i + 1})`), line.designation);
      await typeInto(page, sim.getByLabel(`Quantité (ligne ${i + 1})`), String(line.quantity).replace('.', ','));
      await typeInto(page, sim.getByLabel(`Prix unitaire HT en euros (ligne ${i + 1})`), euros(line.unitPriceCents));
    }
  } else if (event?.type === 'invoice.recycle') {
    await typeInto(page, sim.getByLabel('SIRET du destinataire'), event.recipientSiret);
    await typeInto(page, sim.getByLabel('Code service'), event.codeService);
    await typeInto(page, sim.getByLabel('Numéro d’engagement'), event.engagement);
  } else if (event?.type === 'invoice.search') {
    const dates: [string, string | undefined][] = [
      ['Date de dépôt du', event.criteria.depositFrom],
      ['Date de dépôt au', event.criteria.depositTo],
      ['Date fournisseur du', event.criteria.supplierDateFrom],
      ['Date fournisseur au', event.criteria.supplierDateTo],
    ];
    for (const [label, iso] of dates) if (iso) await typeDate(page, sim.getByLabel(label), iso);
    if (event.criteria.number) await typeInto(page, sim.getByLabel('Numéro de facture'), event.criteria.number);
  } else if (event?.type === 'invoice.complete') {
    const file = event.attachments[0];
    if (file) {
      await typeInto(page, sim.getByLabel('Nom de la pièce jointe'), file.name);
      await typeInto(page, sim.getByLabel('Taille de la pièce jointe en Ko'), String(file.size / 1024));
    }
    if (event.comment) await typeInto(page, sim.getByLabel('Commentaire pour le destinataire'), event.comment);
  } else if (event?.type === 'clock.advance') {
    const durations: Record<number, string> = { 10: '10', 60: '1 h', 1440: '1 jour', 10080: '7', 21600: '15' };
    const duration = sim.getByLabel('Durée');
    await focusByKeyboard(page, duration);
    await page.keyboard.type(durations[event.minutes] ?? '');
    await expect(duration).toHaveValue(String(event.minutes));
  }
  if (!step.target) throw new Error(`step ${step.id} names no control to press`);
  await pressKey(page, stepControl(sim, step.target));
}
