import type { HandlerTable } from './handler-table';
import { depositNextPiece, depositPiece, validateSubcontract } from './works';
import { consultPiece } from './works-consult';
import { publicWorksMoa, publicWorksPay } from './works-public';
import { advanceWorks } from './works-time';

/**
 * « Factures de travaux »: the supplier side's deposits and the titulaire's validation of an A10, and the scripted public side
 * (`travaux/…` screens). The works area (areas/works.ts) brings them with `worksTimeRule`: the clock refuses to
 * move a world with works pieces without it.
 */
export const worksHandlers = {
  'works.deposit': depositPiece,
  'works.depositNext': depositNextPiece,
  'works.validate': validateSubcontract,
  'public.worksMoa': publicWorksMoa,
  'public.worksPay': publicWorksPay,
  'works.consult': consultPiece,
} satisfies Partial<HandlerTable>;

/** What the passing of time does to works pieces (routing, tacit A10 validation, « réputé accepté »). */
export const worksTimeRule = advanceWorks;
