import type { HandlerTable } from './handler-table';
import { contestRevision, depositNextPiece, depositPiece, validateSubcontract } from './works';
import { consultPiece } from './works-consult';
import { publicWorksMoa, publicWorksPay } from './works-public';

/** « Factures de travaux »: the supplier side's deposits, validation and contest, and the scripted public side (`travaux/…` screens). */
export const worksHandlers = {
  'works.deposit': depositPiece,
  'works.depositNext': depositNextPiece,
  'works.contest': contestRevision,
  'works.validate': validateSubcontract,
  'public.worksMoa': publicWorksMoa,
  'public.worksPay': publicWorksPay,
  'works.consult': consultPiece,
} satisfies Partial<HandlerTable>;
