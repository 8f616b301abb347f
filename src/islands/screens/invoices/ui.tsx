/**
 * Pieces of the « Factures émises » screens: the espace's tabs and how an invoice is named in lists. Fields,
 * blocks, the form hook and the formats are the kit's (`../kit`).
 */
import type { Invoice, World } from '../../../domain/simulator/core';
import { espaceTabs } from '../kit';
import './invoices.css';

/** The tabs of the espace « Factures émises » (facts §1.4), plus the deposit form. */
const TABS = [
  { screen: 'factures/synthese', label: 'Synthèse' },
  { screen: 'factures/tableau-de-bord', label: 'Tableau de bord' },
  { screen: 'factures/recherche', label: 'Recherche' },
  { screen: 'factures/saisie', label: 'Saisir une facture' },
] as const;

export const InvoiceTabs = espaceTabs('Factures émises', TABS);

/** The invoice's number as the lists show it. */
export function numberOf(invoice: Invoice): string {
  return invoice.data.number || '(sans numéro)';
}

/** The recipient's name from the annuaire, or its SIRET. */
export function recipientName(world: World, siret: string): string {
  return world.recipients[siret]?.name ?? (siret || '—');
}
