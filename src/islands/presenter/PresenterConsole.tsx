/**
 * The presenter view's controls: where the class is, the step and day timers, the buttons for every
 * shortcut, « aller à l'étape n » and the « ? » dialog. It boots the window and starts the sync.
 */
import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { flatIndex, locate, totalSteps, type Position } from '../../domain/presenter/navigation';
import type { LessonDeck } from '../../domain/presenter/steps';
import { formatElapsed } from '../../domain/presenter/time';
import { persistDayStart, readSavedState, startPresenterSync } from '../../reactions/presenter-sync';
import { $deck, $presenter, bootPresenter, goToStep, restartStep } from '../../stores/presenter';
import { showStep } from './dom';
import { run, ShortcutsDialog, useShortcuts } from './Shortcuts';
import { useNow } from './time';

const NBSP = '\u00a0';

/** The start chosen on /formateur/: `?lecon=<id>&etape=<n>` (n from 1). */
function startFromUrl(): Position | undefined {
  const params = new URLSearchParams(location.search);
  const lessonId = params.get('lecon');
  if (!lessonId) return undefined;
  const step = Number(params.get('etape') ?? '1');
  return { lessonId, step: Number.isFinite(step) ? step - 1 : 0 };
}

export default function PresenterConsole({ deck }: { deck: LessonDeck[] }) {
  const state = useStore($presenter);
  const loaded = useStore($deck);
  const [help, setHelp] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const now = useNow();

  useEffect(() => {
    const start = startFromUrl();
    bootPresenter(deck, 'presenter', { saved: readSavedState(), start });
    if (start) history.replaceState(null, '', location.pathname);
    const stopDay = persistDayStart();
    const stopSync = startPresenterSync();
    return () => {
      stopSync();
      stopDay();
    };
  }, [deck]);
  // Before the browser paints: the status line and the step it names change in the same frame.
  useLayoutEffect(() => {
    if (loaded.length > 0) showStep(loaded, state);
  }, [loaded, state]);

  // When the step and the lesson started, as seen from this window.
  const found = locate(loaded, state);
  const stepKey = found?.step.key ?? '';
  const [stepSince, setStepSince] = useState(() => Date.now());
  const [lessonSince, setLessonSince] = useState(() => Date.now());
  useEffect(() => setStepSince(Date.now()), [stepKey]);
  useEffect(() => setLessonSince(Date.now()), [state.lessonId]);
  useEffect(() => setMessage(null), [stepKey]);

  const openHelp = useCallback(() => setHelp(true), []);
  useShortcuts(openHelp, setMessage);

  // « Aller à »: the lesson and step chosen, following the class until the trainer picks something else.
  const [target, setTarget] = useState({ lessonId: state.lessonId, step: state.step + 1 });
  useEffect(() => setTarget({ lessonId: state.lessonId, step: state.step + 1 }), [state.lessonId, state.step]);
  const targetLesson = loaded.find((l) => l.id === target.lessonId);

  if (!found) return <p class="console__status">Chargement de la session…</p>;
  const { lesson, step } = found;
  // The lesson's nominal minutes shared among its steps: a rough guide, steps differ.
  const stepMinutes = Math.max(1, Math.round(lesson.minutes / Math.max(1, lesson.steps.length)));
  const act = (command: Parameters<typeof run>[0]) => setMessage(run(command, openHelp));

  return (
    <div class="console">
      <div class="console__status" aria-live="polite">
        <p class="console__where">
          <strong>{lesson.title}</strong>
          {' · '}Étape {state.step + 1} sur {lesson.steps.length}
          {' · '}
          {flatIndex(loaded, state) + 1}/{totalSteps(loaded)} au total
        </p>
        <p class="console__flags">
          {state.blank && <span class="flag flag--blank">Écran noir pour le public</span>}
          {state.zoom && <span class="flag flag--on">Zoom sur la zone d’action</span>}
          {step.revealable && (
            <span class={`flag${state.revealed ? ' flag--on' : ''}`}>
              {state.revealed ? 'Réponse révélée au public' : 'Réponse masquée pour le public'}
            </span>
          )}
        </p>
        {message && <p class="console__message">{message}</p>}
      </div>

      <div class="console__timers">
        <p>
          Étape{NBSP}: <span class="timer">{formatElapsed((now - stepSince) / 1000)}</span> (environ {stepMinutes}
          {NBSP}min prévue{stepMinutes > 1 ? 's' : ''})
        </p>
        <p>
          Leçon{NBSP}: <span class="timer">{formatElapsed((now - lessonSince) / 1000)}</span> sur {lesson.minutes}
          {NBSP}min prévues
        </p>
      </div>

      <div class="console__controls" role="group" aria-label="Commandes de la session">
        <button type="button" class="button" onClick={() => act('previous')} aria-keyshortcuts="ArrowLeft">
          ← Précédente
        </button>
        <button type="button" class="button button--primary" onClick={() => act('next')} aria-keyshortcuts="ArrowRight Space">
          Suivante →
        </button>
        <button type="button" class="button" aria-pressed={state.blank} onClick={() => act('blank')} aria-keyshortcuts="B">
          Écran noir (B)
        </button>
        <button type="button" class="button" aria-pressed={state.revealed} disabled={!step.revealable} onClick={() => act('reveal')} aria-keyshortcuts="R">
          Révéler la réponse (R)
        </button>
        <button type="button" class="button" aria-pressed={state.zoom === true} onClick={() => act('zoom')} aria-keyshortcuts="Z">
          Zoom sur l’action (Z)
        </button>
        <button type="button" class="button" onClick={() => restartStep()}>
          {step.kind === 'demo' ? 'Recommencer la démonstration' : 'Recommencer la leçon'}
        </button>
        <button type="button" class="button button--quiet" onClick={() => act('fullscreen')} aria-keyshortcuts="F">
          Plein écran (F)
        </button>
        <button type="button" class="button button--quiet" onClick={openHelp} aria-keyshortcuts="?">
          Raccourcis (?)
        </button>
      </div>

      <form
        class="console__goto"
        onSubmit={(event) => {
          event.preventDefault();
          goToStep(target.lessonId, target.step - 1);
        }}
      >
        <label>
          Leçon
          <select value={target.lessonId} onChange={(e) => setTarget({ lessonId: e.currentTarget.value, step: 1 })}>
            {loaded.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Étape
          <input
            type="number"
            min={1}
            max={targetLesson?.steps.length ?? 1}
            value={target.step}
            onInput={(e) => setTarget({ ...target, step: Number(e.currentTarget.value) || 1 })}
          />
        </label>
        <button type="submit" class="button">
          Aller à l’étape
        </button>
      </form>

      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
