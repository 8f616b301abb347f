/**
 * The « Saisir une facture » form as data, apart from its screen so that it can be tested alone: the form's
 * state (amounts as typed, in euros with a French comma), its start (a brouillon, a démonstration step, or
 * blank), its conversion to the simulator's InvoiceInput (amounts in cents), and the order of its fields.
 */
import {
  dateOf,
  type InvoiceInput,
  type LineInput,
  type RecipientRequirement,
  type World,
} from '../../../domain/simulator/core';
import { demoEvent } from '../kit';
import { eurosText, parseEuros, parseQuantity, quantityText } from './amounts';

export interface LineForm {
  designation: string;
  quantity: string;
  unitPrice: string;
  vatRate: string;
}

/** The simulator's input as the form holds it: amounts as typed (text), the totals computed by the screen. */
export type FormState = Omit<InvoiceInput, 'lines' | 'declaredTotals'> & { lines: LineForm[] };

export const EMPTY_LINE: LineForm = { designation: '', quantity: '', unitPrice: '', vatRate: '2000' };

/** What the learner sees of each requirement of the annuaire (facts §1.9). */
export const REQUIREMENT_TEXT: Readonly<Record<RecipientRequirement, string>> = {
  aucun: 'ni code service ni numéro d’engagement obligatoires',
  codeService: 'le code service est obligatoire',
  engagement: 'le numéro d’engagement est obligatoire',
  codeServiceEtEngagement: 'le code service et le numéro d’engagement sont obligatoires',
  codeServiceOuEngagement: 'le code service ou le numéro d’engagement (au moins l’un des deux) est obligatoire',
};

export function fromInput(data: InvoiceInput): FormState {
  return {
    ...data,
    lines: data.lines.map((line) => ({
      designation: line.designation,
      quantity: quantityText(line.quantity),
      unitPrice: eurosText(line.unitPriceCents),
      vatRate: String(line.vatRate),
    })),
    attachments: data.attachments.map((file) => ({ ...file })),
  };
}

export function blank(world: World, supplierSiret: string): FormState {
  const bank = world.structures[supplierSiret]?.bankAccounts.find((account) => account.active);
  return {
    supplierSiret,
    cadre: 'A1',
    kind: 'FACTURE',
    number: '',
    date: dateOf(world.now),
    recipientSiret: '',
    codeService: '',
    engagement: '',
    valideurSiret: '',
    vatType: 'TVA_SUR_ENCAISSEMENT',
    paymentMode: 'VIREMENT',
    bankAccountId: bank?.id ?? '',
    lines: [{ ...EMPTY_LINE }],
    attachments: [],
    comment: '',
  };
}

/** The form as the simulator's InvoiceInput: amounts in cents, empty lines left out. */
export function toInput(form: FormState): InvoiceInput {
  const lines: LineInput[] = form.lines
    .filter((line) => line.designation.trim() !== '' || line.quantity.trim() !== '' || line.unitPrice.trim() !== '')
    .map((line) => ({
      designation: line.designation,
      quantity: parseQuantity(line.quantity),
      unitPriceCents: parseEuros(line.unitPrice),
      discountCents: 0,
      vatRate: Number(line.vatRate),
    }));
  return { ...form, lines, declaredTotals: null, attachments: form.attachments.map((file) => ({ ...file })) };
}

/** The lines that can be totalled (readable amounts), for the live VAT summary. */
export function readableLines(input: InvoiceInput): LineInput[] {
  return input.lines.filter(
    (line) => Number.isFinite(line.quantity) && line.quantity > 0 && Number.isSafeInteger(line.unitPriceCents) && line.unitPriceCents >= 0,
  );
}

/** The form's start: the démonstration step's event, else the brouillon opened, else a blank form. */
export function initialForm(world: World, params: Readonly<Record<string, string>>, supplierSiret: string): FormState {
  const invoice = params['invoiceId'] ? world.invoices[params['invoiceId']] : undefined;
  const shown = demoEvent(params, 'invoice.save');
  if (shown) return fromInput(shown.data);
  return invoice ? fromInput(invoice.data) : blank(world, supplierSiret);
}

/** The form's fields in screen order (where the focus goes on a refusal). */
export function fieldOrder(form: FormState): string[] {
  return [
    'supplierSiret',
    'cadre',
    'valideurSiret',
    'recipientSiret',
    'codeService',
    'engagement',
    'kind',
    'number',
    'date',
    'vatType',
    'paymentMode',
    'bankAccountId',
    ...form.lines.flatMap((_, i) => [`lines.${i}.designation`, `lines.${i}.quantity`, `lines.${i}.unitPriceCents`, `lines.${i}.vatRate`]),
    'lines',
    'attachments',
    'comment',
  ];
}
