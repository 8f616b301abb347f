/** The head of a simulation: the « simulation » mark, the title (with its mode for screen readers) and, in démonstration, the role and the situation. */
import { fr } from '../kit';

export function FrameHead({ titleId, title, demo, role, intro }: { titleId: string; title: string; demo: boolean; role: string; intro: string }) {
  return (
    <header class="sim__head">
      <p class="sim__mark">
        <span aria-hidden="true">⚠ </span>Simulation — données fictives
      </p>
      <h3 id={titleId} class="sim__title">
        {fr(title)}
        <span id={`${titleId}-mode`} class="visually-hidden">
          {` (${demo ? 'démonstration' : 'exercice'})`}
        </span>
      </h3>
      {demo && (
        <>
          <p class="sim__role">{fr(role)}</p>
          <p class="sim__intro">{fr(intro)}</p>
        </>
      )}
    </header>
  );
}
