/**
 * ClaudIA, the portal's virtual assistant, as a small scripted intent matcher (not an AI): the question is
 * normalised (lower case, accents and punctuation dropped), its words are scored against each intent's
 * stems (a typo of one letter is forgiven on stems of four letters or more, but a word that is itself a
 * known stem is never taken for a typo of another: « compte » is not « acompte », « argent » not « agent »;
 * stems of two letters must be the whole word: « ou » is not « oublié »), and the best intent wins when
 * it reaches the threshold; otherwise ClaudIA says honestly that she did not understand and suggests topics.
 * Answers are canned and written once here; the parts that depend on the world (logged in or not) are chosen
 * by the caller from simulator queries (see `answerOf`).
 */

/** What ClaudIA recognises. `inconnu` is the honest « je n'ai pas compris ». */
export const INTENTS = ['activation', 'motDePasse', 'factureTravaux', 'structurePublique', 'agent', 'ticket', 'suiviFacture', 'inconnu'] as const;
export type IntentId = (typeof INTENTS)[number];

/** Stems and their weight, by intent. A word matches a stem when it starts with it (or nearly, see above). */
const TERMS: Readonly<Record<Exclude<IntentId, 'inconnu'>, Readonly<Record<string, number>>>> = {
  activation: { activ: 2, lien: 1, mail: 1, courriel: 1, email: 1, expir: 1, perdu: 1, trouve: 0.5, recoi: 1, recu: 1, compte: 0.5, nouveau: 0.5, renvo: 1 },
  motDePasse: { passe: 2, mdp: 3, oubli: 1, reinitialis: 2, bloque: 2, connect: 0.5 },
  factureTravaux: { travaux: 2, chantier: 2, decompte: 2, acompte: 2, btp: 2, depos: 1, ou: 0.5, moe: 1, oeuvre: 1 },
  // « activer ma structure » is about a structure, not the account: `activ` counts here too, a little less.
  structurePublique: { publique: 2, public: 2, inactiv: 2, desactiv: 2, reactiv: 2, activ: 1.5, structure: 1, entite: 1, collectivite: 1 },
  agent: { agent: 3, conseill: 3, humain: 3, telephon: 3, appel: 2, parler: 1, personne: 1, quelqu: 1, horaire: 2, chat: 1 },
  ticket: { ticket: 3, sollicitation: 3, reclamation: 2, formulaire: 1, ecrire: 1, support: 1, signaler: 2, demande: 0.5, aide: 0.5 },
  suiviFacture: { virement: 2, paiement: 2, paye: 2, argent: 2, statut: 1.5, suivi: 1, suivre: 1, facture: 0.5, rejet: 1.5, suspendu: 1 },
};

/** Below this score ClaudIA does not guess. */
export const THRESHOLD = 2;
/** Questions longer than this are refused by the chat (and never stored longer). */
export const QUESTION_MAX = 200;

/** Lower case, no accents, no punctuation, single spaces: « J'ai PERDU mon lien d'activation ! » → `j ai perdu mon lien d activation`. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Optimal string alignment distance (Levenshtein plus transpositions), for typos such as « lein » for « lien ». */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Whether a word is one ClaudIA knows as such (it begins with a stem of any intent): it is then never read
 * as a typo. The stems are walked here, not gathered at module level: a top-level call is a possible side
 * effect to the bundler, which would then keep this module in the shared chunk of every exercise page.
 */
function known(word: string): boolean {
  return Object.values(TERMS).some((terms) => Object.keys(terms).some((stem) => prefixed(word, stem)));
}

/** Exact prefix; a stem of two letters or fewer must be the whole word. */
function prefixed(word: string, stem: string): boolean {
  return stem.length <= 2 ? word === stem : word.startsWith(stem);
}

/** Whether a word of the question matches a stem: prefix, or one typo on stems of 4 letters or more. */
function matches(word: string, stem: string): boolean {
  if (prefixed(word, stem)) return true;
  if (stem.length < 4 || word.length < stem.length - 1 || known(word)) return false;
  // Compare the stem with the word's beginning of the same length, one letter shorter or longer.
  return [stem.length - 1, stem.length, stem.length + 1].some((n) => distance(word.slice(0, n), stem) <= 1);
}

export interface Match {
  intent: IntentId;
  score: number;
}

/** The intent of a question, or `inconnu` when no intent reaches the threshold (ties go to the first listed). */
export function matchIntent(question: string): Match {
  const words = normalise(question.slice(0, QUESTION_MAX * 2)).split(' ').filter((word) => word.length > 1);
  let best: Match = { intent: 'inconnu', score: 0 };
  for (const [intent, terms] of Object.entries(TERMS) as Array<[IntentId, Readonly<Record<string, number>>]>) {
    let score = 0;
    for (const [stem, weight] of Object.entries(terms)) if (words.some((word) => matches(word, stem))) score += weight;
    if (score > best.score) best = { intent, score };
  }
  return best.score >= THRESHOLD ? best : { intent: 'inconnu', score: best.score };
}

