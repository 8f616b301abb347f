/**
 * The audience view's island: follows the shared state (current step, answer revealed, black screen) and
 * shows the step counter. The steps themselves are server-rendered sections of the page.
 */
import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { flatIndex, locate, totalSteps } from '../../domain/presenter/navigation';
import type { LessonDeck } from '../../domain/presenter/steps';
import { readSavedState, startPresenterSync } from '../../reactions/presenter-sync';
import { $deck, $presenter, bootPresenter } from '../../stores/presenter';
import { showStep } from './dom';
import { ShortcutsDialog, useShortcuts } from './Shortcuts';

/**
 * Projection: the démonstration's caption (step title and why) stays pinned at the top while the simulation
 * scrolls to its target, so the scroll keeps the target clear of it; with the zoom (Z), the simulation is
 * enlarged and its highlighted control brought to the middle of the screen.
 */
function useProjection(zoom: boolean, stepKey: string): void {
  useEffect(() => {
    document.body.classList.toggle('audience--zoom', zoom);
    const root = document.documentElement;
    const section = document.querySelector<HTMLElement>('[data-step-key]:not([hidden])');
    const caption = section?.querySelector<HTMLElement>('.demo__caption');
    const pad = () => {
      root.style.scrollPaddingTop = caption ? `${Math.ceil(caption.getBoundingClientRect().height) + 12}px` : '';
    };
    pad();
    const stage = section?.querySelector<HTMLElement>('[data-sim-stage]');
    // The live simulation mounts after the step shows, and moves its highlight at each step: follow it.
    let centred: Element | null = null;
    const center = () => {
      const target = zoom ? stage?.querySelector<HTMLElement>('[data-highlight]') : null;
      if (!target || target === centred) return;
      centred = target;
      target.scrollIntoView({ block: 'center', inline: 'center' });
    };
    center();
    const observer = stage && typeof MutationObserver !== 'undefined' ? new MutationObserver(center) : null;
    observer?.observe(stage!, { subtree: true, attributes: true, attributeFilter: ['data-highlight'], childList: true });
    window.addEventListener('resize', pad);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', pad);
    };
  }, [zoom, stepKey]);
}

/** Once a simulation step has been shown, every step change lets the live simulations follow. */
let simulationsLoaded = false;

export default function AudienceView({ deck }: { deck: LessonDeck[] }) {
  const state = useStore($presenter);
  const loaded = useStore($deck);
  const [help, setHelp] = useState(false);
  useEffect(() => {
    bootPresenter(deck, 'audience', { saved: readSavedState() });
    return startPresenterSync();
  }, [deck]);
  // Before the browser paints: the counter and the step it names change in the same frame.
  useLayoutEffect(() => {
    if (loaded.length > 0) showStep(loaded, state);
  }, [loaded, state]);
  // A simulation step: the live simulation, loaded on demand (trainer mode: nothing is saved).
  useEffect(() => {
    const section = document.querySelector('[data-step-key]:not([hidden])');
    if (section?.querySelector('[data-sim-stage]') || simulationsLoaded) {
      simulationsLoaded = true;
      void import('./live-simulations').then(({ mountSimulations }) => mountSimulations(section));
    }
  }, [loaded, state.lessonId, state.step, state.blank]);
  // A revealed answer sits below the options: bring it into the shared screen.
  useEffect(() => {
    if (state.revealed) document.querySelector('[data-step-key]:not([hidden]) .answer')?.scrollIntoView({ block: 'nearest' });
    else window.scrollTo({ top: 0 });
  }, [state.revealed, state.lessonId, state.step]);
  useProjection(state.zoom === true, `${state.lessonId}/${state.step}`);
  const openHelp = useCallback(() => setHelp(true), []);
  const ignore = useCallback(() => {}, []);
  useShortcuts(openHelp, ignore);

  const found = locate(loaded, state);
  const index = flatIndex(loaded, state);
  return (
    <>
      {state.blank && <div class="blackout" aria-hidden="true" />}
      <p class="audience__counter" aria-live="polite">
        {found ? (
          <>
            <span>
              Étape {state.step + 1} sur {found.lesson.steps.length}
            </span>
            <span class="audience__total">
              {' · '}
              {index + 1}/{totalSteps(loaded)}
            </span>
            {state.blank && <span class="visually-hidden"> · Écran noir</span>}
          </>
        ) : (
          'Chargement…'
        )}
      </p>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </>
  );
}
