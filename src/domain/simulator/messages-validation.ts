/** Messages of « Factures à valider »: the valideur's decisions on A9 / A12 invoices. */
import type { MessageTable } from './messages-core';

const ROLE: Readonly<Record<string, string>> = { titulaire: 'le titulaire du marché', mandataire: 'le mandataire du groupement' };
const role = (id: string) => ROLE[id] ?? 'le valideur';

export const validationMessages = {
  'validation.notSubject': (p) =>
    `La facture n° ${p.number} (cadre ${p.cadre}) ne passe pas par « Factures à valider » : seules les factures de sous-traitant (A9) et de cotraitant (A12) ont un valideur.`,
  'validation.ownInvoice': (p) =>
    `Vous êtes le fournisseur de la facture n° ${p.number} : vous ne pouvez pas la valider vous-même. C'est ${role(p.role)}, ${p.valideur}, qui la valide.`,
  'validation.notValideur': (p) =>
    `Votre structure n'est pas le valideur de la facture n° ${p.number} : seul ${role(p.role)} désigné sur la facture, ${p.valideur}, peut la valider ou la refuser.`,
  'validation.alreadyDecided': (p) =>
    `La facture n° ${p.number} n'est plus à valider (statut « ${p.status} ») : l'action « ${p.action} » n'est plus possible.`,
  'validation.roleNotConfirmed': (p) => `Cochez la case confirmant que vous êtes ${role(p.role)} avant d'enregistrer la validation.`,
  'validation.reasonRequired': () => 'Un motif est obligatoire pour refuser la facture : le fournisseur le lira.',
} satisfies MessageTable;
