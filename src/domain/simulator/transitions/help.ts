/**
 * « Support » → « Nous contacter »: questions to ClaudIA, the live agent (opening hours) and the
 * sollicitation form. ClaudIA's own actions that change an account (a new activation link) are the account
 * area's events (`account.resendActivation`): one rule, one place.
 */
import { matchIntent, QUESTION_MAX } from '../../help/claudia';
import { agentAvailable, CAPTCHA, categoryOf, routingOf, TICKET_LIMITS } from '../../help/support';
import type { HelpAgent, HelpAsk, HelpTicketClose, HelpTicketSubmit } from '../events';
import { issue, type Issue } from '../issues';
import type { HelpState, World } from '../model';
import { isoFromMinutes } from '../rules/dates';
import { checkEmail, normaliseEmail } from '../rules/account';
import { created, openSession, text, type Ctx } from './context';

/** Exchanges kept in the world: enough for goals and the window, small for saved runs. */
export const CONVERSATION_KEPT = 20;

function helpOf(w: World): HelpState {
  w.help ??= { conversation: [], agentAt: null, tickets: [] };
  return w.help;
}

export function ask({ w }: Ctx, e: HelpAsk): Issue[] {
  const question = text(e.question, 'question', QUESTION_MAX, true);
  if (question.issues.length > 0) return question.issues;
  const help = helpOf(w);
  help.conversation.push({ question: question.value, intent: matchIntent(question.value).intent, at: w.now });
  if (help.conversation.length > CONVERSATION_KEPT) help.conversation.splice(0, help.conversation.length - CONVERSATION_KEPT);
  return [];
}

export function contactAgent({ w }: Ctx, _e: HelpAgent): Issue[] {
  if (!agentAvailable(w.now)) return [issue('help.agentClosed', '')];
  helpOf(w).agentAt = w.now;
  return [];
}

export function submitTicket(ctx: Ctx, e: HelpTicketSubmit): Issue[] {
  const { w } = ctx;
  const issues: Issue[] = [];
  const category = e.category.trim();
  const subCategory = e.subCategory.trim();
  if (category === '') issues.push(issue('field.required', 'category'));
  else if (categoryOf(category) === undefined) issues.push(issue('help.categoryUnknown', 'category'));
  if (subCategory === '') issues.push(issue('field.required', 'subCategory'));
  else if (categoryOf(category) !== undefined && routingOf(category, subCategory) === null) issues.push(issue('help.subCategoryUnknown', 'subCategory'));
  issues.push(...checkEmail(e.email, 'email'));
  const title = text(e.title, 'title', TICKET_LIMITS.title, true);
  const description = text(e.description, 'description', TICKET_LIMITS.description, true);
  issues.push(...title.issues, ...description.issues);
  if (e.captcha.trim() === '') issues.push(issue('field.required', 'captcha'));
  else if (e.captcha.trim() !== CAPTCHA.answer) issues.push(issue('help.captchaWrong', 'captcha'));
  const routing = routingOf(category, subCategory);
  if (issues.length > 0 || routing === null) return issues;
  w.seq += 1;
  const help = helpOf(w);
  help.tickets.push({
    number: created(ctx, 'ticket', `SOL-${isoFromMinutes(w.now).slice(0, 4)}-${String(w.seq).padStart(6, '0')}`),
    category,
    subCategory,
    email: normaliseEmail(e.email),
    title: title.value,
    description: description.value,
    at: w.now,
    userId: w.session?.stage === 'open' ? w.session.userId : null,
    routing,
    status: 'enCours',
    closedAt: null,
  });
  return [];
}

/** The sender closes one of its tickets: it moves from « En cours » to « Clôturés » (facts §6, « clôturer »). */
export function closeTicket({ w }: Ctx, e: HelpTicketClose): Issue[] {
  const opened = openSession(w);
  if (!opened.ok) return opened.issues;
  const ticket = w.help?.tickets.find((candidate) => candidate.number === e.number.trim() && candidate.userId === opened.value.user.id);
  if (!ticket) return [issue('help.ticketUnknown', 'number', { number: e.number })];
  if (ticket.status === 'cloture') return [issue('help.ticketClosed', 'number', { number: ticket.number })];
  ticket.status = 'cloture';
  ticket.closedAt = w.now;
  return [];
}
