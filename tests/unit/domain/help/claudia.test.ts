import { describe, expect, it } from 'vitest';
import { answerOf, distance, INTENTS, matchIntent, normalise, QUESTION_MAX, SUGGESTIONS, THRESHOLD, type IntentId } from '../../../../src/domain/help/claudia';

/** Phrasings a learner types, by the intent ClaudIA must recognise (accents, capitals, typos included). */
const PHRASINGS: Readonly<Record<Exclude<IntentId, 'inconnu'>, readonly string[]>> = {
  activation: [
    "J'ai perdu mon lien d'activation",
    "j ai perdu mon lein d activation",
    'J AI PERDU MON LIEN D ACTIVATION',
    'lien expiré',
    'Lien expire',
    "mon lien d'activation a expiré",
    'Bonjour, je ne trouve pas le mail avec le lien pour activer mon compte',
    "je n'ai pas reçu le mail d'activation",
    "je nai pas recu le courriel",
    'renvoyer le lien',
    'activer mon compte',
    "mon lien d'activasion ne marche plus",
  ],
  motDePasse: ["j'ai oublié mon mot de passe", 'mot de passe oublie', 'MDP oublié', 'mot de pase oublié', 'mon compte est bloqué', 'réinitialiser mon mot de passe'],
  factureTravaux: [
    'où déposer une facture de travaux',
    'ou deposer une facture de travaux ?',
    'OÙ DÉPOSER UNE FACTURE DE TRAVAUX',
    'ou deposser une facture de travaus',
    'déposer un projet de décompte mensuel',
    'facture de chantier',
    "où envoyer mon état d'acompte ?",
  ],
  structurePublique: [
    'activer une structure publique',
    'Je veux activer/inactiver ma structure publique',
    'désactiver ma structure publique',
    'desactiver structure publique',
    'ma structure publique est inactive',
    'je veux activer ma structure',
    'réactiver une collectivité',
    'strucutre publiqe inactive',
  ],
  agent: ['parler à un conseiller', 'parler a un conseillé', 'je veux parler à un agent', "je veux parler a quelqu'un", 'numéro de téléphone du support', 'horaires du support', 'parler à un humain', 'Je veux parler à un agnet'],
  ticket: ['ouvrir un ticket', 'faire une réclamation', 'envoyer une sollicitation', 'je veux signaler un problème', 'une solicitation au support'],
  suiviFacture: [
    "ma facture n'est pas payée",
    "je n'ai pas reçu le virement",
    'statut de ma facture',
    'facture rejetée',
    "je n'ai pas reçu mon argent",
    'Je veux des informations sur une facture ou un virement reçu',
  ],
};

describe('ClaudIA recognises each intent however the learner types it', () => {
  for (const [intent, questions] of Object.entries(PHRASINGS)) {
    it.each(questions)(`« %s » → ${intent}`, (question) => {
      const found = matchIntent(question);
      expect(found.intent).toBe(intent);
      expect(found.score).toBeGreaterThanOrEqual(THRESHOLD);
    });
  }

  it('covers every intent but the honest « inconnu » in the table above', () => {
    expect(Object.keys(PHRASINGS).sort()).toEqual(INTENTS.filter((intent) => intent !== 'inconnu').sort());
  });

  it('answers every suggestion it offers with a recognised intent', () => {
    expect(SUGGESTIONS.map((text) => matchIntent(text).intent)).toEqual(['activation', 'factureTravaux', 'structurePublique', 'agent']);
  });
});

