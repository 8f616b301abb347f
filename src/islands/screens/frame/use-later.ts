/**
 * Parts of the frame that no first paint needs (the outcome card, the confirmation dialog) live in chunks of
 * their own, so a lesson's page stays within its JS budget: the frame asks for them once it is on screen and
 * idle, and draws them when they are there (well before a learner can finish or restart an exercise).
 */
import { useEffect, useState } from 'preact/hooks';
import { loadOnce, loadedBy } from '../load-once';

/** The module `loader` gives, once loaded (undefined before); loading starts when `wanted` becomes true. */
export function useLater<T>(loader: () => Promise<T>, wanted: boolean): T | undefined {
  const [module, setModule] = useState<T | undefined>(() => loadedBy(loader));
  useEffect(() => {
    if (!wanted || module !== undefined) return undefined;
    let live = true;
    const start = () =>
      loadOnce(loader).then(
        (found) => live && setModule(() => found),
        (error: unknown) => console.warn('Simulation : module non chargé', error),
      );
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(start, { timeout: 1500 });
      return () => {
        live = false;
        cancelIdleCallback(idle);
      };
    }
    const timer = setTimeout(start, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [loader, wanted, module]);
  return module;
}
