/**
 * French messages for every issue code, worded close to the portal's own messages.
 *
 * The table is typed `Record<IssueCode, …>`, so a new code does not compile until it has a message.
 * Messages are written with ordinary spaces and pass through `typography()`, which applies French
 * typographic spacing: U+00A0 before « : » and inside « », U+202F before « ; ! ? », U+00A0 inside
 * « 10 Mo » and « 5 % » — so authors never type invisible characters.
 */
import type { Issue, IssueCode, IssueParams } from './issues';
import { ESPACE_LABELS, type EspaceId } from './model';
import { PASSWORD_MIN_LENGTH } from './rules/account';
import { isoFromMinutes } from './rules/dates';
import { formatEuros } from './rules/money';

/** Applies French spacing rules to a sentence written with ordinary spaces. */
export function typography(text: string): string {
  return text
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/ :/g, '\u00a0:')
    .replace(/ ([;!?])/g, '\u202f$1')
    .replace(/(\d) (Mo|%|€|caractères|chiffres|minutes)/g, '$1\u00a0$2');
}

const str = (params: IssueParams, key: string): string => String(params[key] ?? '');
const num = (params: IssueParams, key: string): number => Number(params[key] ?? 0);

/** `espace` params hold an id; show its label. */
function espace(params: IssueParams): string {
  const id = str(params, 'espace');
  return id in ESPACE_LABELS ? ESPACE_LABELS[id as EspaceId] : id;
}

/** A moment of the simulated clock as « 14 h 05 le 03/03/2025 ». */
function moment(minutes: number): string {
  const iso = isoFromMinutes(minutes);
  const [date = '', time = ''] = iso.split('T');
  const [y, m, d] = date.split('-');
  return `${time.slice(0, 2)} h ${time.slice(3, 5)} le ${d}/${m}/${y}`;
}

