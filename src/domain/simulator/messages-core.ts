/**
 * Messages every area can produce (fields, identifiers, session, clock), the refusals several areas share
 * (access to an espace, an unknown invoice), and the helpers of all tables. A simulator shows its areas' tables
 * on top of this one only (simulator.ts), so a refusal two areas share belongs here rather than in either area's table.
 */
import type { IssueCode, IssueParams } from './issues';
import { ESPACE_LABELS, type EspaceId } from './model';
import { isoFromMinutes } from './rules/dates';

/** Each code's message, written from that code's own parameters (IssueParamMap). */
export type MessageTable = { readonly [C in IssueCode]?: (params: IssueParams<C>) => string };

/** An `espace` param holds an id; show its label. */
export function espace(id: string): string {
  return id in ESPACE_LABELS ? ESPACE_LABELS[id as EspaceId] : id;
}

/** A moment of the simulated clock as « 14 h 05 le 03/03/2025 ». */
export function moment(minutes: number): string {
  const iso = isoFromMinutes(minutes);
  const [date = '', time = ''] = iso.split('T');
  const [y, m, d] = date.split('-');
  return `${time.slice(0, 2)} h ${time.slice(3, 5)} le ${d}/${m}/${y}`;
}

export const coreMessages = {
  'field.required': () => 'Ce champ est obligatoire.',
  'field.tooLong': (p) => `Ce champ ne peut pas dépasser ${p.max} caractères.`,
  'siren.notDigits': () => 'Le SIREN ne doit contenir que des chiffres.',
  'siren.length': (p) => `Le SIREN doit comporter 9 chiffres (vous en avez saisi ${p.actual}).`,
  'siren.checksum': () => "Le SIREN saisi n'est pas valide : vérifiez les chiffres.",
  'siret.notDigits': () => 'Le SIRET ne doit contenir que des chiffres.',
  'siret.length': (p) => `Le SIRET doit comporter 14 chiffres (vous en avez saisi ${p.actual}).`,
  'siret.checksum': () => "Le SIRET saisi n'est pas valide : vérifiez les chiffres (clé de contrôle incorrecte).",
  'vat.format': () => 'Le numéro de TVA intracommunautaire doit avoir la forme FR + 2 chiffres + SIREN (13 caractères).',
  'vat.sirenChecksum': () => "Le SIREN contenu dans le numéro de TVA n'est pas valide.",
  'vat.key': () => 'La clé du numéro de TVA intracommunautaire ne correspond pas au SIREN.',
  'date.invalid': () => "La date n'est pas valide (format attendu : JJ/MM/AAAA).",
  'session.required': () => 'Vous devez être connecté pour effectuer cette action.',
  'session.popupMandatory': () => "Des factures rejetées ou suspendues attendent depuis plus de 7 jours : vous devez d'abord les acquitter.",
  'structure.unknown': () => "Aucune structure ne correspond à ce SIRET dans Chorus Pro.",
  'structure.notMember': () => "Vous n'êtes pas rattaché à cette structure.",
  'structure.notManager': () => 'Seul le gestionnaire principal de la structure peut effectuer cette action.',
  'espace.notSubscribed': (p) => `Vous n'êtes pas abonné à l'espace « ${espace(p.espace)} » : ajoutez un abonnement dans « Mon compte ».`,
  'espace.readOnly': (p) => `Votre abonnement à l'espace « ${espace(p.espace)} » est en consultation : la modification n'est pas autorisée.`,
  'espace.reconnectRequired': (p) => `Déconnectez-vous puis reconnectez-vous pour voir l'espace « ${espace(p.espace)} ».`,
  // Every espace that handles invoices (émises, à valider, travaux) refuses an id it does not know.
  'invoice.unknown': () => 'Cette facture est introuvable.',
  'invoice.nothingToAcknowledge': () => 'Aucune facture à acquitter.',
  // Amounts, cadres and attached files are checked the same way by « Factures émises » and « Factures de travaux ».
  'money.notCents': () => "Le montant n'est pas valide : deux décimales au plus.",
  'money.negative': () => 'Le montant ne peut pas être négatif.',
  'invoice.cadreUnknown': (p) => `Le cadre de facturation « ${p.cadre} » n'existe pas.`,
  'attachment.nameTooLong': (p) => `Le nom du fichier ne doit pas dépasser ${p.max} caractères, extension comprise.`,
  'attachment.extensionMissing': () => 'Le nom du fichier doit comporter une extension (par exemple .pdf).',
  'attachment.extensionNotAllowed': (p) => `Le format « .${p.extension} » n'est pas accepté pour une pièce jointe.`,
  'attachment.tooLarge': (p) => `Chaque pièce jointe doit peser moins de ${p.max} Mo.`,
  'attachment.totalTooLarge': (p) => `La facture et ses pièces jointes ne doivent pas dépasser ${p.max} Mo au total.`,
  'attachment.size': () => 'Ce fichier est vide ou illisible.',
  'clock.minutes': () => "Le temps avance d'un nombre entier de minutes, au plus un an.",
} satisfies MessageTable;
