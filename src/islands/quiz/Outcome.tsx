/**
 * A quiz's result once an attempt is submitted: the one result statement (score in words and figures), the
 * verdict and the next step for each kind of quiz — the modules a learner may mark « déjà maîtrisé » after
 * the entry test, retrying a module check, the attestation (or what is still missing) after the final test.
 */
import { useStore } from '@nanostores/preact';
import { $plan, $record, markMastered } from '../../stores/record';
import { attestationStatus, type CompletionRule } from '../../domain/attestation/attestation';
import type { QuizSetup, QuizView, SubmittedAttempt } from '../../stores/quiz';
import { masteredModules } from '../../domain/quiz';
import { NBSP, NNBSP, percent, plural, quote } from './text';

/** The organisation's completion rule, so that a passed final test says whether the attestation is granted. */
export interface QuizCompletion {
  rule: CompletionRule;
  closing: string[];
}

/** The one result statement (score in words and figures), the verdict and the next step. */
export function Outcome(props: {
  setup: QuizSetup;
  view: QuizView;
  last: SubmittedAttempt;
  modules: Record<string, string>;
  resultsHref: string;
  attestationHref: string;
  completion: QuizCompletion | undefined;
  heading: preact.RefObject<HTMLHeadingElement>;
  onRetry: () => void;
}) {
  const { setup, view, last, modules, resultsHref, attestationHref, completion, heading, onRetry } = props;
  const correct = Object.values(last.results).filter((r) => r === 'correct').length;
  const total = last.questions.length;
  const kind = setup.bank.kind;
  const passed = last.score >= setup.masteryScore;
  const tone = kind === 'entry' ? 'neutral' : passed ? 'passed' : 'failed';
  const prefix = kind === 'final' ? `Tentative ${last.number}` : 'Résultat';
  const statement =
    total > 0
      ? `${prefix}${NBSP}: ${correct}${NBSP}bonne${correct > 1 ? 's' : ''} réponse${correct > 1 ? 's' : ''} sur ${total}, soit ${percent(last.score)}`
      : `${prefix}${NBSP}: ${percent(last.score)}`;
  return (
    <div class={`quiz__outcome quiz__outcome--${tone}`}>
      <h3 ref={heading} tabIndex={-1}>{statement}</h3>
      {kind === 'module-check' && (
        <>
          {passed ? (
            <p class="quiz__verdict quiz__verdict--passed">
              <span aria-hidden="true">✓ </span>Objectif atteint. Revoyez au besoin la correction ci-dessous, puis passez à la suite du parcours.
            </p>
          ) : (
            <p class="quiz__verdict quiz__verdict--failed">
              <span aria-hidden="true">✗ </span>Objectif pas encore atteint{NBSP}: il faut au moins {percent(setup.masteryScore)}. Lisez la correction, revoyez les leçons
              indiquées, puis recommencez.
            </p>
          )}
          <button type="button" class="button" onClick={onRetry}>Recommencer</button>
        </>
      )}
      {kind === 'entry' && <EntryOutcome last={last} modules={modules} />}
      {kind === 'final' && (
        <>
          {last.passed ? (
            <FinalPassed last={last} completion={completion} attestationHref={attestationHref} />
          ) : (
            <p class="quiz__verdict quiz__verdict--failed">
              <span aria-hidden="true">✗ </span>Test non réussi{NBSP}: il faut au moins {percent(setup.masteryScore)}.{' '}
              {view.left > 0 ? `Il vous reste ${plural(view.left, 'tentative')}.` : 'Vous avez utilisé toutes vos tentatives.'}
            </p>
          )}
          {view.canStart && (
            <button type="button" class="button" onClick={onRetry}>
              Commencer la tentative {view.started + 1} sur {setup.attempts}
            </button>
          )}
          <p><a href={resultsHref}>Voir mes résultats</a></p>
        </>
      )}
    </div>
  );
}

/**
 * A passed final test: the attestation is offered only when the rest of the completion rule holds too
 * (every required lesson done, the minimum time); otherwise the verdict says what is still missing.
 */
function FinalPassed({ last, completion, attestationHref }: { last: SubmittedAttempt; completion: QuizCompletion | undefined; attestationHref: string }) {
  const record = useStore($record, { ssr: 'initial' });
  const plan = useStore($plan, { ssr: 'initial' });
  const pass = { date: '', score: last.score, attempt: last.number };
  const missing = completion ? attestationStatus(record, plan, pass, completion.rule, completion.closing).missing : [];
  const lessonsLeft = missing.reduce((n, m) => (m.kind === 'lessons' ? n + m.lessons.length : n), 0);
  const timeLeft = missing.some((m) => m.kind === 'time');
  if (missing.length === 0) {
    return (
      <p class="quiz__verdict quiz__verdict--passed">
        <span aria-hidden="true">✓ </span>Test réussi{NNBSP}! Vous pouvez <a href={attestationHref}>obtenir votre attestation de fin de formation</a>.
      </p>
    );
  }
  const left = [lessonsLeft > 0 ? `${plural(lessonsLeft, 'leçon')} à terminer` : '', timeLeft ? 'du temps de formation à compléter' : ''].filter(Boolean).join(' et ');
  return (
    <p class="quiz__verdict quiz__verdict--passed">
      <span aria-hidden="true">✓ </span>Test réussi{NNBSP}! Pour obtenir votre attestation de fin de formation, il vous reste {left}{NBSP}: <a href={attestationHref}>voir ce qui manque</a>.
    </p>
  );
}

function EntryOutcome({ last, modules }: { last: SubmittedAttempt; modules: Record<string, string> }) {
  const record = useStore($record, { ssr: 'initial' });
  const candidates = masteredModules(last.modules);
  return (
    <>
      <table class="quiz__table">
        <caption>Vos résultats par module</caption>
        <thead>
          <tr><th scope="col">Module</th><th scope="col">Bonnes réponses</th></tr>
        </thead>
        <tbody>
          {Object.entries(last.modules).map(([id, m]) => (
            <tr key={id}>
              <th scope="row">{modules[id] ?? id}</th>
              <td>{m.correct} sur {m.total} ({percent(m.score)})</td>
            </tr>
          ))}
        </tbody>
      </table>
      {candidates.length === 0 ? (
        <p>Aucun module n’est marqué {quote('déjà maîtrisé')}{NBSP}: suivez le parcours complet.</p>
      ) : (
        <>
          <h4>Modules déjà maîtrisés</h4>
          <p>Ces modules restent ouverts mais ne sont plus obligatoires pour terminer le parcours. Vous pouvez changer d’avis à tout moment, ici ou dans le plan.</p>
          <ul class="quiz__mastered">
            {candidates.map((id) => {
              const mastered = record.mastered.includes(id);
              const label = modules[id] ?? id;
              return (
                <li key={id}>
                  <span>{label}{NBSP}: <strong>{mastered ? 'Déjà maîtrisé' : 'À suivre'}</strong></span>{' '}
                  <button type="button" class="button button--quiet" onClick={() => markMastered(id, !mastered)}>
                    {mastered ? 'Suivre ce module quand même' : 'Marquer comme déjà maîtrisé'}
                    <span class="visually-hidden"> ({label})</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
