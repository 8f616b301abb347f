/** Messages of accounts, structures, rattachements, services, bank details and espaces. */
import { espace, moment, type MessageTable } from './messages-core';
import { PASSWORD_MIN_LENGTH } from './rules/account';

export const accountMessages = {
  'account.notActivated': () => "Votre compte n'est pas encore activé : cliquez sur le lien reçu à votre adresse de connexion.",
  'auth.badCredentials': (p) =>
    'remaining' in p
      ? `Identifiant ou mot de passe incorrect. Il vous reste ${p.remaining} tentative(s) avant le blocage du compte.`
      : 'Identifiant ou mot de passe incorrect.',
  'auth.locked': (p) => `Votre compte est bloqué après 5 tentatives infructueuses. Réessayez à ${moment(p.until)}.`,
  'auth.codeInvalid': () => 'Le code saisi est incorrect. Vérifiez le dernier code reçu par courriel.',
  'auth.noCodePending': () => "Aucun code n'est attendu : connectez-vous d'abord avec votre adresse et votre mot de passe.",
  'session.alreadyOpen': () => 'Vous êtes déjà connecté : déconnectez-vous pour changer de compte.',
  'iban.format': () => "Le format de l'IBAN (ou du BIC) n'est pas valide.",
  'iban.length': (p) => `Un IBAN français comporte ${p.length} caractères (vous en avez saisi ${p.actual}).`,
  'iban.checksum': () => "L'IBAN saisi n'est pas valide : vérifiez sa clé de contrôle.",
  'email.invalid': () => "L'adresse électronique n'est pas valide (exemple : prenom.nom@entreprise.fr).",
  'password.tooShort': (p) => `Le mot de passe doit contenir au moins ${p.min || PASSWORD_MIN_LENGTH} caractères.`,
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
  'structure.notInDirectory': () => 'Ce SIRET est inconnu de la base INSEE (SIRENE) : vérifiez le numéro de votre entreprise.',
  'structure.inactive': () => "Ce SIRET n'est pas actif dans la base INSEE (SIRENE) : la structure ne peut pas être créée.",
  'structure.publicRecipient': () => "Ce SIRET est celui d'une structure publique. Créez la structure de votre propre entreprise, pas celle de votre client.",
  'structure.alreadyExists': () => 'Cette structure existe déjà dans Chorus Pro : faites une demande de rattachement.',
  'rattachement.queryTooShort': (p) => `Saisissez au moins ${p.min} chiffres du SIRET.`,
  'rattachement.noResult': () => 'Aucune structure trouvée. Par raison sociale, saisissez le nom complet et exact ; par SIRET, au moins 3 chiffres.',
  'rattachement.alreadyMember': () => 'Vous êtes déjà rattaché à cette structure.',
  'rattachement.alreadyPending': () => 'Une demande de rattachement à cette structure est déjà en attente de validation.',
  'rattachement.unknown': () => 'Cette demande de rattachement est introuvable.',
  'rattachement.notPending': () => 'Cette demande de rattachement a déjà été traitée.',
  'service.codeFormat': () => 'Le code service ne peut contenir que des lettres majuscules, des chiffres, « _ » et « - ».',
  'service.codeTaken': (p) => `Le code service « ${p.code} » existe déjà pour cette structure.`,
  'service.unknown': () => "Ce service n'existe pas dans la structure.",
  'bank.duplicate': () => 'Ces coordonnées bancaires sont déjà enregistrées pour la structure.',
  'espace.unknown': () => "Cet espace n'existe pas.",
  'espace.notOpen': (p) => `L'espace « ${espace(p.espace)} » n'est pas ouvert sur cette structure : demandez à votre gestionnaire principal de l'ajouter.`,
  'espace.alreadyOpen': (p) => `L'espace « ${espace(p.espace)} » est déjà ouvert sur cette structure.`,
  'espace.alreadySubscribed': (p) => `Vous êtes déjà abonné à l'espace « ${espace(p.espace)} » dans ce mode.`,
} satisfies MessageTable;
