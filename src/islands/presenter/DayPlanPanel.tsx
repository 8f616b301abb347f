/**
 * The day plan in the presenter view: the programme laid out from the start time the trainer sets, with
 * the breaks and lunch, and where the class stands against it (the rule is in src/domain/presenter/day-plan.ts).
 */
import { useStore } from '@nanostores/preact';
import { dayEnd, dayPlan, standing, type DayItem } from '../../domain/presenter/day-plan';
import { clockValue, formatClock, formatElapsed, parseClock } from '../../domain/presenter/time';
import { $dayStart, $deck, $presenter, goToStep, setDayStart } from '../../stores/presenter';
import { useNow } from './time';

const NBSP = '\u00a0';

function minutesLabel(minutes: number): string {
  if (minutes < 60) return `${minutes}${NBSP}min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)}${NBSP}h${rest ? `${NBSP}${String(rest).padStart(2, '0')}` : ''}`;
}

function itemLabel(item: DayItem): string {
  return item.type === 'lesson' ? item.title : item.label;
}

export default function DayPlanPanel() {
  const deck = useStore($deck);
  const state = useStore($presenter);
  const start = useStore($dayStart);
  const now = useNow(15_000);
  if (deck.length === 0) return <p>Chargement du plan de la journée…</p>;

  // The day holds the programme's lessons; optional ones (annexes) are outside it.
  const day = deck.filter((l) => !l.optional);
  const plan = dayPlan(
    day.map((l) => ({ id: l.id, title: l.title, moduleId: l.moduleId, minutes: l.minutes })),
    start,
  );
  const date = new Date(now);
  const clock = date.getHours() * 60 + date.getMinutes();
  const where = standing(plan, state.lessonId, clock);
  const teaching = day.reduce((sum, l) => sum + l.minutes, 0);
  const currentIndex = plan.findIndex((item) => item.type === 'lesson' && item.id === state.lessonId);
  const elapsed = clock - start;

  return (
    <div class="day-plan">
      <form class="day-plan__start" onSubmit={(e) => e.preventDefault()}>
        <label>
          Début de la journée
          <input
            type="time"
            value={clockValue(start)}
            onChange={(e) => {
              const minutes = parseClock(e.currentTarget.value);
              if (minutes !== null) setDayStart(minutes);
            }}
          />
        </label>
      </form>
      <p class="day-plan__summary">
        {`${minutesLabel(teaching)} de formation, de ${formatClock(start)} à ${formatClock(dayEnd(plan, start))}, pauses et déjeuner compris.`}
      </p>
      <p class="day-plan__standing" aria-live="polite">
        {`Il est ${formatClock(clock)}`}
        {elapsed > 0 ? ` (${formatElapsed(elapsed * 60)} depuis le début)` : ''}
        {where.planned ? `\u202f; au programme\u00a0: ${itemLabel(where.planned)}.` : '.'}{' '}
        <strong>
          {where.status === 'on-time'
            ? 'La classe est dans les temps.'
            : where.status === 'ahead'
              ? `La classe est en avance de ${minutesLabel(where.minutes)}.`
              : `La classe est en retard de ${minutesLabel(where.minutes)}.`}
        </strong>
      </p>
      <table class="day-plan__table">
        <caption class="visually-hidden">Plan de la journée</caption>
        <thead>
          <tr>
            <th scope="col">Horaire</th>
            <th scope="col">Séquence</th>
            <th scope="col">Durée</th>
          </tr>
        </thead>
        <tbody>
          {plan.map((item, i) => (
            <tr
              key={item.type === 'lesson' ? item.id : `${item.type}-${item.start}`}
              class={`day-plan__row day-plan__row--${item.type}${i < currentIndex ? ' day-plan__row--done' : ''}`}
              aria-current={i === currentIndex ? 'step' : undefined}
            >
              <td>
                {formatClock(item.start)} – {formatClock(item.end)}
              </td>
              <td>
                {item.type === 'lesson' ? (
                  <button type="button" class="link-button" onClick={() => goToStep(item.id, 0)}>
                    {item.title}
                  </button>
                ) : (
                  <em>{item.label}</em>
                )}
                {i === currentIndex && <span class="flag flag--on"> En cours</span>}
              </td>
              <td>{minutesLabel(item.minutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
