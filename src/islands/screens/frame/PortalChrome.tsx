/**
 * The mock portal's chrome around the screen on view, after the classic Chorus Pro layout (facts §1): a header
 * with the portal's name (no official logo, « simulation » said) and the user, the espaces as tabs of the top
 * menu bar, then the breadcrumb « Accueil › espace › page ». The screen itself comes as children.
 */
import type { ComponentChildren } from 'preact';
import { currentUser, ESPACE_LABELS, structuresOf, type World } from '../../../domain/simulator/core';
import { fr } from '../kit';
import type { ScreenId, ScreenRegistry } from '../types';

/** Where the espace of a screen id sits in the portal, for the breadcrumb and the menu. */
export function areaOf(screen: ScreenId): { label: string; home: ScreenId } {
  if (screen.startsWith('factures/')) return { label: ESPACE_LABELS.facturesEmises, home: 'factures/synthese' };
  if (screen.startsWith('gestion/')) return { label: 'Activités du gestionnaire', home: 'gestion/accueil' };
  if (screen.startsWith('valider/')) return { label: ESPACE_LABELS.facturesAValider, home: 'valider/synthese' };
  if (screen.startsWith('aide/')) return { label: 'Support', home: 'aide/nous-contacter' };
  if (screen.startsWith('travaux/')) return { label: ESPACE_LABELS.facturesDeTravaux, home: 'travaux/synthese' };
  return { label: 'Mon compte', home: 'compte/mon-compte' };
}

/** The entries of the top menu for the world's user: the espaces of the structures they belong to. */
export function menuOf(world: World, screens: ScreenRegistry): Array<{ label: string; screen: ScreenId }> {
  const user = currentUser(world);
  const support = { label: 'Support — Nous contacter', screen: 'aide/nous-contacter' };
  if (!user) return screens[support.screen] ? [support] : [];
  const gestionnaire = structuresOf(world, user.id).some((s) => s.role === 'gestionnairePrincipal');
  const espaces = new Set(world.session?.stage === 'open' ? world.session.espaces.map((e) => e.espace) : []);
  return [
    { label: 'Mon compte', screen: 'compte/mon-compte' },
    ...(gestionnaire ? [{ label: 'Activités du gestionnaire', screen: 'gestion/accueil' }] : []),
    ...(espaces.has('facturesEmises') ? [{ label: ESPACE_LABELS.facturesEmises, screen: 'factures/synthese' }] : []),
    ...(espaces.has('facturesAValider') ? [{ label: ESPACE_LABELS.facturesAValider, screen: 'valider/synthese' }] : []),
    ...(espaces.has('facturesDeTravaux') ? [{ label: ESPACE_LABELS.facturesDeTravaux, screen: 'travaux/synthese' }] : []),
    support,
  ].filter((item) => screens[item.screen] !== undefined);
}

export interface PortalChromeProps {
  world: World;
  screens: ScreenRegistry;
  current: ScreenId;
  /** Title of the screen on view. */
  title: string;
  navigate: (screen: ScreenId) => void;
  children: ComponentChildren;
}

export function PortalChrome(p: PortalChromeProps) {
  const user = currentUser(p.world);
  const area = areaOf(p.current);
  const menu = menuOf(p.world, p.screens);
  return (
    <div class="sim__portal" role="group" aria-label="Portail Chorus Pro (simulation)">
      <div class="portal__head">
        <p class="portal__name">
          Chorus Pro <span class="portal__sim">simulation</span>
        </p>
        {user && (
          <p class="portal__user">
            <span class="visually-hidden">Connecté : </span>
            {user.firstName} {user.lastName}
          </p>
        )}
      </div>
      {menu.length > 0 && (
        <div class="portal__menu" role="group" aria-label="Espaces du portail">
          <ul>
            {menu.map((item) => (
              <li key={item.screen}>
                <a
                  href={`#${item.screen}`}
                  aria-current={area.home === item.screen ? 'true' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    p.navigate(item.screen);
                  }}
                >
                  {fr(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="portal__crumbs" role="group" aria-label="Fil d’Ariane du portail">
        <ol>
          <li>Accueil</li>
          {(user || p.current.startsWith('aide/')) && <li>{fr(area.label)}</li>}
          <li aria-current="page">{fr(p.title)}</li>
        </ol>
      </div>
      <div class="portal__page">{p.children}</div>
    </div>
  );
}
