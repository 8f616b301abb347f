import { worksArea } from '../../../domain/simulator/areas/works';
import { defineArea, espaceSection, type Registry } from '../area';
import { TravauxSyntheseScreen } from './synthese';

/**
 * Screens of the « Factures de travaux » espace (`travaux/…`, module 4): the Synthèse, where every exercise of
 * the espace starts, comes with the page; the others load when first opened (see lazy.ts).
 */
export const travauxScreens = {
  'travaux/synthese': { title: 'Synthèse', component: TravauxSyntheseScreen },
  'travaux/depot': { title: 'Déposer une pièce', load: () => import('./depot').then((m) => m.TravauxDepotScreen) },
  'travaux/consulter': { title: 'Consulter une pièce', load: () => import('./consulter').then((m) => m.TravauxConsulterScreen) },
  'travaux/suivante': { title: 'Déposer la pièce de facturation suivante', load: () => import('./depot').then((m) => m.TravauxSuivanteScreen) },
  'travaux/valider': { title: 'Valider le projet de décompte du sous-traitant', load: () => import('./consulter').then((m) => m.TravauxValiderScreen) },
  'travaux/dossier': { title: 'Dossier de facturation', load: () => import('./dossier').then((m) => m.TravauxDossierScreen) },
  'travaux/recherche': { title: 'Rechercher une pièce', load: () => import('./recherche').then((m) => m.TravauxRechercheScreen) },
} satisfies Registry;

/** The « Factures de travaux » area (with its time rule), in the menu while the session has the espace. */
export const travauxArea = defineArea(worksArea, [espaceSection('facturesDeTravaux', travauxScreens, 'travaux/synthese')]);