const MESSAGES: Record<IssueCode, (params: IssueParams) => string> = {
  'field.required': () => 'Ce champ est obligatoire.',
  'field.tooLong': (p) => `Ce champ ne peut pas dépasser ${num(p, 'max')} caractères.`,

  'siren.notDigits': () => 'Le SIREN ne doit contenir que des chiffres.',
  'siren.length': (p) => `Le SIREN doit comporter 9 chiffres (vous en avez saisi ${num(p, 'actual')}).`,
  'siren.checksum': () => "Le SIREN saisi n'est pas valide : vérifiez les chiffres.",
  'siret.notDigits': () => 'Le SIRET ne doit contenir que des chiffres.',
  'siret.length': (p) => `Le SIRET doit comporter 14 chiffres (vous en avez saisi ${num(p, 'actual')}).`,
  'siret.checksum': () => "Le SIRET saisi n'est pas valide : vérifiez les chiffres (clé de contrôle incorrecte).",
  'vat.format': () => 'Le numéro de TVA intracommunautaire doit avoir la forme FR + 2 chiffres + SIREN (13 caractères).',
  'vat.sirenChecksum': () => "Le SIREN contenu dans le numéro de TVA n'est pas valide.",
  'vat.key': () => 'La clé du numéro de TVA intracommunautaire ne correspond pas au SIREN.',
  'iban.format': () => "Le format de l'IBAN (ou du BIC) n'est pas valide.",
  'iban.length': (p) => `Un IBAN français comporte ${num(p, 'length')} caractères (vous en avez saisi ${num(p, 'actual')}).`,
  'iban.checksum': () => "L'IBAN saisi n'est pas valide : vérifiez sa clé de contrôle.",
  'email.invalid': () => "L'adresse électronique n'est pas valide (exemple : prenom.nom@entreprise.fr).",
  'date.invalid': () => "La date n'est pas valide (format attendu : JJ/MM/AAAA).",

  'money.notCents': () => "Le montant n'est pas valide : deux décimales au plus.",
  'money.negative': () => 'Le montant ne peut pas être négatif.',
  'money.quantity': () => 'La quantité doit être supérieure à zéro, avec trois décimales au plus.',
  'money.vatRate': () => 'Le taux de TVA doit être 20 %, 10 %, 5,5 % ou 2,1 %.',
  'money.vatRateMustBeZero': () => 'Avec le type de TVA « Exonération » ou « Sans TVA », le taux de TVA doit être 0 %.',
  'money.htMismatch': (p) => `Le montant total HT ne correspond pas à la somme des lignes (${formatEuros(num(p, 'expected'))}).`,
  'money.tvaMismatch': (p) => `Le montant de TVA ne correspond pas au récapitulatif TVA (${formatEuros(num(p, 'expected'))}).`,
  'money.ttcMismatch': (p) => `Le montant TTC doit être égal au total HT plus la TVA (${formatEuros(num(p, 'expected'))}).`,

  'password.tooShort': (p) => `Le mot de passe doit contenir au moins ${num(p, 'min') || PASSWORD_MIN_LENGTH} caractères.`,
  'password.lowercase': () => 'Le mot de passe doit contenir au moins une minuscule.',
  'password.uppercase': () => 'Le mot de passe doit contenir au moins une majuscule.',
  'password.digit': () => 'Le mot de passe doit contenir au moins un chiffre.',
  'password.special': () => 'Le mot de passe doit contenir au moins un caractère spécial.',
  'password.mismatch': () => 'Les deux mots de passe saisis ne sont pas identiques.',
  'account.termsNotAccepted': () => "Vous devez accepter les conditions générales d'utilisation.",
  'account.loginEmailTaken': () => 'Un compte existe déjà avec cette adresse de connexion.',
  'account.unknownEmail': () => 'Aucun compte ne correspond à cette adresse de connexion.',
  'account.alreadyActive': () => 'Ce compte est déjà activé : vous pouvez vous connecter.',
  'account.activationUnknown': () => "Ce lien d'activation n'est pas valide. Utilisez le dernier lien reçu.",
  'account.activationExpired': () => "Ce lien d'activation a expiré (validité : 60 minutes). Demandez un nouveau lien.",
  'account.notActivated': () => "Votre compte n'est pas encore activé : cliquez sur le lien reçu à votre adresse de connexion.",
  'auth.badCredentials': (p) =>
    'remaining' in p
      ? `Identifiant ou mot de passe incorrect. Il vous reste ${num(p, 'remaining')} tentative(s) avant le blocage du compte.`
      : 'Identifiant ou mot de passe incorrect.',
  'auth.locked': (p) => `Votre compte est bloqué après 5 tentatives infructueuses. Réessayez à ${moment(num(p, 'until'))}.`,
  'auth.codeInvalid': () => 'Le code saisi est incorrect. Vérifiez le dernier code reçu par courriel.',
  'auth.noCodePending': () => "Aucun code n'est attendu : connectez-vous d'abord avec votre adresse et votre mot de passe.",
  'session.required': () => 'Vous devez être connecté pour effectuer cette action.',
  'session.alreadyOpen': () => 'Vous êtes déjà connecté : déconnectez-vous pour changer de compte.',
  'session.popupMandatory': () => "Des factures rejetées ou suspendues attendent depuis plus de 7 jours : vous devez d'abord les acquitter.",

  'structure.notInDirectory': () => 'Ce SIRET est inconnu de la base INSEE (SIRENE) : vérifiez le numéro de votre entreprise.',
  'structure.inactive': () => "Ce SIRET n'est pas actif dans la base INSEE (SIRENE) : la structure ne peut pas être créée.",
  'structure.publicRecipient': () => "Ce SIRET est celui d'une structure publique. Créez la structure de votre propre entreprise, pas celle de votre client.",
  'structure.alreadyExists': () => 'Cette structure existe déjà dans Chorus Pro : faites une demande de rattachement.',
  'structure.unknown': () => "Aucune structure ne correspond à ce SIRET dans Chorus Pro.",
  'structure.notMember': () => "Vous n'êtes pas rattaché à cette structure.",
  'structure.notManager': () => 'Seul le gestionnaire principal de la structure peut effectuer cette action.',
  'rattachement.queryTooShort': (p) => `Saisissez au moins ${num(p, 'min')} chiffres du SIRET.`,
  'rattachement.noResult': () => 'Aucune structure trouvée. Par raison sociale, saisissez le nom complet et exact ; par SIRET, au moins 3 chiffres.',
  'rattachement.alreadyMember': () => 'Vous êtes déjà rattaché à cette structure.',
  'rattachement.alreadyPending': () => 'Une demande de rattachement à cette structure est déjà en attente de validation.',
  'rattachement.unknown': () => 'Cette demande de rattachement est introuvable.',
  'rattachement.notPending': () => 'Cette demande de rattachement a déjà été traitée.',
  'service.codeFormat': () => 'Le code service ne peut contenir que des lettres majuscules, des chiffres, « _ » et « - ».',
  'service.codeTaken': (p) => `Le code service « ${str(p, 'code')} » existe déjà pour cette structure.`,
  'service.unknown': () => "Ce service n'existe pas dans la structure.",
  'bank.duplicate': () => 'Ces coordonnées bancaires sont déjà enregistrées pour la structure.',
  'bank.unknown': () => "Ces coordonnées bancaires n'existent pas (ou plus) pour la structure du fournisseur.",
  'espace.unknown': () => "Cet espace n'existe pas.",
  'espace.notOpen': (p) => `L'espace « ${espace(p)} » n'est pas ouvert sur cette structure : demandez à votre gestionnaire principal de l'ajouter.`,
  'espace.alreadyOpen': (p) => `L'espace « ${espace(p)} » est déjà ouvert sur cette structure.`,
  'espace.alreadySubscribed': (p) => `Vous êtes déjà abonné à l'espace « ${espace(p)} » dans ce mode.`,
  'espace.notSubscribed': (p) => `Vous n'êtes pas abonné à l'espace « ${espace(p)} » : ajoutez un abonnement dans « Mon compte ».`,
  'espace.readOnly': (p) => `Votre abonnement à l'espace « ${espace(p)} » est en consultation : la modification n'est pas autorisée.`,
  'espace.reconnectRequired': (p) => `Déconnectez-vous puis reconnectez-vous pour voir l'espace « ${espace(p)} ».`,

  'invoice.unknown': () => 'Cette facture est introuvable.',
  'invoice.cadreUnknown': (p) => `Le cadre de facturation « ${str(p, 'cadre')} » n'existe pas.`,
  'invoice.cadreOtherEspace': (p) => `Le cadre de facturation ${str(p, 'cadre')} ne se dépose pas dans « Factures émises » mais dans « ${str(p, 'espace')} ».`,
  'invoice.numberTaken': (p) => `Le numéro de facture « ${str(p, 'number')} » est déjà utilisé par ce fournisseur. Saisissez un autre numéro.`,
  'invoice.dateInFuture': () => 'La date de la facture ne peut pas être postérieure à la date du jour.',
  'invoice.valideurRequired': (p) => `Le cadre ${str(p, 'cadre')} exige le SIRET du valideur (titulaire ou mandataire du marché).`,
  'invoice.valideurIsSupplier': () => 'Le valideur doit être une autre structure que le fournisseur.',
  'invoice.valideurUnknown': () => 'Le SIRET du valideur est inconnu de la base INSEE (SIRENE).',
  'invoice.noLines': () => 'La facture doit comporter au moins une ligne de poste.',
  'invoice.bankAccountRequired': () => 'Le mode de paiement « Virement » exige de sélectionner des coordonnées bancaires.',
  'invoice.wrongStatus': (p) => `L'action « ${str(p, 'action')} » n'est pas possible sur une facture au statut « ${str(p, 'status')} ».`,
  'invoice.confirmationNotRequested': () => "Cliquez d'abord sur « Valider et envoyer ».",
  'invoice.recycleUnchanged': () => "Modifiez le SIRET du destinataire, le code service ou le numéro d'engagement avant de renvoyer la facture.",
  'invoice.completionEmpty': () => 'Ajoutez au moins une pièce jointe ou un commentaire pour compléter la facture.',
  'invoice.notAcknowledged': (p) => `Acquittez d'abord le rejet de la facture n° ${str(p, 'number')}.`,
  'invoice.alreadyAcknowledged': (p) => `La facture n° ${str(p, 'number')} est déjà acquittée.`,
  'invoice.alreadyHandled': (p) => `Le rejet de la facture n° ${str(p, 'number')} est déjà traité.`,
  'invoice.nothingToAcknowledge': () => 'Aucune facture à acquitter.',
  'attachment.nameTooLong': (p) => `Le nom du fichier ne doit pas dépasser ${num(p, 'max')} caractères, extension comprise.`,
  'attachment.extensionMissing': () => 'Le nom du fichier doit comporter une extension (par exemple .pdf).',
  'attachment.extensionNotAllowed': (p) => `Le format « .${str(p, 'extension')} » n'est pas accepté pour une pièce jointe.`,
  'attachment.tooLarge': (p) => `Chaque pièce jointe doit peser moins de ${num(p, 'max')} Mo.`,
  'attachment.totalTooLarge': (p) => `La facture et ses pièces jointes ne doivent pas dépasser ${num(p, 'max')} Mo au total.`,
  'attachment.size': () => 'Ce fichier est vide ou illisible.',
  'recipient.unknown': () => "Ce SIRET ne correspond à aucune structure publique référencée dans Chorus Pro.",
  'recipient.inactive': (p) => `La structure « ${str(p, 'recipient')} » n'est pas active dans Chorus Pro : elle ne peut pas recevoir de facture.`,
  'recipient.codeServiceRequired': (p) => `Le code service est obligatoire pour la structure « ${str(p, 'recipient')} ».`,
  'recipient.engagementRequired': (p) => `Le numéro d'engagement est obligatoire pour la structure « ${str(p, 'recipient')} ».`,
  'recipient.codeServiceOrEngagementRequired': (p) =>
    `La structure « ${str(p, 'recipient')} » exige le code service ou le numéro d'engagement : renseignez au moins l'un des deux.`,
  'recipient.codeServiceUnknown': (p) => `Le code service « ${str(p, 'code')} » n'existe pas (ou n'est pas actif) pour la structure « ${str(p, 'recipient')} ».`,

  'public.reasonRequired': (p) => `Un motif est obligatoire pour le statut « ${str(p, 'status')} ».`,
  'public.statusNotForward': (p) => `Depuis le statut « ${str(p, 'status')} », la facture ne peut qu'avancer dans son cycle de vie.`,
  'clock.minutes': () => "Le temps avance d'un nombre entier de minutes, au plus un an.",
  'search.periodInverted': () => 'La date de fin de la période doit être postérieure à la date de début.',
};

/** The French message of an issue, ready to show next to its field. */
export function message(found: Issue): string {
  return typography(MESSAGES[found.code](found.params));
}

/** Every code that has a message (all of them: the table is exhaustive by type). */
export const MESSAGE_CODES = Object.keys(MESSAGES) as IssueCode[];