describe('ClaudIA does not guess', () => {
  it.each(['bonjour', 'quelle est la météo ?', 'blablabla', '', '   ', '?!…', 'comment créer une structure', 'où déposer ma facture'])('« %s » → inconnu', (question) => {
    const found = matchIntent(question);
    expect(found.intent).toBe('inconnu');
    expect(found.score).toBeLessThan(THRESHOLD);
  });

  // Regressions: a known word was taken for a one-letter typo of another intent's stem.
  it('does not read « compte » as « acompte », « argent » as « agent », nor « ou » in « oublié »', () => {
    expect(matchIntent('mon compte est bloqué').intent).toBe('motDePasse');
    expect(matchIntent("je n'ai pas reçu mon argent").intent).not.toBe('agent');
    expect(matchIntent('mot de passe oublié').score).toBe(matchIntent('mot de passe').score + 1);
  });

  it('gives « je n’ai pas compris » with the suggestions and a way to a human', () => {
    const answer = answerOf('inconnu', { loggedIn: false });
    expect(answer.text.join(' ')).toMatch(/^Je n.ai pas compris/);
    expect(answer.followUps).toEqual(['agent', 'ticket']);
    expect(SUGGESTIONS.length).toBeGreaterThanOrEqual(3);
  });

  it('survives very long questions and reads only their beginning', () => {
    const padding = 'x '.repeat(QUESTION_MAX * 2);
    expect(matchIntent(`${padding} lien d'activation perdu`).intent).toBe('inconnu');
    expect(matchIntent(`lien d'activation perdu ${padding}`).intent).toBe('activation');
  });
});

describe('the answers', () => {
  it('resend an activation link only to someone not logged in', () => {
    expect(answerOf('activation', { loggedIn: false })).toMatchObject({ followUps: ['resendActivation'] });
    expect(answerOf('activation', { loggedIn: false }).text.join(' ')).toContain('60 minutes');
    expect(answerOf('activation', { loggedIn: true })).toMatchObject({ followUps: [] });
    expect(answerOf('activation', { loggedIn: true }).text.join(' ')).toContain('déjà activé');
  });

  it('on a public structure: logged out, log in first; logged in, the two cases of SIRENE and the gestionnaire only', () => {
    const out = answerOf('structurePublique', { loggedIn: false });
    expect(out.followUps).toEqual(['login']);
    expect(out.text.join(' ')).toContain('mode connecté');
    const inside = answerOf('structurePublique', { loggedIn: true }).text.join(' ');
    expect(inside).toContain('gestionnaire');
    expect(inside).toContain('inactif dans la base SIRENE');
    expect(inside).toContain('encore actif');
  });

  it('send works invoices to « Factures de travaux », and give the agent’s hours with no phone line', () => {
    expect(answerOf('factureTravaux', { loggedIn: true }).text.join(' ')).toContain('« Factures de travaux »');
    const agent = answerOf('agent', { loggedIn: false });
    expect(agent.text.join(' ')).toContain('8 h 30 à 18 h 30');
    expect(agent.text.join(' ')).toContain('pas d\u2019assistance par téléphone');
    expect(agent.followUps).toEqual(['agent', 'ticket']);
  });

  it('offer the login page for a forgotten password only to someone logged out', () => {
    expect(answerOf('motDePasse', { loggedIn: false }).followUps).toEqual(['login']);
    expect(answerOf('motDePasse', { loggedIn: true }).followUps).toEqual([]);
  });

  it('exist for every intent, in French, without empty paragraphs', () => {
    for (const intent of INTENTS) {
      for (const loggedIn of [false, true]) {
        const answer = answerOf(intent, { loggedIn });
        expect(answer.text.length).toBeGreaterThan(0);
        for (const paragraph of answer.text) expect(paragraph.trim().length).toBeGreaterThan(20);
      }
    }
  });
});

describe('normalise and distance', () => {
  it('drops accents, capitals, ligatures and punctuation', () => {
    expect(normalise("J'ai PERDU mon lien d'activation !")).toBe('j ai perdu mon lien d activation');
    expect(normalise('Maître d’Œuvre — ÉTAT d’acompte')).toBe('maitre d oeuvre etat d acompte');
    expect(normalise('  …  ')).toBe('');
  });

  it('counts insertions, deletions, substitutions and transpositions as one typo each', () => {
    expect(distance('lien', 'lien')).toBe(0);
    expect(distance('lein', 'lien')).toBe(1);
    expect(distance('travaus', 'travaux')).toBe(1);
    expect(distance('solicitation', 'sollicitation')).toBe(1);
    expect(distance('agent', 'argent')).toBe(1);
    expect(distance('abc', '')).toBe(3);
    expect(distance('agent', 'gaent')).toBe(1);
    expect(distance('agent', 'tnega')).toBe(4);
  });
});
