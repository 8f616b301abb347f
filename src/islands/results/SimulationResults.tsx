/**
 * « Mises en situation » in « Mes résultats »: each simulation exercise with its évaluation score and what
 * cost points. An évaluation costs 10 points per refused entry (hints are not available in évaluation: see
 * scoreRun in src/domain/simulator/scenario.ts), so the lost points tell how many entries were refused.
 */
import { useStore } from '@nanostores/preact';
import { $record } from '../../stores/record';
import { NBSP, percent } from '../quiz/text';
import { evaluationCosts } from './debrief';

export interface SimulationRow {
  id: string;
  title: string;
  lessonTitle: string;
  href: string;
}

export default function SimulationResults({ simulations }: { simulations: SimulationRow[] }) {
  const record = useStore($record, { ssr: 'initial' });
  if (simulations.length === 0) return null;
  const evaluated = simulations.filter((s) => record.activities[s.id]?.score !== undefined).length;
  return (
    <section class="sim-results" aria-labelledby="sim-results-titre">
      <h2 id="sim-results-titre">Mises en situation</h2>
      <p>
        {evaluated} exercice{evaluated > 1 ? 's' : ''} sur {simulations.length} passé{evaluated > 1 ? 's' : ''} en mode Évaluation. Une saisie refusée coûte 10{NBSP}points{NBSP};
        refaites l’exercice (ou revoyez sa démonstration) pour améliorer votre score.
      </p>
      <div class="sim-results__scroll">
        <table class="sim-results__table">
          <caption class="visually-hidden">Score en évaluation de chaque mise en situation et ce qui a coûté des points</caption>
          <thead>
            <tr>
              <th scope="col">Exercice</th>
              <th scope="col">Score en évaluation</th>
              <th scope="col">Ce qui a coûté des points</th>
            </tr>
          </thead>
          <tbody>
            {simulations.map((s) => {
              const result = record.activities[s.id];
              return (
                <tr key={s.id}>
                  <th scope="row">
                    <a href={s.href}>{s.title}</a>
                    <span class="sim-results__lesson">{s.lessonTitle}</span>
                  </th>
                  <td>{result?.score !== undefined ? percent(result.score) : result?.done ? 'Réussi en entraînement' : 'À faire'}</td>
                  <td>{result?.score !== undefined ? evaluationCosts(result.score) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
