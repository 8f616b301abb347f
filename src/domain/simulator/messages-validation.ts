/** Messages of « Factures à valider »: the valideur's decisions on A9 / A12 invoices. */
import type { IssueParams } from './issues';
import { str, type MessageTable } from './messages-core';

const ROLE: Readonly<Record<string, string>> = { titulaire: 'le titulaire du marché', mandataire: 'le mandataire du groupement' };
const role = (p: IssueParams) => ROLE[str(p, 'role')] ?? 'le valideur';

export const validationMessages = {
  'validation.notSubject': (p) =>
    `La facture n° ${str(p, 'number')} (cadre ${str(p, 'cadre')}) ne passe pas par « Factures à valider » : seules les factures de sous-traitant (A9) et de cotraitant (A12) ont un valideur.`,
  'validation.ownInvoice': (p) =>
    `Vous êtes le fournisseur de la facture n° ${str(p, 'number')} : vous ne pouvez pas la valider vous-même. C'est ${role(p)}, ${str(p, 'valideur')}, qui la valide.`,
  'validation.notValideur': (p) =>
    `Votre structure n'est pas le valideur de la facture n° ${str(p, 'number')} : seul ${role(p)} désigné sur la facture, ${str(p, 'valideur')}, peut la valider ou la refuser.`,
  'validation.alreadyDecided': (p) =>
    `La facture n° ${str(p, 'number')} n'est plus à valider (statut « ${str(p, 'status')} ») : l'action « ${str(p, 'action')} » n'est plus possible.`,
  'validation.roleNotConfirmed': (p) => `Cochez la case confirmant que vous êtes ${role(p)} avant d'enregistrer la validation.`,
  'validation.reasonRequired': () => 'Un motif est obligatoire pour refuser la facture : le fournisseur le lira.',
} satisfies MessageTable;
