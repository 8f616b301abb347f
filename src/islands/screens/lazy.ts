/**
 * Loading the screens that live in chunks of their own (`LazyScreen`, see types.ts). The frame asks
 * `screenComponent` while it renders; when a screen is not there yet it calls `loadScreen` and keeps the screen
 * on view until the promise settles. Each screen is fetched once per page, whichever island asked first.
 */
import type { ComponentType } from 'preact';
import { loadOnce, loadedBy } from './load-once';
import type { ScreenDefinition, ScreenProps } from './types';

type ScreenComponent = ComponentType<ScreenProps>;

/** The component of a screen when it is at hand: always for an eager screen, once loaded for a lazy one. */
export function screenComponent(definition: ScreenDefinition): ScreenComponent | undefined {
  return 'component' in definition ? definition.component : loadedBy(definition.load);
}

/** Loads a lazy screen (once: later calls share the same promise); an eager screen resolves at once. */
export function loadScreen(definition: ScreenDefinition): Promise<ScreenComponent> {
  if ('component' in definition) return Promise.resolve(definition.component);
  return loadOnce(definition.load);
}
