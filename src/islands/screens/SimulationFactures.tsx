/** The simulation frame with the « Factures émises » screens only (module 3 scenarios): a lighter page. */
import { invoiceArea } from './invoices';
import { SimulationFrame, type SimulationProps } from './SimulationFrame';

/** The areas of this island's screens: the page downloads their screens and rules only. */
export const AREAS = [invoiceArea];

export default function SimulationFactures(props: SimulationProps) {
  return <SimulationFrame {...props} areas={AREAS} />;
}
