/** Messages of « Factures émises » and of the public side's answers. */
import type { MessageTable } from './messages-core';
import { formatEuros } from './rules/money';

export const invoiceMessages = {
  'money.quantity': () => 'La quantité doit être supérieure à zéro, avec trois décimales au plus.',
  'money.vatRate': () => 'Le taux de TVA doit être 20 %, 10 %, 5,5 % ou 2,1 %.',
  'money.vatRateMustBeZero': () => 'Avec le type de TVA « Exonération » ou « Sans TVA », le taux de TVA doit être 0 %.',
  'money.htMismatch': (p) => `Le montant total HT ne correspond pas à la somme des lignes (${formatEuros(p.expected)}).`,
  'money.tvaMismatch': (p) => `Le montant de TVA ne correspond pas au récapitulatif TVA (${formatEuros(p.expected)}).`,
  'money.ttcMismatch': (p) => `Le montant TTC doit être égal au total HT plus la TVA (${formatEuros(p.expected)}).`,
  'bank.unknown': () => "Ces coordonnées bancaires n'existent pas (ou plus) pour la structure du fournisseur.",
  'invoice.cadreOtherEspace': (p) => `Le cadre de facturation ${p.cadre} ne se dépose pas dans « Factures émises » mais dans « ${p.espace} ».`,
  'invoice.numberTaken': (p) => `Le numéro de facture « ${p.number} » est déjà utilisé par ce fournisseur. Saisissez un autre numéro.`,
  'invoice.dateInFuture': () => 'La date de la facture ne peut pas être postérieure à la date du jour.',
  'invoice.valideurRequired': (p) => `Le cadre ${p.cadre} exige le SIRET du valideur (titulaire ou mandataire du marché).`,
  'invoice.valideurIsSupplier': () => 'Le valideur doit être une autre structure que le fournisseur.',
  'invoice.valideurUnknown': () => 'Le SIRET du valideur est inconnu de la base INSEE (SIRENE).',
  'invoice.noLines': () => 'La facture doit comporter au moins une ligne de poste.',
  'invoice.bankAccountRequired': () => 'Le mode de paiement « Virement » exige de sélectionner des coordonnées bancaires.',
  'invoice.wrongStatus': (p) => `L'action « ${p.action} » n'est pas possible sur une facture au statut « ${p.status} ».`,
  'invoice.confirmationNotRequested': () => "Cliquez d'abord sur « Valider et envoyer ».",
  'invoice.recycleUnchanged': () => "Modifiez le SIRET du destinataire, le code service ou le numéro d'engagement avant de renvoyer la facture.",
  'invoice.completionEmpty': () => 'Ajoutez au moins une pièce jointe ou un commentaire pour compléter la facture.',
  'invoice.notAcknowledged': (p) => `Acquittez d'abord le rejet de la facture n° ${p.number}.`,
  'invoice.alreadyAcknowledged': (p) => `La facture n° ${p.number} est déjà acquittée.`,
  'invoice.alreadyHandled': (p) => `Le rejet de la facture n° ${p.number} est déjà traité.`,
  'recipient.unknown': () => "Ce SIRET ne correspond à aucune structure publique référencée dans Chorus Pro.",
  'recipient.inactive': (p) => `La structure « ${p.recipient} » n'est pas active dans Chorus Pro : elle ne peut pas recevoir de facture.`,
  'recipient.codeServiceRequired': (p) => `Le code service est obligatoire pour la structure « ${p.recipient} ».`,
  'recipient.engagementRequired': (p) => `Le numéro d'engagement est obligatoire pour la structure « ${p.recipient} ».`,
  'recipient.codeServiceOrEngagementRequired': (p) =>
    `La structure « ${p.recipient} » exige le code service ou le numéro d'engagement : renseignez au moins l'un des deux.`,
  'recipient.codeServiceUnknown': (p) => `Le code service « ${p.code} » n'existe pas (ou n'est pas actif) pour la structure « ${p.recipient} ».`,
  'public.reasonRequired': (p) => `Un motif est obligatoire pour le statut « ${p.status} ».`,
  'public.statusNotForward': (p) => `Depuis le statut « ${p.status} », la facture ne peut qu'avancer dans son cycle de vie.`,
  'search.periodInverted': () => 'La date de fin de la période doit être postérieure à la date de début.',
  'search.statusUnknown': () => 'Choisissez un statut dans la liste.',
  'validation.pending': (p) =>
    `La facture n° ${p.number} est encore « À valider » chez le titulaire ou le mandataire : le destinataire ne l'a pas reçue, l'action « ${p.action} » n'est pas possible.`,
} satisfies MessageTable;
