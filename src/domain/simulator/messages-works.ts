/** Messages of « Factures de travaux »: the circuit of a marché de travaux and the checks of its pieces. */
import type { MessageTable } from './messages-core';
import { WORKS_ROLE_LABELS, WORKS_STATUS_LABELS, type WorksRole, type WorksStatus } from './model-works';
import { formatEuros } from './rules/money';

/** `role` params hold a role id; show its label in lower case (« le titulaire », « la MOE »). */
function role(id: string): string {
  return id in WORKS_ROLE_LABELS ? WORKS_ROLE_LABELS[id as WorksRole].toLowerCase().replace('(moe)', '(MOE)').replace('(moa)', '(MOA)') : id;
}
/** `cadres` params hold a comma-separated list of codes: « A15 ou A16 ». */
function cadres(codes: string): string {
  const list = codes.split(',').filter((code) => code !== '');
  if (list.length === 0) return 'aucun';
  return list.length === 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} ou ${list[list.length - 1] ?? ''}`;
}
const status = (id: string) => WORKS_STATUS_LABELS[id as WorksStatus] ?? id;

export const worksMessages = {
  'works.pieceUnknown': () => 'Cette pièce de facturation est introuvable.',
  'works.notActor': (p) =>
    p.numero === ''
      ? "Votre structure n'est acteur d'aucun marché de travaux : seuls le titulaire, ses cotraitants, ses sous-traitants et la maîtrise d'œuvre déposent des pièces dans « Factures de travaux »."
      : `Votre structure n'est pas un acteur du marché ${p.numero} : seuls le titulaire, ses cotraitants, ses sous-traitants et la maîtrise d'œuvre y déposent des pièces.`,
  'works.cadreOtherEspace': (p) =>
    `Le cadre ${p.cadre} ne se dépose pas dans « Factures de travaux » mais dans « ${p.espace} ».`,
  'works.cadreWrongRole': (p) =>
    p.cadres === ''
      ? `Le cadre ${p.cadre} n'est pas celui de votre rôle, et en tant que ${role(p.role)} vous n'avez pas de pièce à déposer à cette étape du dossier.`
      : `Le cadre ${p.cadre} n'est pas celui de votre rôle : en tant que ${role(p.role)}, utilisez le cadre ${cadres(p.cadres)}.`,
  'works.cadreNotInitial': (p) =>
    `Le cadre ${p.cadre} ne peut pas ouvrir un dossier : il se dépose depuis la pièce reçue, avec « Déposer la pièce de facturation suivante ».`,
  'works.cadreNeedsMoe': (p) =>
    `Le marché ${p.numero} n'a pas de maîtrise d'œuvre : le cadre ${p.cadre}, propre à la MOE, n'y est pas utilisé.`,
  'works.cadreSansMoe': (p) =>
    `Le marché ${p.numero} a une maîtrise d'œuvre : déposez votre projet de décompte (cadre ${cadres(p.cadres)}), c'est la MOE qui établit l'état d'acompte.`,
  'works.nextNotAllowed': (p) =>
    `Après une pièce au cadre ${p.parent}, la pièce suivante se dépose au cadre ${cadres(p.cadres)}, pas ${p.cadre}.`,
  'works.noDirectPayment': () =>
    "Votre structure n'est pas admise au paiement direct sur ce marché : facturez le titulaire directement, hors Chorus Pro.",
  'works.notAvailable': (p) =>
    `La pièce n° ${p.number} n'est pas encore mise à disposition (statut « ${status(p.status)} ») : attendez qu'elle le soit pour déposer la pièce suivante.`,
  'works.alreadyFollowed': (p) =>
    `La pièce n° ${p.number} a déjà été traitée (statut « ${status(p.status)} ») : une pièce suivante ne se dépose qu'une fois.`,
  'works.validationPending': (p) =>
    `Le projet de décompte n° ${p.number} du sous-traitant attend la validation du titulaire : il ne peut pas encore être traité.`,
  'works.notSubjectToValidation': (p) =>
    `La pièce n° ${p.number} (cadre ${p.cadre}) n'attend pas de validation : seuls les projets de décompte de sous-traitant (A10) sont validés par le titulaire.`,
  'works.notTitulaire': (p) =>
    `Seul le titulaire du marché, ${p.titulaire}, valide le projet de décompte de son sous-traitant.`,
  'works.alreadyValidated': (p) => `Le projet de décompte n° ${p.number} est déjà validé.`,
  'works.numberTaken': (p) => `Le numéro « ${p.number} » est déjà utilisé par votre structure pour une autre pièce. Saisissez un autre numéro.`,
  'works.fileRequired': () => 'Choisissez le fichier de la pièce à importer (« Choix du fichier à importer ») : une pièce de travaux se dépose, elle ne se saisit pas.',
  'works.fileNotPdf': (p) => `La pièce de facturation doit être un fichier PDF (vous avez choisi un fichier « .${p.extension} »).`,
  'works.vatRate': () => 'Le taux de TVA doit être 20 %, 10 %, 5,5 %, 2,1 % ou 0 % (autoliquidation, exonération).',
  'works.amountZero': () => 'Le montant HT doit être supérieur à zéro.',
  'works.amountTooLarge': (p) => `Le montant ne peut pas dépasser ${formatEuros(p.max)} : vérifiez le montant saisi.`,
  'works.commentRequired': (p) =>
    `Le montant HT (${formatEuros(p.amount)}) diffère de celui de la pièce suivie (${formatEuros(p.requested)}) : expliquez la différence dans le commentaire.`,
  'works.engagementRequired': () => "Saisissez le numéro d'engagement juridique du marché : il figure sur la fiche identité du marché.",
  'works.engagementUnknown': (p) =>
    `Le numéro d'engagement « ${p.engagement} » ne correspond à aucun marché de travaux dont votre structure est acteur : recopiez-le depuis la fiche identité du marché.`,
  'works.moaRequired': () => "Saisissez le SIRET de la maîtrise d'ouvrage : le destinataire d'une pièce de travaux est toujours nommé.",
  'works.moaNotDesignated': (p) =>
    `Le SIRET ${p.siret} n'est pas celui de la maîtrise d'ouvrage désignée pour l'engagement ${p.engagement} : vérifiez le SIRET de la maîtrise d'ouvrage sur la fiche identité du marché.`,
  'works.moaCodeServiceRequired': () => "La maîtrise d'ouvrage exige un code service : saisissez celui de la fiche identité du marché.",
  'works.moaCodeServiceUnknown': (p) =>
    `Le code service « ${p.code} » n'est pas celui de la maîtrise d'ouvrage pour ce marché : recopiez-le depuis la fiche identité du marché.`,
  'works.moeRequired': (p) =>
    `Le marché ${p.numero} a une maîtrise d'œuvre : saisissez son SIRET, sinon votre demande n'irait pas vers elle.`,
  'works.moeNotDesignated': (p) =>
    `Le SIRET ${p.siret} n'est pas celui de la maîtrise d'œuvre du marché ${p.numero} : vérifiez-le sur la fiche identité du marché.`,
  'works.moeNotOnMarche': (p) =>
    `Le marché ${p.numero} n'a pas de maîtrise d'œuvre : laissez vide le SIRET de la maîtrise d'œuvre.`,
  'works.autoliquidation': (p) =>
    `Un projet de décompte de sous-traitant (${p.cadre}) se facture sans TVA : en sous-traitance de travaux de construction, c'est le titulaire qui déclare la TVA (autoliquidation, article 283-2 nonies du CGI). Choisissez 0 % et portez la mention « Autoliquidation » sur votre document.`,
  'works.notPayable': (p) =>
    `La pièce n° ${p.number} (cadre ${p.cadre}) n'est pas adressée au service financier : elle ne peut pas être mise en paiement.`,
  'works.alreadyPaid': (p) => `La pièce n° ${p.number} est déjà mise en paiement.`,
} satisfies MessageTable;
