/**
 * An area of the mock portal as a value: the simulator's area (its handlers, messages and time rule, see
 * src/domain/simulator/area.ts) with the screens that show it, grouped in sections — a section is what the
 * portal names in its breadcrumb and, when it has one, an entry of its top menu. An island hands the frame the
 * areas of its screens (`<SimulationFrame areas={…} />`); the frame makes its simulator, its screen registry,
 * its menu and its breadcrumb from them. Nothing is registered by importing a module.
 */
import { currentUser, ESPACE_LABELS, structuresOf, type Area, type EspaceId, type World } from '../../domain/simulator/core';
import type { ScreenDefinition } from './types';

/** Screens by id, as a registry literal keeps them (`satisfies Registry`, so that the ids stay literal types). */
export type Registry<Id extends string = string> = Readonly<Record<Id, ScreenDefinition>>;

export interface Section<Id extends string = string> {
  /** What the breadcrumb names it (« Accueil › label › page »). */
  readonly label: string;
  readonly screens: Registry<Id>;
  /**
   * Its entry of the top menu, if it has one: the screen it opens (one of the section's), its label when not
   * `label`, and when the portal shows it to the world's user.
   */
  readonly menu?: { readonly home: NoInfer<Id>; readonly label?: string; readonly shown: (world: World) => boolean } | undefined;
  /** Named in the breadcrumb even with nobody logged in (« Support »). */
  readonly public?: boolean | undefined;
}

/** A section, its menu's home checked against its own screens. */
export function section<Id extends string>(value: Section<Id>): Section<Id> {
  return value;
}

export interface ScreenArea extends Area {
  readonly sections: readonly Section[];
}

/** A screen area: the simulator's area with its sections, in the order of the portal's top menu. */
export function defineArea(area: Area, sections: readonly Section[]): ScreenArea {
  return { ...area, sections };
}

/** Every screen of these areas, by id (a screen two areas carry is the same screen). */
export function screensOf(areas: readonly ScreenArea[]): Registry {
  return Object.assign({}, ...areas.flatMap((area) => area.sections.map((s) => s.screens))) as Registry;
}

/** The section a screen belongs to: the first of these areas that carries it. */
export function sectionOf(areas: readonly ScreenArea[], screen: string): Section | undefined {
  return areas.flatMap((area) => area.sections).find((s) => screen in s.screens);
}

/** The entries of the top menu for the world's user, in the areas' order, once each. */
export function menuOf(world: World, areas: readonly ScreenArea[]): Array<{ label: string; screen: string; section: Section }> {
  const seen = new Set<string>();
  return areas.flatMap((area) =>
    area.sections.flatMap((s) => {
      if (!s.menu || seen.has(s.menu.home) || !s.menu.shown(world)) return [];
      seen.add(s.menu.home);
      return [{ label: s.menu.label ?? s.label, screen: s.menu.home, section: s }];
    }),
  );
}

/** Menu rule: someone is logged in. */
export const loggedIn = (world: World): boolean => currentUser(world) !== undefined;

/** Menu rule: the user is the gestionnaire principal of one of their structures. */
export function managesAStructure(world: World): boolean {
  const user = currentUser(world);
  return user !== undefined && structuresOf(world, user.id).some((s) => s.role === 'gestionnairePrincipal');
}

/** Menu rule: the open session has the espace (the portal lists the espaces the user is subscribed to). */
export function espaceInSession(espace: EspaceId): (world: World) => boolean {
  return (world) => world.session?.stage === 'open' && world.session.espaces.some((e) => e.espace === espace);
}

/** The section of an espace of the portal: named after it, in the menu while the session has it. */
export function espaceSection<Id extends string>(espace: EspaceId, screens: Registry<Id>, home: NoInfer<Id>): Section<Id> {
  return { label: ESPACE_LABELS[espace], screens, menu: { home, shown: espaceInSession(espace) } };
}
