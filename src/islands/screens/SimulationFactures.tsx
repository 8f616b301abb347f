/** The simulation frame with the « Factures émises » screens only (module 3 scenarios): a lighter page. */
import { invoiceScreens } from './invoices';
import { SimulationFrame, type SimulationProps } from './SimulationFrame';

export default function SimulationFactures(props: SimulationProps) {
  return <SimulationFrame {...props} screens={invoiceScreens} />;
}
