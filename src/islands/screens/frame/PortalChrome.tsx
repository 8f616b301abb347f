/**
 * The mock portal's chrome around the screen on view, after the classic Chorus Pro layout (facts §1): a header
 * with the portal's name (no official logo, « simulation » said) and the user, the espaces as tabs of the top
 * menu bar, then the breadcrumb « Accueil › espace › page ». The menu entries and the espace's name come from the
 * sections of the frame's areas (area.ts). The screen itself comes as children.
 */
import type { ComponentChildren } from 'preact';
import { currentUser, type World } from '../../../domain/simulator/core';
import { menuOf, sectionOf, type ScreenArea } from '../area';
import { fr } from '../kit';
import type { ScreenId } from '../types';

export interface PortalChromeProps {
  world: World;
  areas: readonly ScreenArea[];
  current: string;
  /** Title of the screen on view. */
  title: string;
  navigate: (screen: ScreenId) => void;
  children: ComponentChildren;
}

export function PortalChrome(p: PortalChromeProps) {
  const user = currentUser(p.world);
  const section = sectionOf(p.areas, p.current);
  const menu = menuOf(p.world, p.areas);
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
                  aria-current={section === item.section ? 'true' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    p.navigate(item.screen as ScreenId);
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
          {section && (user || section.public) && <li>{fr(section.label)}</li>}
          <li aria-current="page">{fr(p.title)}</li>
        </ol>
      </div>
      <div class="portal__page">{p.children}</div>
    </div>
  );
}
