import { describe, expect, it } from 'vitest';
import {
  act,
  checkScenario,
  evaluateGoal,
  PEOPLE,
  sampleInvoice,
  scoreRun,
  SIRETS,
  startWorld,
  supplierWorld,
  type ScenarioData,
} from '../../../../src/domain/simulator';

const invoice = sampleInvoice(supplierWorld({ seed: 'depot' }), { bankAccountId: `$firstBankAccount:${SIRETS.durandSiege}` });

const depot: ScenarioData = {
  id: 'depot',
  start: { base: 'supplier', setup: [] },
  goal: [{ type: 'invoice', status: ['DEPOSEE', 'EN_COURS_ACHEMINEMENT', 'MISE_A_DISPOSITION'], number: 'FA-2026-001', codeService: 'SERV_TECHNIQUES' }],
  steps: [
    { id: 'saisir', title: 'Saisir la facture', explanation: 'Remplir le formulaire.', screen: 'facture', target: 'Enregistrer', event: { type: 'invoice.save', invoiceId: null, data: invoice } },
    { id: 'valider', title: 'Valider et envoyer', explanation: 'Contrôles.', screen: 'facture', event: { type: 'invoice.submit', invoiceId: '$lastInvoice' } },
    { id: 'confirmer', title: 'Confirmer et envoyer', explanation: 'Envoi.', screen: 'facture', event: { type: 'invoice.confirm', invoiceId: '$lastInvoice' } },
  ],
};

const compte: ScenarioData = {
  id: 'compte',
  start: { base: 'empty', setup: [] },
  goal: [{ type: 'account-activated', loginEmail: PEOPLE.paul.loginEmail }, { type: 'logged-in', loginEmail: PEOPLE.paul.loginEmail }],
  steps: [
    { id: 'creer', title: 'Créer le compte', explanation: '…', screen: 'creation', event: { type: 'account.create', ...PEOPLE.paul, passwordConfirmation: PEOPLE.paul.password, acceptTerms: true } },
    { id: 'activer', title: 'Activer', explanation: '…', screen: 'messagerie', event: { type: 'account.activate', token: '$activationToken' } },
    { id: 'connexion', title: 'Se connecter', explanation: '…', screen: 'connexion', event: { type: 'session.login', loginEmail: PEOPLE.paul.loginEmail, password: PEOPLE.paul.password } },
    { id: 'code', title: 'Saisir le code', explanation: '…', screen: 'connexion', event: { type: 'session.verifyCode', code: '$loginCode' } },
  ],
};

describe('scenarios', () => {
  it('accepts scenarios whose expected steps reach the goal, resolving run-time placeholders', () => {
    expect(checkScenario(depot)).toEqual([]);
    expect(checkScenario(compte)).toEqual([]);
  });

  it('reports a goal the steps cannot reach and a refused step', () => {
    const impossible: ScenarioData = { ...depot, goal: [{ type: 'invoice', status: ['MISE_EN_PAIEMENT'] }] };
    expect(checkScenario(impossible)).toEqual([['goal[0]', 'the expected steps do not reach this condition (invoice)']]);
    const refused: ScenarioData = { ...depot, steps: depot.steps.slice(1) };
    expect(checkScenario(refused).map(([path]) => path)).toEqual(['steps[0].event', 'steps[1].event', 'goal[0]']);
  });

  it('reports a goal already met and a broken start', () => {
    const met: ScenarioData = { ...compte, start: { base: 'supplier', setup: [] }, goal: [{ type: 'logged-in', loginEmail: PEOPLE.claire.loginEmail }] };
    expect(checkScenario(met)).toContainEqual(['goal', 'the goal is already met at the start']);
    const broken: ScenarioData = { ...depot, start: { base: 'empty', setup: [{ type: 'structure.create', siret: SIRETS.durandSiege }] } };
    expect(checkScenario(broken)[0]?.[0]).toBe('start');
  });

  it('lets the learner reach the goal by another path and tells what the portal refuses', () => {
    let world = startWorld(depot);
    // A brouillon without the code service the commune requires saves, but cannot be sent.
    const draft = act(world, { type: 'invoice.save', invoiceId: null, data: { ...invoice, codeService: '' } });
    expect(draft.issues).toEqual([]);
    const wrong = act(draft.world, { type: 'invoice.submit', invoiceId: '$lastInvoice' });
    expect(wrong.messages.join(' ')).toMatch(/code service/i);
    expect(wrong.world).toBe(draft.world);
    for (const step of depot.steps) world = act(world, step.event!).world;
    expect(evaluateGoal(world, depot.goal)).toEqual({ met: true, conditions: [true] });
  });

  it('scores évaluation from the goal, refusals and hints', () => {
    expect(scoreRun({ goalMet: false, errors: 0, hintsUsed: 0 })).toBe(0);
    expect(scoreRun({ goalMet: true, errors: 0, hintsUsed: 0 })).toBe(100);
    expect(scoreRun({ goalMet: true, errors: 2, hintsUsed: 1 })).toBe(65);
    expect(scoreRun({ goalMet: true, errors: 20, hintsUsed: 0 })).toBe(0);
  });
});
