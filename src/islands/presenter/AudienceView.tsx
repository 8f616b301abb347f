/**
 * The audience view's island: follows the shared state (current step, answer revealed, black screen) and
 * shows the step counter. The steps themselves are server-rendered sections of the page.
 */
import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { flatIndex, locate, totalSteps } from '../../domain/presenter/navigation';
import type { LessonDeck } from '../../domain/presenter/steps';
import { readSavedState, startPresenterSync } from '../../reactions/presenter-sync';
import { $deck, $presenter, bootPresenter } from '../../stores/presenter';
import { showStep } from './dom';
import { ShortcutsDialog, useShortcuts } from './Shortcuts';

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
  useEffect(() => {
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
