/** The component of the screen on view, loading it the first time a lazy screen is opened (see lazy.ts). */
import { useEffect, useState } from 'preact/hooks';
import { loadScreen, screenComponent } from '../lazy';
import type { ScreenDefinition } from '../types';

export function useLazyScreen(id: string, definition: ScreenDefinition | undefined) {
  // Bumped when a lazy screen arrives, to render it.
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);
  const Screen = definition ? screenComponent(definition) : undefined;
  const loading = definition !== undefined && Screen === undefined && failed !== id;
  useEffect(() => {
    if (!loading || !definition) return undefined;
    let live = true;
    loadScreen(definition).then(
      () => live && setLoaded((n) => n + 1),
      (error: unknown) => {
        console.warn('Simulation : écran non chargé', error);
        if (live) setFailed(id);
      },
    );
    return () => {
      live = false;
    };
  }, [id, definition, loading]);
  /** Tries again after a failed load (« Réessayer », or another screen opened). */
  const retry = () => setFailed(null);
  return { Screen, loading, retry };
}