/** Buttons ClaudIA offers under an answer. */
export type FollowUp = 'resendActivation' | 'agent' | 'ticket' | 'login';

export const FOLLOW_UP_LABELS: Readonly<Record<FollowUp, string>> = {
  resendActivation: "Renvoyer le lien d'activation",
  agent: 'Contacter un agent',
  ticket: "Envoyer une demande d'aide",
  login: 'Aller à la page de connexion',
};

export interface Answer {
  /** Paragraphs of the answer, in French with ordinary spaces (the screen applies French spacing). */
  text: string[];
  followUps: FollowUp[];
}

/** What the answer depends on in the world (from simulator queries). */
export interface AnswerContext {
  loggedIn: boolean;
}

/** Suggestions given with « je n'ai pas compris ». */
export const SUGGESTIONS = [
  "J'ai perdu mon lien d'activation",
  "Où déposer une facture de travaux ?",
  'Je veux activer ou désactiver ma structure publique',
  'Je veux parler à un agent',
] as const;

/** The canned answer of an intent in the given context. */
export function answerOf(intent: IntentId, context: AnswerContext): Answer {
  switch (intent) {
    case 'activation':
      return context.loggedIn
        ? { text: ['Vous êtes connecté : votre compte est donc déjà activé. Un lien d\u2019activation ne sert qu\u2019une fois, à la création du compte.'], followUps: [] }
        : {
            text: [
              'Le lien d\u2019activation reçu à la création du compte n\u2019est valable que 60 minutes. Inutile de créer un nouveau compte : je peux vous envoyer un nouveau lien.',
              'Saisissez votre adresse de connexion ci-dessous puis cliquez sur « Renvoyer le lien d\u2019activation ». Le nouveau lien arrive à cette adresse ; les liens précédents ne fonctionnent plus.',
            ],
            followUps: ['resendActivation'],
          };
    case 'motDePasse':
      return {
        text: [
          'Sur la page de connexion, cliquez sur « Mot de passe oublié » : un lien pour choisir un nouveau mot de passe est envoyé à votre adresse de connexion (pas à l\u2019adresse de contact).',
          'Après 5 mots de passe erronés, le compte est bloqué pendant une heure.',
        ],
        followUps: context.loggedIn ? [] : ['login'],
      };
    case 'factureTravaux':
      return {
        text: [
          'Les demandes de paiement d\u2019un marché de travaux (projet de décompte mensuel, projet de décompte final…) se déposent dans l\u2019espace « Factures de travaux », pas dans « Factures émises ».',
          'Le gestionnaire de votre structure doit d\u2019abord ouvrir cet espace, puis vous y abonner. Les honoraires d\u2019un maître d\u2019œuvre restent des factures ordinaires, déposées dans « Factures émises ».',
        ],
        followUps: ['ticket'],
      };
    case 'structurePublique':
      return context.loggedIn
        ? {
            text: [
              'Cette démarche est réservée au gestionnaire de la structure publique concernée (gestionnaire principal, ou secondaire dans l\u2019ancienne interface).',
              'Pour une désactivation, deux cas se présentent : le SIRET est inactif dans la base SIRENE, ou il y est encore actif. Chaque cas a sa procédure : choisissez « Je veux activer/inactiver ma structure publique » et suivez les indications.',
              'Une entreprise fournisseur n\u2019a pas à le faire : si la structure publique de votre client est inactive, c\u2019est à elle de la réactiver.',
            ],
            followUps: ['ticket'],
          }
        : {
            text: [
              'Activer ou désactiver une structure publique ne se fait qu\u2019en mode connecté, par un gestionnaire de cette structure. Connectez-vous d\u2019abord, puis reposez-moi la question.',
            ],
            followUps: ['login'],
          };
    case 'agent':
      return {
        text: [
          'Un agent du support répond en ligne les jours ouvrés, de 8 h 30 à 18 h 30. Il n\u2019y a pas d\u2019assistance par téléphone.',
          'En dehors de ces horaires, envoyez une demande d\u2019aide écrite : elle sera traitée dès que possible.',
        ],
        followUps: ['agent', 'ticket'],
      };
    case 'ticket':
      return {
        text: [
          'Une demande d\u2019aide (sollicitation) se fait par un formulaire : catégorie, sous-catégorie, adresse électronique, titre et description. La catégorie choisie l\u2019envoie au support Chorus Pro ou au service de la structure publique concernée.',
        ],
        followUps: ['ticket'],
      };
    case 'suiviFacture':
      return {
        text: [
          'Le statut de chaque facture se lit dans l\u2019espace « Factures émises » (Synthèse, Tableau de bord, Recherche). Pour un paiement qui tarde après « Mise en paiement », c\u2019est la structure publique destinataire qui peut répondre : une demande d\u2019aide de la catégorie « Factures » lui est transmise.',
        ],
        followUps: ['ticket'],
      };
    case 'inconnu':
      return {
        text: ['Je n\u2019ai pas compris votre question. Reformulez-la en une phrase, ou choisissez l\u2019un de ces sujets :'],
        followUps: ['agent', 'ticket'],
      };
  }
}
