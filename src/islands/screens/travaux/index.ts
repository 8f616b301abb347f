import { registerMessages } from '../../../domain/simulator/messages';
import { worksMessages } from '../../../domain/simulator/messages-works';
import { registerHandlers } from '../../../domain/simulator/transition';
import { registerTimeRule } from '../../../domain/simulator/transitions/clock';
import { worksHandlers, worksTimeRule } from '../../../domain/simulator/transitions/handlers-works';
import type { ScreenRegistry } from '../types';
import { TravauxSyntheseScreen } from './synthese';

// The works rules only, with their time rule (routing of deposited pieces, tacit validation, réputé
// accepté: without it the clock refuses to move). The refusals they share with other areas (access to the
// espace, amounts, cadres, attached files) are core messages, always there (areas.test.ts checks it).
registerHandlers(worksHandlers);
registerTimeRule('works', worksTimeRule);
registerMessages(worksMessages);

/**
 * Screens of the « Factures de travaux » espace (`travaux/…`, module 4): the Synthèse, where every exercise of
 * the espace starts, comes with the page; the others load when first opened (see lazy.ts).
 */
export const travauxScreens: ScreenRegistry = {
  'travaux/synthese': { title: 'Synthèse', component: TravauxSyntheseScreen },
  'travaux/depot': { title: 'Déposer une pièce', load: () => import('./depot').then((m) => m.TravauxDepotScreen) },
  'travaux/consulter': { title: 'Consulter une pièce', load: () => import('./consulter').then((m) => m.TravauxConsulterScreen) },
  'travaux/suivante': { title: 'Déposer la pièce de facturation suivante', load: () => import('./depot').then((m) => m.TravauxSuivanteScreen) },
  'travaux/valider': { title: 'Valider le projet de décompte du sous-traitant', load: () => import('./consulter').then((m) => m.TravauxValiderScreen) },
  'travaux/dossier': { title: 'Dossier de facturation', load: () => import('./dossier').then((m) => m.TravauxDossierScreen) },
  'travaux/recherche': { title: 'Rechercher une pièce', load: () => import('./recherche').then((m) => m.TravauxRechercheScreen) },
};

export const TRAVAUX_SCREEN_IDS = Object.keys(travauxScreens);
