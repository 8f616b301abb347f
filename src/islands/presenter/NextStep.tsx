/** The presenter's « next step » pane: a copy of the next step's section, inert. */
import { useStore } from '@nanostores/preact';
import { peekNext } from '../../domain/presenter/navigation';
import { $deck, $presenter } from '../../stores/presenter';
import { stepPreviewHtml } from './dom';

export default function NextStep() {
  const deck = useStore($deck);
  const state = useStore($presenter);
  const upcoming = deck.length > 0 ? peekNext(deck, state) : null;
  if (deck.length === 0) return <p>Chargement…</p>;
  if (!upcoming) return <p>{`Fin de la journée\u00a0: c’est la dernière étape.`}</p>;
  const { lesson, step } = upcoming;
  return (
    <div class="next-step">
      <p class="next-step__title">
        {lesson.id !== state.lessonId && <span class="flag">Nouvelle leçon</span>} {step.title}
      </p>
      <div class="next-step__preview" inert dangerouslySetInnerHTML={{ __html: stepPreviewHtml(step.key) }} />
    </div>
  );
}
