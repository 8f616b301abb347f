/**
 * Loading the screens that live in chunks of their own (`LazyScreen`, see types.ts). The frame asks
 * `screenComponent` while it renders; when a screen is not there yet it calls `loadScreen` and keeps the screen
 * on view until the promise settles. Each screen is fetched once per page, whichever island asked first.
 */
import type { ComponentType } from 'preact';
import type { LazyScreen, ScreenDefinition, ScreenProps } from './types';

type ScreenComponent = ComponentType<ScreenProps>;

// Keyed by the loader, which each registry defines once per screen.
const loaded = new Map<LazyScreen['load'], ScreenComponent>();
const loading = new Map<LazyScreen['load'], Promise<ScreenComponent>>();

/** The component of a screen when it is at hand: always for an eager screen, once loaded for a lazy one. */
export function screenComponent(definition: ScreenDefinition): ScreenComponent | undefined {
  return 'component' in definition ? definition.component : loaded.get(definition.load);
}

/** Loads a lazy screen (once: later calls share the same promise); an eager screen resolves at once. */
export function loadScreen(definition: ScreenDefinition): Promise<ScreenComponent> {
  if ('component' in definition) return Promise.resolve(definition.component);
  const { load } = definition;
  let pending = loading.get(load);
  if (!pending) {
    pending = load().then(
      (component) => {
        loaded.set(load, component);
        return component;
      },
      (error: unknown) => {
        // A failed fetch (network, LMS hiccup) may be retried by opening the screen again.
        loading.delete(load);
        throw error;
      },
    );
    loading.set(load, pending);
  }
  return pending;
}
