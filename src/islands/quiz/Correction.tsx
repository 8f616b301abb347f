/**
 * The correction of one graded question: its outcome in words and an icon (never colour alone), the learner's
 * answer when this page still knows it, the right answer, one feedback (`correctionFeedback`) and a link to the
 * lesson section that teaches it.
 */
import { correctResponse, correctionFeedback, type LearnerResponse, type Question, type SavedResult } from '../../domain/quiz';
import { NBSP, RESULT_LABEL, letter } from './text';

export interface LessonLinks {
  /** Lesson id → relative href of its page (from the page the island is in) and its title. */
  [lessonId: string]: { href: string; title: string };
}

interface Props {
  question: Question;
  index: number;
  result: SavedResult;
  /** The learner's response, when known (after a reload only the outcome is saved). */
  response: LearnerResponse | undefined;
  lessons: LessonLinks;
}

/** A response in words: one line, or one line per option, item or pair. */
function describe(question: Question, response: LearnerResponse): string[] {
  switch (question.type) {
    case 'truefalse':
      return [response === true ? 'Vrai' : 'Faux'];
    case 'single':
      return [question.options.find((o) => o.id === response)?.text ?? '—'];
    case 'multiple': {
      const ids = response as readonly string[];
      return question.options.filter((o) => ids.includes(o.id)).map((o) => o.text);
    }
    case 'order': {
      const ids = response as readonly string[];
      return ids.map((id, i) => `${i + 1}. ${question.items.find((item) => item.id === id)?.text ?? id}`);
    }
    case 'match': {
      const pairs = response as Readonly<Record<string, string>>;
      const choice = (id: string | undefined) => {
        const at = question.choices.findIndex((c) => c.id === id);
        return at < 0 ? '—' : `${letter(at)} — ${question.choices[at]?.text ?? ''}`;
      };
      return question.prompts.map((p) => `${p.text} → ${choice(pairs[p.id])}`);
    }
  }
}

function Answer({ label, lines }: { label: string; lines: string[] }) {
  if (lines.length === 1) {
    return (
      <p>
        <span class="quiz-correction__key">{label}{NBSP}:</span> {lines[0]}
      </p>
    );
  }
  return (
    <>
      <p class="quiz-correction__key">{label}{NBSP}:</p>
      <ul class="quiz-correction__list">
        {lines.map((line) => <li key={line}>{line}</li>)}
      </ul>
    </>
  );
}

export function Correction({ question, index, result, response, lessons }: Props) {
  const label = RESULT_LABEL[result];
  const feedback = correctionFeedback(question, result, response);
  const lesson = lessons[question.lesson.id];
  const href = lesson ? `${lesson.href}${question.lesson.section ? `#${question.lesson.section}` : ''}` : null;
  return (
    <li class={`quiz-correction quiz-correction--${result}`}>
      <p class="quiz-correction__stem">
        <span class="quiz-question__number">Question {index}<span class="visually-hidden">{NBSP}:</span></span> {question.stem}
      </p>
      <p class="quiz-correction__status">
        <span aria-hidden="true" class="quiz-correction__icon">{label.icon}</span> <strong>{label.text}</strong>
      </p>
      {response !== undefined && <Answer label="Votre réponse" lines={describe(question, response)} />}
      {result !== 'correct' && <Answer label="La bonne réponse" lines={describe(question, correctResponse(question))} />}
      <p class="quiz-correction__feedback">{feedback}</p>
      {href && lesson && (
        <p>
          <a href={href}>
            Revoir la leçon<span class="visually-hidden"> {`«${NBSP}${lesson.title}${NBSP}»`}</span>
          </a>
        </p>
      )}
    </li>
  );
}
