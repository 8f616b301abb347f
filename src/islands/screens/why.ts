/**
 * « Pourquoi ? »: one short sentence of the course for a refusal of the portal, shown under the portal's own
 * message in entraînement. Keyed by issue code, then by the code's family (`recipient`, `attachment`…).
 *
 * The texts are read at build time (Simulation.astro) and handed to the island as a prop: they travel in the
 * page's HTML rather than in its JavaScript budget. The frame picks the text of the first refusal that has one (by code, then by family).
 */
export const WHY_TEXTS: Readonly<Record<string, string>> = {
  'invoice.numberTaken': 'Un numéro de facture ne sert qu’une fois par fournisseur : une facture rejetée se refait avec un nouveau numéro.',
  'invoice.cadreOtherEspace': 'Le cadre de facturation dit qui dépose quoi : « Factures émises » ne reçoit que les factures de fournitures et de services.',
  'invoice.cadreUnknown': 'Le cadre de facturation dit qui dépose quoi : A1 pour la facture ordinaire d’un fournisseur.',
  'invoice.bankAccountRequired': 'Pour être payé par virement, la facture doit porter les coordonnées bancaires de votre structure.',
  'invoice.notAcknowledged': 'Acquitter confirme que vous avez vu le rejet ; « Traiter le rejet » vient ensuite et retire la facture de la Synthèse.',
  'invoice.recycleUnchanged': 'Une facture « À recycler » revient pour une erreur dans les données du destinataire : corrigez-les avant de la renvoyer.',
  'invoice.completionEmpty': 'Une facture suspendue attend un complément : une pièce jointe ou un commentaire.',
  'invoice.valideurRequired': 'Les factures de sous-traitant (A9) et de cotraitant (A12) passent d’abord par le titulaire ou le mandataire du marché.',
  'invoice.dateInFuture': 'La date de la facture est celle que vous lui donnez : elle ne peut pas être postérieure au jour du dépôt.',
  'invoice.wrongStatus': 'Chaque statut n’autorise que certaines actions : le portail grise les autres.',
  'invoice.confirmationNotRequested': 'L’envoi se fait en deux temps : « Valider et envoyer » contrôle la facture, « Confirmer et envoyer » l’envoie.',
  'session.popupMandatory': 'Au-delà de 7 jours, acquitter les factures rejetées ou suspendues devient obligatoire avant toute autre action.',
  'field.required': 'Les champs marqués d’un astérisque sont obligatoires pour envoyer la facture.',
  'works.cadreOtherEspace': 'Chaque cadre appartient à un espace : les pièces de travaux vont dans « Factures de travaux », les factures de fournitures et de services dans « Factures émises ».',
  'works.cadreWrongRole': 'Le cadre dit qui dépose quoi : le titulaire dépose ses projets de décompte, la maîtrise d’œuvre ses états d’acompte.',
  'works.fileRequired': 'Depuis 2016, une pièce de travaux ne se saisit plus dans le portail : on dépose le document PDF.',
  'works.commentRequired': 'La maîtrise d’œuvre qui retient un autre montant ne rejette pas la demande : elle révise le montant et dit pourquoi.',
  'works.moaNotDesignated': 'Le portail vérifie que le SIRET saisi est celui de la maîtrise d’ouvrage désignée pour le marché : recopiez-le de la fiche identité du marché.',
  'works.moaRequired': 'Une pièce de travaux nomme toujours sa maîtrise d’ouvrage : son SIRET est sur la fiche identité du marché.',
  'works.moaCodeServiceRequired': 'Chaque structure publique choisit ce qu’elle exige : la fiche identité du marché donne le code service de la maîtrise d’ouvrage.',
  'works.moaCodeServiceUnknown': 'Chaque structure publique choisit ce qu’elle exige : la fiche identité du marché donne le code service de la maîtrise d’ouvrage.',
  'works.moeRequired': 'Sur un marché avec maître d’œuvre, la demande passe d’abord par lui : c’est lui qui vérifie les travaux et établit l’état d’acompte.',
  'works.moeNotDesignated': 'La fiche identité du marché nomme la maîtrise d’œuvre : la demande doit aller à celle-là, pas à un autre acteur.',
  'works.moeNotOnMarche': 'Sans maître d’œuvre, la demande va directement à la maîtrise d’ouvrage : on laisse le champ de la maîtrise d’œuvre vide.',
  'works.engagementUnknown': 'Le numéro d’engagement désigne le marché chez l’acheteur public : la fiche identité du marché le donne.',
  'works.engagementRequired': 'Le numéro d’engagement désigne le marché chez l’acheteur public : la fiche identité du marché le donne.',
  'works.autoliquidation': 'En sous-traitance de travaux de construction, le sous-traitant facture hors taxe : c’est le titulaire qui déclare et paie la TVA (autoliquidation, mention « Autoliquidation » sur le document).',

  recipient:
    'Chaque structure publique choisit ce qu’elle exige sur ses factures (code service, numéro d’engagement, les deux ou l’un des deux) : le portail l’affiche dès que son SIRET est saisi.',
  money: 'Les montants se calculent à partir des lignes : quantité × prix unitaire HT, puis la TVA taux par taux.',
  attachment: 'Le portail limite les pièces jointes : un nom de 50 caractères au plus avec son extension, moins de 10 Mo par fichier.',
  siret: 'Un SIRET compte 14 chiffres dont le dernier est une clé de contrôle : une seule faute de frappe le rend invalide.',
  date: 'Les dates se saisissent jour, mois et année : le portail refuse une date qui n’existe pas.',
};
